import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asPlannedBaseline } from "../baseline/as-planned.js";
import { schedulePlan } from "../cpm/scheduler.js";
import { assessRag } from "./rag.js";
import { DEFAULT_THRESHOLDS, RAG_RULES } from "./rag-rules.js";
import { type EvmFacts, type StatusFacts, statusFacts } from "./status-facts.js";
import { statusPlan } from "./status-fixture.js";

const plan = statusPlan();
const facts = statusFacts({
  plan,
  schedule: schedulePlan(plan),
  baseline: asPlannedBaseline(plan, "2027-01-01T00:00:00Z"),
  asOf: "2027-01-20",
  periodDays: 7,
});

function fired(f: StatusFacts): string[] {
  return RAG_RULES.filter((r) => r.test(f, DEFAULT_THRESHOLDS) !== undefined).map((r) => r.id);
}

const withEvm = (evm: Partial<EvmFacts>): StatusFacts => ({
  ...facts,
  evm: { ...(facts.evm as EvmFacts), ...evm },
});

describe("RAG rules", () => {
  it("put SPI and CPI in RED below 0.8 and AMBER below 0.9", () => {
    expect(fired(withEvm({ SPI: 0.79 }))).toContain("spi-red");
    expect(fired(withEvm({ SPI: 0.8 }))).toEqual(expect.arrayContaining(["spi-amber"]));
    expect(fired(withEvm({ SPI: 0.8 }))).not.toContain("spi-red");
    expect(fired(withEvm({ SPI: 0.9 })).filter((id) => id.startsWith("spi"))).toEqual([]);
    expect(fired(withEvm({ CPI: 0.85 }))).toContain("cpi-amber");
    expect(RAG_RULES.find((r) => r.id === "cpi-red")?.test(withEvm({ CPI: 0.75 }), DEFAULT_THRESHOLDS)).toBe(
      "Cost performance (CPI) is 0.75, below 0.8: the work done cost 33 % more than its budget.",
    );
  });

  it("count a finish slip of 3 working days AMBER and of 10 RED", () => {
    const slip = (days: number) =>
      fired({ ...facts, finishVarianceDays: days }).filter((id) => id.startsWith("finish"));
    expect(slip(2)).toEqual([]);
    expect(slip(3)).toEqual(["finish-slip-amber"]);
    expect(slip(10)).toEqual(["finish-slip-red"]);
    expect(
      RAG_RULES.find((r) => r.id === "finish-slip-red")?.test(
        { ...facts, finishVarianceDays: 12 },
        DEFAULT_THRESHOLDS,
      ),
    ).toBe("The forecast finish, Wed 3 Feb, is 12 working days later than the baseline (Tue 2 Feb).");
  });

  it("rate an area by its worst rule and the project by its worst area; grey areas do not count", () => {
    const calm: StatusFacts = {
      ...facts,
      tasks: facts.tasks.map((t) => ({ ...t, overdue: false, finishDays: 0 })),
      evm: null,
      risks: [],
      issues: [],
      lateDependencies: [],
      pendingChanges: [],
    };
    const rag = assessRag(calm, DEFAULT_THRESHOLDS);
    expect(rag.areas.cost.rag).toBe("GREY");
    expect(rag.overall).toEqual({ rag: "GREEN", reasons: [] });
    const amber = assessRag({ ...calm, finishVarianceDays: 4 }, DEFAULT_THRESHOLDS);
    expect(amber.overall.rag).toBe("AMBER");
    expect(amber.overall.reasons.map((r) => r.rule)).toEqual(["finish-slip-amber"]);
  });

  it("each have an id, and docs/status-reports.md lists every one with its threshold", () => {
    const ids = RAG_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const docs = readFileSync(new URL("../../../../docs/status-reports.md", import.meta.url), "utf8");
    for (const id of ids) expect(docs).toContain(`\`${id}\``);
    for (const [key, value] of Object.entries(DEFAULT_THRESHOLDS)) {
      expect(docs, key).toContain(`\`${key}\``);
      expect(docs, key).toContain(String(value));
    }
  });
});
