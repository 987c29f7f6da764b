import { type EvmMetrics, evmMetrics } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { formatAmount, formatSigned, indexTone, metricCards } from "./evm-cards.js";

// The API test's project: PV 5600, EV 4900, AC 5900 of a 10500 budget, 4 of 5.5 working days earned.
const m: EvmMetrics = evmMetrics({
  PV: 5600,
  EV: 4900,
  AC: 5900,
  BAC: 10500,
  remaining: 5600,
  ES: 4,
  AT: 5.5,
  PD: 15,
});

describe("indexTone", () => {
  it("is good from 1, worth watching from 0.9, bad below; TCPI the other way round", () => {
    expect([1.2, 1, 0.95, 0.9, 0.89, null].map((v) => indexTone(v))).toEqual([
      "good",
      "good",
      "watch",
      "watch",
      "bad",
      "none",
    ]);
    expect([0.8, 1, 1.05, 1.2].map((v) => indexTone(v, true))).toEqual(["good", "good", "watch", "bad"]);
  });
});

describe("formatting", () => {
  it("writes money whole and hours with h, variances with their sign", () => {
    expect(formatAmount(10500, "cost")).toBe("10,500");
    expect(formatAmount(12.34, "hours")).toBe("12 h");
    expect(formatAmount(2.34, "hours")).toBe("2.3 h");
    expect(formatAmount(null, "cost")).toBe("—");
    expect(formatSigned(-700, "cost")).toBe("\u2212700");
    expect(formatSigned(35, "hours")).toBe("+35 h");
    expect(formatSigned(0, "cost")).toBe("0");
  });
});

describe("metricCards", () => {
  const cards = new Map(metricCards(m, "cost", "day").map((c) => [c.key, c]));

  it("gives the eight figures with their tone", () => {
    expect([...cards.keys()]).toEqual(["SPI", "CPI", "SV", "CV", "EAC", "VAC", "TCPI", "SPIt"]);
    expect(cards.get("SPI")).toMatchObject({ value: "0.88", tone: "bad" });
    expect(cards.get("CPI")).toMatchObject({ value: "0.83", tone: "bad" });
    expect(cards.get("SV")).toMatchObject({ value: "\u2212700", tone: "bad" });
    expect(cards.get("EAC")?.value).toBe("12,643");
    expect(cards.get("TCPI")).toMatchObject({ value: "1.22", tone: "bad" });
    expect(cards.get("SPIt")).toMatchObject({ label: "SPI(t)", value: "0.73", tone: "bad" });
  });

  it("explains each in plain words with this project's numbers", () => {
    expect(cards.get("SPI")?.explain).toBe("88 % of the work planned by the status date is done (EV ÷ PV).");
    expect(cards.get("CV")?.explain).toBe("The work done cost 1,000 more than planned (EV − AC).");
    expect(cards.get("VAC")?.explain).toBe("Expected to finish 2,143 over budget (BAC − EAC).");
    expect(cards.get("SPIt")?.explain).toBe(
      "The work done was planned for 4 working days; 5.5 working days have passed (ES ÷ AT).",
    );
  });

  it("says why a figure cannot be given yet", () => {
    const nothing = evmMetrics({ PV: 0, EV: 0, AC: 0, BAC: 100, remaining: 100, ES: null, AT: 0, PD: 10 });
    const byKey = new Map(metricCards(nothing, "hours", "week").map((c) => [c.key, c]));
    expect(byKey.get("SPI")).toMatchObject({ value: "—", tone: "none" });
    expect(byKey.get("CPI")?.explain).toBe("Nothing worked yet, so no cost efficiency (EV ÷ AC).");
    expect(byKey.get("SPIt")?.tone).toBe("none");
  });
});
