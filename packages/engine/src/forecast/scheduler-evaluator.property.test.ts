import { type LinkType, STANDARD_CALENDAR } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Scheduler } from "../cpm/scheduler.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { formatWall, type WallMinute } from "../time.js";
import { SchedulerEvaluator } from "./scheduler-evaluator.js";

const CALENDARS = [
  { ...STANDARD_CALENDAR, holidays: ["2027-01-18" as never] },
  { ...STANDARD_CALENDAR, id: "part-time", workweek: ["mon", "tue", "wed"] as never, hours: ["10:00-14:00"] },
];
const TYPES: LinkType[] = ["FS", "SS", "FF", "SF"];

/**
 * Random plans the integer pass declines: working and elapsed durations, tasks on a second
 * calendar, elapsed and working lags and leads, summaries, a few constraints and deadlines; and
 * three rounds of sampled durations for them.
 */
const plans = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    tasks: fc.array(
      fc.record({
        elapsed: fc.boolean(),
        partTime: fc.boolean(),
        summary: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 })),
        constraint: fc.constantFrom(undefined, undefined, "2027-01-13", "2027-01-20T12:30"),
        deadline: fc.option(fc.integer({ min: 6, max: 28 }), { freq: 4 }),
        links: fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(...TYPES),
            fc.constantFrom("0h", "4h", "-2h", "30eh", "-1ed", "50%"),
          ),
          { maxLength: 3 },
        ),
      }),
      { minLength: n, maxLength: n },
    ),
    rounds: fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: n, maxLength: n }), {
      minLength: 3,
      maxLength: 3,
    }),
  }),
);

type Spec = {
  elapsed: boolean;
  partTime: boolean;
  summary: number;
  constraint: string | undefined;
  deadline: number | null;
  links: [number, LinkType, string][];
};

/** The tasks of a spec with `minutes` as durations; summaries have none. */
function build(spec: Spec[], minutes: readonly number[]): TestTask[] {
  const tasks: TestTask[] = [];
  let open: { id: string; end: number } | undefined;
  const summaries = new Set<string>();
  spec.forEach((s, i) => {
    if (open !== undefined && i > open.end) open = undefined;
    const id = `t${i}`;
    const isSummary = open === undefined && s.summary > 0 && i + s.summary < spec.length;
    const after = new Map<string, [string, LinkType, string]>();
    for (const [pick, type, lag] of i > 0 ? s.links : []) {
      const from = `t${pick % i}`;
      if (from === open?.id) continue;
      const into = isSummary && type !== "FS" && type !== "SS" ? "FS" : type;
      after.set(from, [from, into, lag.endsWith("%") && summaries.has(from) ? "0h" : lag]);
    }
    tasks.push({
      id,
      ...(isSummary ? {} : { dur: `${minutes[i] as number}${s.elapsed ? "emin" : "min"}` }),
      ...(open === undefined ? {} : { parent: open.id }),
      ...(s.partTime && !isSummary ? { calendar: "part-time" } : {}),
      ...(s.constraint === undefined || isSummary
        ? {}
        : { constraint: { type: "SNET", date: s.constraint } }),
      ...(s.deadline === null ? {} : { deadline: `2027-01-${String(s.deadline).padStart(2, "0")}` }),
      after: [...after.values()],
    });
    if (isSummary) {
      summaries.add(id);
      open = { id, end: i + s.summary };
    }
  });
  return tasks;
}

describe("SchedulerEvaluator", () => {
  it("gives a fresh Scheduler's finish, early finishes and critical tasks, iteration after iteration", () => {
    fc.assert(
      fc.property(plans, ({ tasks: spec, rounds }) => {
        const first = build(spec, rounds[0] as number[]);
        const scheduler = Scheduler.compile(testPlan(first, { calendars: CALENDARS }));
        scheduler.run();
        const leaves = first.flatMap((t, i) => (t.dur === undefined ? [] : [i]));
        const evaluator = new SchedulerEvaluator(scheduler, Int32Array.from(leaves));
        const net = scheduler.net;
        for (const minutes of rounds) {
          for (const t of leaves) evaluator.durations[evaluator.slot[t] as number] = minutes[t] as number;
          evaluator.evaluate();
          const oracle = Scheduler.compile(testPlan(build(spec, minutes), { calendars: CALENDARS }));
          oracle.run();
          const result = oracle.result();
          expect(formatWall(evaluator.projectFinish() as WallMinute)).toBe(result.project.finish);
          const nodes = Int32Array.from(result.tasks, (_, i) => net.taskExit[i] as number);
          const finishes = new Float64Array(nodes.length);
          evaluator.finishes(nodes, finishes, 0);
          const slot = new Int32Array(net.nodeCount).fill(-1);
          for (const i of leaves) slot[net.taskEntry[i] as number] = i;
          const counts = new Uint32Array(result.tasks.length);
          evaluator.countCritical(slot, counts);
          result.tasks.forEach((r, i) => {
            expect(formatWall(finishes[i] as WallMinute), r.id).toBe(r.earlyFinish);
            if (r.kind !== "summary") expect(counts[i], r.id).toBe(r.critical ? 1 : 0);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
