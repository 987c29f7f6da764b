import type { Constraint, LinkType } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Scheduler } from "../cpm/scheduler.js";
import type { Network } from "../network/network.js";
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
  // Dates inside breaks (lunch, a night, a weekend): keys between working minutes.
  { type: "FNLT", date: "2027-01-20T12:30" },
  { type: "SNLT", date: "2027-01-14T20:00" },
  { type: "MFO", date: "2027-01-16T10:00" },
  { type: "FNET", date: "2027-01-12T12:15" },
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

/** Plans the driving-chain trace applies to, with many ties: few distinct durations and lags, only SNET and FNET, no deadlines. */
const traceablePlans = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    tasks: fc.array(
      fc.record({
        minutes: fc.constantFrom(0, 60, 120, 480, 960),
        summarySize: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 5 })),
        constraint: fc.constantFrom(0, 3, 6, 10),
        deadline: fc.constant(null),
        links: fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(...TYPES),
            fc.constantFrom("0h", "0h", "0h", "1h", "-1h", "8h", "50%"),
          ),
          { maxLength: 5 },
        ),
      }),
      { minLength: n, maxLength: n },
    ),
    samples: fc.array(fc.constantFrom(0, 60, 120, 480, 960), { minLength: n, maxLength: n }),
  }),
);

/** The backward pass, not the trace, applies to SS and SF links out of a summary: they become FS here. */
function withoutStartLinksFromSummaries(tasks: TestTask[]): TestTask[] {
  const summaries = new Set(tasks.filter((t) => t.dur === undefined).map((t) => t.id));
  return tasks.map((t) => ({
    ...t,
    after: (t.after ?? []).map((a) => {
      if (typeof a === "string" || !summaries.has(a[0]) || (a[1] !== "SS" && a[1] !== "SF")) return a;
      return [a[0], "FS", a[2]] as [string, LinkType, string?];
    }),
  }));
}

/** Evaluates `pass` with the samples as durations and checks it against a Scheduler on the resampled plan. */
function expectSchedulerResults(tasks: TestTask[], samples: number[], pass: NetworkPass, net: Network): void {
  const sampled = tasks.map((t, i) =>
    t.dur === undefined ? t : { ...t, dur: `${samples[i] as number}min` },
  );
  tasks.forEach((t, i) => {
    if (t.dur !== undefined) pass.durations[pass.slot[i] as number] = samples[i] as number;
  });
  pass.evaluate();
  const oracle = Scheduler.compile(testPlan(sampled));
  oracle.run();
  const result = oracle.result();
  expect(formatWall(pass.projectFinish() as WallMinute)).toBe(result.project.finish);
  const slot = new Int32Array(net.nodeCount).fill(-1);
  const counts = new Uint32Array(tasks.length);
  result.tasks.forEach((r, i) => {
    const node = net.taskExit[i] as number;
    expect(formatWall(pass.finish(node) as WallMinute), r.id).toBe(r.earlyFinish);
    if (r.kind !== "summary") {
      expect(pass.critical(node), r.id).toBe(r.critical);
      slot[node] = i;
    }
  });
  pass.countCritical(slot, counts);
  result.tasks.forEach((r, i) => {
    expect(counts[i], r.id).toBe(r.kind !== "summary" && r.critical ? 1 : 0);
  });
}

describe("NetworkPass", () => {
  it("gives the Scheduler's finish, early finishes and critical tasks on random plans", () => {
    fc.assert(
      fc.property(plans, (spec) => {
        const tasks = build(spec);
        const net = Scheduler.compile(testPlan(tasks)).net;
        expect(NetworkPass.supports(net, 6000)).toBe(true);
        expectSchedulerResults(tasks, spec.samples, new NetworkPass(net), net);
      }),
      { numRuns: 300 },
    );
  });

  it("traces exactly the backward pass's critical tasks where no late date applies, ties included", () => {
    fc.assert(
      fc.property(traceablePlans, (spec) => {
        const tasks = withoutStartLinksFromSummaries(build(spec));
        const net = Scheduler.compile(testPlan(tasks)).net;
        expect(NetworkPass.traceable(net)).toBe(true);
        const full = new NetworkPass(net, false);
        expectSchedulerResults(tasks, spec.samples, full, net);
        expectSchedulerResults(tasks, spec.samples, new NetworkPass(net), net);
      }),
      { numRuns: 500 },
    );
  });

  it("finds every path of a tie, and keeps the backward pass where late dates or summary start links apply", () => {
    const diamond: TestTask[] = [
      { id: "a", dur: "1d" },
      { id: "b", dur: "2d", after: ["a"] },
      { id: "c", dur: "1d", after: ["a"] },
      { id: "c2", dur: "1d", after: ["c"] },
      { id: "short", dur: "1d", after: ["a"] },
      { id: "end", milestone: true, after: ["b", "c2", "short"] },
    ];
    const net = Scheduler.compile(testPlan(diamond)).net;
    const pass = new NetworkPass(net);
    pass.evaluate();
    const critical = diamond.filter((_, i) => pass.critical(net.taskEntry[i] as number)).map((t) => t.id);
    expect(critical).toEqual(["a", "b", "c", "c2", "end"]);
    // Friday 17:00 and Monday 09:00 are different keys but the same working minute: both finish last.
    const boundary: TestTask[] = [
      { id: "a", dur: "1d" },
      { id: "m", milestone: true, constraint: { type: "SNET", date: "2027-01-05" } },
    ];
    const boundaryNet = Scheduler.compile(testPlan(boundary)).net;
    for (const p of [new NetworkPass(boundaryNet), new NetworkPass(boundaryNet, false)]) {
      p.evaluate();
      expect([0, 1].map((i) => p.critical(boundaryNet.taskEntry[i] as number))).toEqual([true, true]);
    }
    // A percent lag of 0 minutes still lands on the finish side: Tuesday 17:00, before Wednesday 09:00.
    const percent: TestTask[] = [
      { id: "m", milestone: true, constraint: { type: "SNET", date: "2027-01-13" } },
      { id: "after", milestone: true, after: [["m", "FS", "50%"]] },
    ];
    const percentPass = new NetworkPass(Scheduler.compile(testPlan(percent)).net);
    percentPass.evaluate();
    expect(formatWall(percentPass.projectFinish() as WallMinute)).toBe("2027-01-13T09:00:00");
    const traceable = (tasks: TestTask[]) => NetworkPass.traceable(Scheduler.compile(testPlan(tasks)).net);
    expect(traceable(diamond)).toBe(true);
    expect(traceable([{ id: "a", dur: "1d", deadline: "2027-01-05" }])).toBe(false);
    expect(traceable([{ id: "a", dur: "1d", constraint: { type: "FNLT", date: "2027-01-05" } }])).toBe(false);
    expect(
      traceable([
        { id: "s" },
        { id: "a", dur: "1d", parent: "s" },
        { id: "b", dur: "1d", after: [["s", "SS", "0h"]] },
      ]),
    ).toBe(false);
  });

  it("evaluates a second iteration from scratch, not from the first one's dates", () => {
    const plan = testPlan([
      { id: "a", dur: "2d" },
      { id: "b", dur: "1d", after: ["a"] },
    ]);
    const net = Scheduler.compile(plan).net;
    const pass = new NetworkPass(net);
    pass.durations[pass.slot[0] as number] = 5 * net.minutesPerDay;
    pass.evaluate();
    const long = pass.projectFinish();
    pass.durations[pass.slot[0] as number] = net.minutesPerDay;
    pass.evaluate();
    expect(pass.projectFinish()).toBeLessThan(long);
    expect(formatWall(pass.projectFinish() as WallMinute)).toBe("2027-01-05T17:00:00");
  });

  it("declines plans with elapsed durations or a second calendar", () => {
    const elapsed = testPlan([{ id: "a", dur: "2ed" }]);
    expect(NetworkPass.supports(Scheduler.compile(elapsed).net, 0)).toBe(false);
  });
});
