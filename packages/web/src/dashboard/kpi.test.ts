import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { formatKpiValue, kpiId, kpiReading, parseNumber, sparkline, withValue } from "./kpi.js";

const signups = {
  id: "signups",
  name: "Sign-ups",
  unit: "per week",
  target: 500,
  better: "higher" as const,
  values: [
    { date: "2027-02-12" as LocalDate, value: 410 },
    { date: "2027-02-05" as LocalDate, value: 320 },
  ],
};

describe("business KPIs", () => {
  it("read the latest value against the one before and the target, the better way", () => {
    expect(kpiReading(signups)).toMatchObject({
      latest: { value: 410 },
      previous: { value: 320 },
      direction: "up",
      improving: true,
      onTarget: false,
    });
    const tickets = { ...signups, better: "lower" as const, target: 400 };
    expect(kpiReading(tickets)).toMatchObject({ direction: "up", improving: false, onTarget: false });
    expect(
      kpiReading({ ...signups, values: [{ date: "2027-02-05" as LocalDate, value: 320 }] }),
    ).toMatchObject({
      direction: "none",
      improving: undefined,
    });
    expect(kpiReading({ ...signups, target: undefined }).onTarget).toBeUndefined();
  });

  it("add a reading in date order, replacing one on the same day", () => {
    expect(withValue(signups.values, { date: "2027-02-05" as LocalDate, value: 300 })).toEqual([
      { date: "2027-02-05" as LocalDate, value: 300 },
      { date: "2027-02-12" as LocalDate, value: 410 },
    ]);
  });

  it("take numbers as typed, with thousands separators", () => {
    expect(parseNumber(" 1,250 ")).toBe(1250);
    expect(parseNumber("99.5")).toBe(99.5);
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber("lots")).toBeUndefined();
  });

  it("name a new KPI from its name, never reusing an id", () => {
    expect(kpiId("Self-service sign-ups!", [])).toBe("self-service-sign-ups");
    expect(kpiId("Uptime", ["uptime", "uptime-2"])).toBe("uptime-3");
    expect(kpiId("€€", [])).toBe("kpi");
  });

  it("draw a sparkline with the target in view", () => {
    const line = sparkline(signups.values, { width: 100, height: 20 }, 500);
    expect(line.path).toBe("M0.0,20.0 L100.0,10.0");
    expect(line.target).toBe(0);
    expect(
      sparkline([{ date: "2027-02-05" as LocalDate, value: 3 }], { width: 100, height: 20 }).last,
    ).toEqual({ x: 50, y: 10 });
    expect(sparkline([], { width: 100, height: 20 }).path).toBe("");
  });

  it("print a value with its unit", () => {
    expect(formatKpiValue(99.5, "%")).toBe("99.5 %");
    expect(formatKpiValue(320, "per week")).toBe("320 per week");
    expect(formatKpiValue(3, undefined)).toBe("3");
  });
});
