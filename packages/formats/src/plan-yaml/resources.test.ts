import { schedulePlan } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { FormatError } from "../diagnostic.js";
import { parsePlanYaml } from "./parse.js";
import { toPlanYaml } from "./serialize.js";

const PLAN = `project: { name: Team, start: 2027-01-04 }
resources:
  - { id: alice, name: Alice Chen, group: Backend, costPerHour: 90, timeOff: [2027-01-15, { from: 2027-02-01, to: 2027-02-05, name: Vacation }] }
  - { id: bob, maxUnits: 50% }
  - { id: rig, name: Test rig, type: material }
tasks:
  - id: build
    work: 20d
    assign: [alice, { resource: bob, units: 50% }, rig]
  - id: review
    duration: 2d
    assign: [bob]
    after: [build]
`;

function errors(text: string): string[] {
  try {
    parsePlanYaml(text, "team.yaml");
  } catch (error) {
    if (error instanceof FormatError)
      return error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    throw error;
  }
  throw new Error("expected the plan to be rejected");
}

describe("resources and assignments in the plan file", () => {
  const { plan } = parsePlanYaml(PLAN, "team.yaml");

  it("reads resources with their defaults, time off and assignments", () => {
    expect(plan.resources).toEqual([
      {
        id: "alice",
        name: "Alice Chen",
        type: "work",
        maxUnits: 1,
        costPerHour: 90,
        group: "Backend",
        timeOff: [
          { from: "2027-01-15", to: "2027-01-15" },
          { from: "2027-02-01", to: "2027-02-05", name: "Vacation" },
        ],
      },
      { id: "bob", name: "bob", type: "work", maxUnits: 0.5 },
      { id: "rig", name: "Test rig", type: "material", maxUnits: 1 },
    ]);
    expect(plan.assignments).toEqual([
      { task: "build", resource: "alice", units: 1 },
      { task: "build", resource: "bob", units: 0.5 },
      { task: "build", resource: "rig", units: 1 },
      { task: "review", resource: "bob", units: 1 },
    ]);
  });

  // The standard calendar works 7 hours a day (09:00-12:00, 13:00-17:00).
  it("derives an effort-driven task's duration from the work resources' units", () => {
    const build = plan.tasks.find((t) => t.id === "build");
    // 20 days of work by Alice (100 %) and Bob (50 %); the material resource adds no effort.
    expect(build?.work).toEqual({ value: 20, unit: "d", elapsed: false });
    expect(build?.duration.value).toBeCloseTo(20 / 1.5, 10);
    const schedule = schedulePlan(plan);
    const result = schedule.tasks.find((t) => t.id === "build");
    expect(result?.durationMinutes).toBe(Math.round((20 * 420) / 1.5));
  });

  it("shortens the task when a person is added, as MS Project does for effort-driven tasks", () => {
    const more = parsePlanYaml(
      PLAN.replace("assign: [alice, { resource: bob, units: 50% }, rig]", "assign: [alice, bob]"),
      "t.yaml",
    );
    const minutes = (p: typeof plan) => schedulePlan(p).tasks.find((t) => t.id === "build")?.durationMinutes;
    expect(minutes(more.plan)).toBe(Math.round((20 * 420) / 2));
    const alone = parsePlanYaml(
      PLAN.replace("assign: [alice, { resource: bob, units: 50% }, rig]", "assign: [alice]"),
      "t.yaml",
    );
    expect(minutes(alone.plan)).toBe(20 * 420);
  });

  it("writes them back so that reading gives the same plan", () => {
    const text = toPlanYaml(plan);
    expect(text).toContain("work: 20d");
    expect(text).toContain("assign: [alice, {resource: bob, units: 50%}, rig]");
    expect(text).toContain("maxUnits: 50%");
    expect(parsePlanYaml(text, "again.yaml").plan).toEqual(plan);
  });

  it("names unknown and repeated resources, and work given with a duration, at their lines", () => {
    expect(
      errors(`project: { name: T, start: 2027-01-04 }
resources:
  - { id: alice }
  - { id: alice, calendar: nights }
tasks:
  - { id: a, work: 5d, duration: 2d, assign: [alcie] }
  - { id: b, duration: 1d, assign: [alice, { resource: alice, units: 2 }] }
  - { id: c, work: 0d }
  - { id: d, duration: 1d, assign: [{ resource: alice, units: 0% }] }
`),
    ).toEqual([
      "4:11 duplicate resource id `alice`; first defined at line 3",
      "4:28 resource `alice`: unknown calendar `nights` (calendars: standard)",
      "6:14 task `a` has a `duration`; give `work` (effort-driven) or `duration` (fixed), not both",
      "6:47 task `a`: `assign` names unknown resource `alcie`; did you mean `alice`?",
      "7:56 task `b`: resource `alice` is assigned twice; give one entry with the total units",
      '8:20 `work` of task `c`: expected effort in working time greater than 0, such as 20d or 160h, got "0d"',
      '9:63 `assign[0].units` of task `d`: expected units greater than 0 such as 1, 0.5 or 50%, got "0%"',
    ]);
  });
});
