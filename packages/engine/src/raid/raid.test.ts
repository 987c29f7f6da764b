import { type Dependency, type Duration, type Plan, parseDuration, type Risk } from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { runForecast } from "../forecast/summary.js";
import { testPlan } from "../test-plan.js";
import { raidProblems } from "./check-raid.js";
import { exposure, exposureBand, residualScore } from "./exposure.js";
import { exposureTrend } from "./exposure-trend.js";
import { heatMap } from "./heat-map.js";
import { riskEvents } from "./risk-events.js";
import { riskScales } from "./scales.js";
import { staleItems } from "./stale.js";

const d = (text: string) => parseDuration(text) as Duration;
const risk = (id: string, extra: Partial<Risk> = {}): Risk => ({
  id,
  name: id,
  kind: "threat",
  probability: 3,
  impact: 3,
  tasks: [],
  status: "open",
  ...extra,
});
const chain = testPlan([
  { id: "a", dur: "5d" },
  { id: "b", dur: "5d", after: ["a"] },
  { id: "side", dur: "2d" },
]);
const withRisks = (plan: Plan, risks: Risk[]): Plan => ({ ...plan, risks });
const scales = riskScales(chain);

describe("exposure and bands", () => {
  it("multiplies the levels and bands by the share of the largest exposure", () => {
    expect(exposure({ probability: 4, impact: 5 })).toBe(20);
    expect(exposureBand(25, scales)).toBe("high");
    expect(exposureBand(15, scales)).toBe("high");
    expect(exposureBand(12, scales)).toBe("medium");
    expect(exposureBand(6, scales)).toBe("medium");
    expect(exposureBand(5, scales)).toBe("low");
    expect(exposureBand(1, scales)).toBe("low");
  });

  it("scores after the response from the residual, or as before when there is none", () => {
    expect(residualScore(risk("r", { probability: 4, impact: 5 }))).toEqual({ probability: 4, impact: 5 });
    expect(residualScore(risk("r", { residual: { probability: 2, impact: 3 } }))).toEqual({
      probability: 2,
      impact: 3,
    });
  });
});

describe("heat map", () => {
  const risks = [
    risk("vendor", { probability: 4, impact: 5, residual: { probability: 2, impact: 3 } }),
    risk("outage", { probability: 4, impact: 5 }),
    risk("closed", { probability: 4, impact: 5, status: "closed" }),
    risk("upside", { kind: "opportunity", probability: 4, impact: 5 }),
  ];

  it("puts open threats in their probability × impact cell, highest probability on top", () => {
    const map = heatMap(risks, scales, "before");
    expect(map.rows).toHaveLength(5);
    expect(map.rows[0]?.[0]).toMatchObject({ probability: 5, impact: 1 });
    const cell = map.rows[5 - 4]?.[5 - 1];
    expect(cell).toMatchObject({
      probability: 4,
      impact: 5,
      exposure: 20,
      band: "high",
      risks: ["vendor", "outage"],
    });
    const placed = map.rows.flat().flatMap((c) => c.risks);
    expect(placed.sort()).toEqual(["outage", "vendor"]);
  });

  it("moves a risk to its residual cell after the response", () => {
    const map = heatMap(risks, scales, "after");
    expect(map.rows[5 - 4]?.[5 - 1]?.risks).toEqual(["outage"]);
    expect(map.rows[5 - 2]?.[3 - 1]).toMatchObject({ exposure: 6, band: "medium", risks: ["vendor"] });
  });

  it("maps opportunities on their own grid", () => {
    expect(heatMap(risks, scales, "before", "opportunity").rows[1]?.[4]?.risks).toEqual(["upside"]);
  });
});

describe("risks in the forecast", () => {
  it("draws open risks with a delay at their level's chance, or their own", () => {
    const plan = withRisks(chain, [
      risk("level", { probability: 4, delay: d("3d"), tasks: ["a"] }),
      risk("own", { probability: 1, chance: 0.25, delay: d("1d"), tasks: ["b"] }),
      risk("no-delay", { tasks: ["a"] }),
      risk("closed", { status: "closed", delay: d("9d"), tasks: ["a"] }),
      risk("upside", { kind: "opportunity", probability: 5, delay: d("2d"), tasks: ["b"] }),
    ]);
    expect(riskEvents(plan)).toEqual([
      { id: "level", probability: 0.7, impact: d("3d"), tasks: ["a"] },
      { id: "own", probability: 0.25, impact: d("1d"), tasks: ["b"] },
      { id: "upside", probability: 0.9, impact: { ...d("2d"), value: -2 }, tasks: ["b"] },
    ]);
  });

  it("a linked risk moves the forecast percentiles by its delay where it certainly happens", () => {
    const scales5 = {
      ...scales,
      probability: scales.probability.map((l, i) => (i === 4 ? { ...l, chance: 1 } : l)),
    };
    const base = { ...chain, project: { ...chain.project, riskScales: scales5 } };
    const without = runForecast(base, { iterations: 500 });
    const certain = runForecast(
      withRisks(base, [risk("r", { probability: 5, delay: d("4d"), tasks: ["a"] })]),
      {
        iterations: 500,
      },
    );
    expect(without.finishWorkingDays.p80).toBe(10);
    expect(certain.finishWorkingDays.p50).toBe(14);
    expect(certain.finishWorkingDays.p80).toBe(14);
    // An opportunity that certainly happens takes its delay off, but never below nothing.
    const upside = runForecast(
      withRisks(base, [risk("u", { kind: "opportunity", probability: 5, delay: d("9d"), tasks: ["b"] })]),
      { iterations: 500 },
    );
    expect(upside.finishWorkingDays.p80).toBe(5);
  });

  it("a risk at 50 % puts the P80 at the delayed finish and the P20 at the plain one", () => {
    const plan = withRisks(chain, [risk("r", { probability: 1, chance: 0.5, delay: d("4d"), tasks: ["b"] })]);
    const forecast = runForecast(plan, { iterations: 2000 });
    expect(forecast.finishWorkingDays.p20).toBe(10);
    expect(forecast.finishWorkingDays.p80).toBe(14);
    expect(Math.abs((forecast.risks[0]?.occurred ?? 0) - 0.5)).toBeLessThan(0.05);
  });
});

describe("stale items", () => {
  it("flags live items whose date for attention has passed, and nothing else", () => {
    const plan: Plan = {
      ...chain,
      risks: [
        risk("old", { review: "2027-01-01" as never }),
        risk("fresh", { review: "2027-03-01" as never }),
      ],
      assumptions: [
        { id: "A1", name: "Price holds", status: "unvalidated", validateBy: "2027-01-05" as never },
        { id: "A2", name: "Checked", status: "valid", validateBy: "2027-01-05" as never },
      ],
      issues: [
        {
          id: "I1",
          name: "Rig",
          severity: "high",
          escalation: "team",
          status: "open",
          due: "2027-01-09" as never,
        },
        {
          id: "I2",
          name: "Done",
          severity: "high",
          escalation: "team",
          status: "resolved",
          due: "2027-01-09" as never,
        },
      ],
      dependencies: [
        {
          id: "D1",
          name: "SDK",
          provider: "Vendor",
          needed: "2027-01-08" as never,
          status: "waiting",
          tasks: [],
        },
      ],
    };
    expect(staleItems(plan, "2027-01-10" as never).map((s) => `${s.kind}:${s.id}`)).toEqual([
      "risk:old",
      "assumption:A1",
      "issue:I1",
      "dependency:D1",
    ]);
    expect(staleItems(plan, "2027-01-01" as never)).toEqual([]);
  });
});

describe("exposure trend", () => {
  it("replays versions into the open threats' total exposure per day", () => {
    const points = exposureTrend([
      { id: "b", at: "2027-01-05T09:00:00Z", risk: risk("b", { probability: 2, impact: 2 }) },
      { id: "a", at: "2027-01-04T10:00:00Z", risk: risk("a", { probability: 4, impact: 5 }) },
      {
        id: "a",
        at: "2027-01-04T15:00:00Z",
        risk: risk("a", { probability: 4, impact: 5, residual: { probability: 1, impact: 5 } }),
      },
      { id: "a", at: "2027-01-06T08:00:00Z", risk: risk("a", { status: "closed" }) },
      { id: "b", at: "2027-01-07T08:00:00Z", risk: null },
    ]);
    expect(points).toEqual([
      { date: "2027-01-04", inherent: 20, residual: 5, open: 1 },
      { date: "2027-01-05", inherent: 24, residual: 9, open: 2 },
      { date: "2027-01-06", inherent: 4, residual: 4, open: 1 },
      { date: "2027-01-07", inherent: 0, residual: 0, open: 0 },
    ]);
  });
});

describe("checks", () => {
  it("names scores outside the plan's scales", () => {
    const plan = withRisks(chain, [
      risk("big", { probability: 7 }),
      risk("res", { residual: { probability: 1, impact: 6 } }),
    ]);
    expect(raidProblems(plan).map((p) => p.message)).toEqual([
      'risk "big": probability 7 is outside the probability scale; expected a level from 1 to 5',
      'risk "res": residual impact 6 is outside the impact scale; expected a level from 1 to 5',
    ]);
    expect(raidProblems(withRisks(chain, [risk("ok")]))).toEqual([]);
  });
});

describe("external dependencies", () => {
  const plan = (status: "waiting" | "delivered" | "cancelled", extra = {}): Plan => ({
    ...chain,
    dependencies: [
      {
        id: "sdk",
        name: "SDK",
        provider: "Vendor",
        needed: "2027-01-11" as never,
        status,
        tasks: ["b"],
        ...extra,
      },
    ],
  });
  const startOf = (p: Plan, id: string) => schedulePlan(p).tasks.find((t) => t.id === id)?.start;

  it("holds linked tasks until the expected date, so a slipping promise moves them", () => {
    expect(startOf(chain, "b")).toBe("2027-01-11T09:00:00");
    expect(startOf(plan("waiting", { expected: "2027-01-13" }), "b")).toBe("2027-01-13T09:00:00");
    expect(startOf(plan("waiting", { expected: "2027-01-20" }), "b")).toBe("2027-01-20T09:00:00");
    expect(startOf(plan("waiting", { expected: "2027-01-20" }), "side")).toBe("2027-01-04T09:00:00");
  });

  it("uses the delivery date once delivered, and nothing once cancelled", () => {
    expect(startOf(plan("delivered", { expected: "2027-01-20", delivered: "2027-01-14" }), "b")).toBe(
      "2027-01-14T09:00:00",
    );
    expect(startOf(plan("cancelled", { expected: "2027-01-20" }), "b")).toBe("2027-01-11T09:00:00");
  });

  it("keeps a later start-no-earlier-than date of the task itself", () => {
    const p = plan("waiting", { expected: "2027-01-13" });
    const later = {
      ...p,
      tasks: p.tasks.map((t) =>
        t.id === "b" ? { ...t, constraint: { type: "SNET", date: "2027-01-25" } as const } : t,
      ),
    };
    expect(startOf(later, "b")).toBe("2027-01-25T09:00:00");
  });

  it("refuses a dependency on a task that does not exist", () => {
    expect(() =>
      schedulePlan({
        ...plan("waiting"),
        dependencies: [{ ...(plan("waiting").dependencies?.[0] as Dependency), tasks: ["ghost"] }],
      }),
    ).toThrow('dependency "sdk" names unknown task "ghost"');
  });
});
