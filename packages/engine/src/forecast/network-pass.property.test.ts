import type { Constraint, LinkType } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Scheduler } from "../cpm/scheduler.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { formatWall, type WallMinute } from "../time.js";
import { NetworkPass } from "./network-pass.js";

const TYPES: LinkType[] = ["FS", "SS", "FF", "SF"];
const CONSTRAINTS: (Constraint | undefined)[] = [
  undefined,
  undefined,
  undefined,
  { type: "SNET", date: "2027-01-13" },
  { type: "FNLT", date: "2027-01-20" },
  { type: "MSO", date: "2027-01-11T13:00" },
  { type: "FNET", date: "2027-01-09" },
];

/** Random plans: working durations in minutes, links of every type with lags, leads and percents, summaries, constraints, deadlines. */
const plans = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    tasks: fc.array(
      fc.record({
        minutes: fc.integer({ min: 0, max: 6000 }),
        summarySize: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 4 })),
        constraint: fc.nat(CONSTRAINTS.length - 1),
        deadline: fc.option(fc.integer({ min: 4, max: 25 }), { freq: 5 }),
        links: fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(...TYPES),
            fc.oneof(
              fc.constant("0h"),
              fc.integer({ min: -16, max: 40 }).map((h) => `${h}h`),
              fc.constantFrom("50%", "100%"),
            ),
          ),
          { maxLength: 3 },
        ),
      }),
      { minLength: n, maxLength: n },
    ),
    samples: fc.array(fc.integer({ min: 0, max: 6000 }), { minLength: n, maxLength: n }),
  }),
);

function build(spec: {
  tasks: {
    minutes: number;
    summarySize: number;
    constraint: number;
    deadline: number | null;
    links: [number, LinkType, string][];
  }[];
}): TestTask[] {
  const tasks: TestTask[] = [];
  const parent: (string | undefined)[] = [];
  const summaries = new Set<string>();
  let open: { id: string; end: number } | undefined;
  spec.tasks.forEach((s, i) => {
    if (open !== undefined && i > open.end) open = undefined;
    const id = `t${i}`;
    const isSummary = open === undefined && s.summarySize > 0 && i + s.summarySize < spec.tasks.length;
    const constraint = CONSTRAINTS[s.constraint];
    const t: TestTask = {
      id,
      ...(isSummary ? {} : { dur: `${s.minutes}min` }),
      ...(open === undefined ? {} : { parent: open.id }),
      ...(constraint === undefined || isSummary ? {} : { constraint }),
      ...(s.deadline === null ? {} : { deadline: `2027-01-${String(s.deadline).padStart(2, "0")}` }),
    };
    parent.push(open?.id);
    const after = new Map<string, [string, LinkType, string]>();
    if (i > 0) {
      for (const [pick, type, lag] of s.links) {
        const from = `t${pick % i}`;
        if (from === open?.id) continue;
        const percentFromSummary = lag.endsWith("%") && summaries.has(from);
        const into = isSummary && type !== "FS" && type !== "SS" ? "FS" : type;
        after.set(from, [from, into, percentFromSummary ? "0h" : lag]);
      }
    }
    t.after = [...after.values()];
    tasks.push(t);
    if (isSummary) {
      summaries.add(id);
      open = { id, end: i + s.summarySize };
    }
  });
  return tasks;
}

describe("NetworkPass", () => {
  it("gives the Scheduler's finish, early finishes and critical tasks on random plans", () => {
    fc.assert(
      fc.property(plans, (spec) => {
        const tasks = build(spec);
        const plan = testPlan(tasks);
        const base = Scheduler.compile(plan);
        expect(NetworkPass.supports(base.net)).toBe(true);
        const pass = new NetworkPass(base.net);
        // Resample every leaf's duration, as an iteration does.
        const sampled = tasks.map((t, i) =>
          t.dur === undefined ? t : { ...t, dur: `${spec.samples[i] as number}min` },
        );
        sampled.forEach((t, i) => {
          if (t.dur !== undefined) pass.setDuration(i, spec.samples[i] as number);
        });
        pass.evaluate();
        const oracle = Scheduler.compile(testPlan(sampled));
        oracle.run();
        const result = oracle.result();
        expect(formatWall(pass.projectFinish() as WallMinute)).toBe(result.project.finish);
        result.tasks.forEach((r, i) => {
          const node = base.net.taskExit[i] as number;
          expect(formatWall(pass.finish(node) as WallMinute), r.id).toBe(r.earlyFinish);
          if (r.kind !== "summary") expect(pass.critical(node), r.id).toBe(r.critical);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("evaluates a second iteration from scratch, not from the first one's dates", () => {
    const plan = testPlan([
      { id: "a", dur: "2d" },
      { id: "b", dur: "1d", after: ["a"] },
    ]);
    const net = Scheduler.compile(plan).net;
    const pass = new NetworkPass(net);
    pass.setDuration(0, 5 * net.minutesPerDay);
    pass.evaluate();
    const long = pass.projectFinish();
    pass.setDuration(0, net.minutesPerDay);
    pass.evaluate();
    expect(pass.projectFinish()).toBeLessThan(long);
    expect(formatWall(pass.projectFinish() as WallMinute)).toBe("2027-01-05T17:00:00");
  });

  it("declines plans with elapsed durations or a second calendar", () => {
    const elapsed = testPlan([{ id: "a", dur: "2ed" }]);
    expect(NetworkPass.supports(Scheduler.compile(elapsed).net)).toBe(false);
  });
});
