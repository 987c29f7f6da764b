import { readFileSync } from "node:fs";
import {
  CONSTRAINT_TYPES,
  type Constraint,
  type Duration,
  type Lag,
  LINK_TYPES,
  type Link,
  type Plan,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlanYaml } from "./parse.js";
import { toPlanYaml } from "./serialize.js";
import { EXAMPLE_PLAN, FULL_PLAN, RAID_PLAN } from "./test-plans.js";

const roundTrip = (plan: Plan) => parsePlanYaml(toPlanYaml(plan), "round-trip.yaml").plan;

describe("toPlanYaml", () => {
  it("writes the example plan back in the short forms", () => {
    const { plan } = parsePlanYaml(EXAMPLE_PLAN, "launch.yaml");
    expect(toPlanYaml(plan)).toBe(`project:
  name: Beta to GA launch
  start: 2027-01-04
calendar:
  workweek: [mon, tue, wed, thu, fri]
  hours: [09:00-12:00, 13:00-17:00]
  holidays: [2027-01-18]
tasks:
  - id: design
    name: API design
    duration: 5d
  - id: build
    duration: 3d/5d/9d
    after: [design]
  - id: docs
    duration: 2d
    after: [{task: design, type: SS, lag: 1d}]
  - id: ga
    milestone: true
    after: [build, docs]
    deadline: 2027-03-31
`);
  });

  it("round-trips the example, the full plan, the RAID log and the product-launch example exactly", () => {
    const launch = readFileSync(new URL("../../../../examples/product-launch.yaml", import.meta.url), "utf8");
    for (const text of [EXAMPLE_PLAN, FULL_PLAN, RAID_PLAN, launch]) {
      const { plan } = parsePlanYaml(text, "in.yaml");
      expect(roundTrip(plan)).toStrictEqual(plan);
    }
  });

  it("nests summary tasks and writes constraints, calendars and exceptions", () => {
    const text = toPlanYaml(parsePlanYaml(FULL_PLAN, "full.yaml").plan);
    expect(text).toContain(`  - id: phase
    name: Phase one
    constraint: SNET 2027-02-01
    tasks:
      - id: a
`);
    expect(text).toContain("    after: [{task: a, lag: 50%}, {task: a, type: SF, lag: -1d}]\n");
    expect(text).toContain("  exceptions:\n    - {date: 2027-05-01, name: Labour Day}\n");
    expect(text).toContain("    - {date: 2027-02-13, name: Release Saturday, hours: [10:00-14:00]}\n");
    expect(text).toContain("  calendar: night-shift\n");
    expect(text).not.toContain("*"); // no YAML aliases for the calendars' shared lists
  });

  it("writes milestones as `milestone: true`, or as a zero duration when that has another unit", () => {
    const text = `project: { name: P, start: 2027-01-04 }
tasks:
  - { id: a, milestone: true }
  - { id: b, milestone: true, duration: 0 }
  - { id: c, duration: 0h }
  - { id: d, duration: 0d/0d/2d }
`;
    const { plan } = parsePlanYaml(text, "m.yaml");
    expect(plan.tasks.map((t) => t.milestone)).toEqual([true, true, true, true]);
    expect(toPlanYaml(plan)).toContain(`  - id: a
    milestone: true
  - id: b
    milestone: true
  - id: c
    duration: 0h
  - id: d
    duration: 0d/0d/2d
`);
    expect(roundTrip(plan)).toStrictEqual(plan);
  });

  it("drops the duration of a milestone, which the engine ignores, so the file stays valid", () => {
    const { plan } = parsePlanYaml(
      "project: { name: P, start: 2027-01-04 }\ntasks: [{ id: a, duration: 5d }]\n",
      "p.yaml",
    );
    const [task] = plan.tasks;
    if (task === undefined) throw new Error("no task");
    const marked: Plan = { ...plan, tasks: [{ ...task, milestone: true }] };
    expect(toPlanYaml(marked)).toContain("  - id: a\n    milestone: true\n");
    expect(roundTrip(marked).tasks[0]).toMatchObject({ milestone: true, duration: { value: 0 } });
  });

  it("refuses tasks whose parents form a loop instead of dropping them", () => {
    const { plan } = parsePlanYaml(EXAMPLE_PLAN, "launch.yaml");
    const looped: Plan = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.id === "build" ? { ...t, parent: "docs" } : t.id === "docs" ? { ...t, parent: "build" } : t,
      ),
    };
    expect(() => toPlanYaml(looped)).toThrow("toPlanYaml: 2 tasks sit in a loop of parent tasks");
  });

  it("leaves out the calendar block when the plan uses the built-in standard calendar", () => {
    const plan: Plan = {
      project: { name: "P", start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
      calendars: [STANDARD_CALENDAR],
      tasks: [],
      links: [],
    };
    expect(toPlanYaml(plan)).toBe("project:\n  name: P\n  start: 2027-01-04\ntasks: []\n");
    expect(roundTrip(plan)).toStrictEqual(plan);
  });
});

// Random valid plans: parse(toPlanYaml(plan)) must give the plan back, whatever the names and ids.
const unit = fc.constantFrom<Duration["unit"]>("min", "h", "d", "w");
// fc.record builds null-prototype objects; parsed plans hold plain ones.
const plain = <T extends object>(value: T): T => ({ ...value });
const duration: fc.Arbitrary<Duration> = fc
  .record({ value: fc.integer({ min: 1, max: 500 }), unit, elapsed: fc.boolean() })
  .map(plain);
const lag: fc.Arbitrary<Lag> = fc.oneof(
  fc.record({ value: fc.integer({ min: -50, max: 50 }), unit, elapsed: fc.boolean() }).map(plain),
  fc.record({ percent: fc.integer({ min: -100, max: 200 }) }).map(plain),
);
const date = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString().slice(0, 16)));
const constraint: fc.Arbitrary<Constraint> = fc
  .tuple(fc.constantFrom(...CONSTRAINT_TYPES), date)
  .map(([type, date]) => (type === "ASAP" || type === "ALAP" ? { type } : { type, date }));
const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });

const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    ids: fc.uniqueArray(text, { minLength: 1, maxLength: 12 }),
    seed: fc.array(
      fc.record({
        parentPick: fc.nat(),
        nest: fc.boolean(),
        name: fc.option(text, { nil: undefined }),
        duration,
        threePoint: fc.boolean(),
        milestone: fc.boolean(),
        constraint,
        notes: fc.option(fc.string({ unit: "grapheme", maxLength: 40 }), { nil: undefined }),
        deadline: fc.option(
          date.map((d) => d.slice(0, 10)),
          { nil: undefined },
        ),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.constantFrom(...LINK_TYPES), lag }), {
      maxLength: 20,
    }),
  })
  .map(({ ids, seed, links }) => {
    // Build an outline: each task nests under an earlier task or sits at the top.
    const parentOf = ids.map((_, i) => {
      const s = seed[i];
      return i > 0 && s?.nest ? (ids[(s.parentPick % i) as number] ?? null) : null;
    });
    const childrenOf = (parent: string | null) => ids.filter((_, i) => parentOf[i] === parent);
    const order: string[] = [];
    const visit = (parent: string | null) => {
      for (const id of childrenOf(parent)) {
        order.push(id);
        visit(id);
      }
    };
    visit(null);
    const summaries = new Set(parentOf.filter((p): p is string => p !== null));
    const tasks: Task[] = order.map((id) => {
      const i = ids.indexOf(id);
      const s = seed[i] ?? seed[0];
      if (s === undefined) throw new Error("seed is shorter than ids");
      const summary = summaries.has(id);
      const base = {
        id,
        name: s.name ?? id,
        parent: parentOf[i] ?? null,
        constraint: s.constraint,
        ...(s.deadline === undefined ? {} : { deadline: s.deadline as Task["deadline"] }),
        ...(s.notes === undefined ? {} : { notes: s.notes }),
      };
      if (summary) return { ...base, milestone: false, duration: { value: 0, unit: "d", elapsed: false } };
      if (s.milestone) return { ...base, milestone: true, duration: { value: 0, unit: "d", elapsed: false } };
      const d = s.duration;
      if (!s.threePoint) return { ...base, milestone: false, duration: d };
      const estimate = {
        optimistic: { ...d, value: 0.5 * d.value },
        mostLikely: d,
        pessimistic: { ...d, value: 2 * d.value },
      };
      return { ...base, milestone: false, duration: d, estimate };
    });
    const planLinks: Link[] = links
      .map((l) => ({
        from: order[l.from % order.length] ?? "",
        to: order[l.to % order.length] ?? "",
        type: l.type,
        lag: l.lag,
      }))
      .filter((l) => l.from !== l.to && !(summaries.has(l.to) && (l.type === "FF" || l.type === "SF")));
    // The file lists links under their successor, so that is the order they come back in.
    planLinks.sort((a, b) => order.indexOf(a.to) - order.indexOf(b.to));
    return {
      project: { name: "Random", start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
      calendars: [STANDARD_CALENDAR],
      tasks,
      links: planLinks,
    };
  });

describe("toPlanYaml round trip (property)", () => {
  it("parse(toPlanYaml(plan)) equals plan for random plans", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(roundTrip(plan)).toStrictEqual(plan);
      }),
      { numRuns: 200 },
    );
  });
});
