import { formatWall, Scheduler, type WallMinute } from "@keel/engine";
import type { Plan } from "@keel/model";
import { benchPlan, type PlanKind } from "./bench-plan.js";
import { Random } from "./random.js";
import { median, quantile } from "./stats.js";

/** What one child process measures for one plan size (printed as one JSON line). */
export interface SizeReport {
  readonly tasks: number;
  readonly kind: PlanKind;
  readonly links: number;
  readonly generateMs: number;
  /** Median of all compiles: the first, and the later ones. */
  readonly compileMs: number;
  /**
   * Medians of `run()` on the first Scheduler the process compiles, and on a later one (until the
   * kernels became classes, V8 ran the integer kernel slower after the first; see docs/performance.md).
   */
  readonly firstRunMs: number;
  readonly runMs: number;
  /** Median processor time of `run()`: on a shared machine, wall time also counts waiting for a core. */
  readonly firstRunCpuMs: number;
  readonly runCpuMs: number;
  readonly runs: number;
  readonly editMs: number;
  readonly editCpuMs: number;
  readonly editP90Ms: number;
  readonly edits: number;
  /** Resident set after the plan was built, before the engine saw it. */
  readonly planRssMb: number;
  /** Heap and array buffers one compiled and run Scheduler keeps. */
  readonly engineMb: number;
  /** Peak resident set through compile, runs and edits. */
  readonly peakRssMb: number;
  /** `result()`: the ISO-dated schedule with critical paths, once. */
  readonly resultMs: number;
  readonly peakRssWithResultMb: number;
  readonly finish: string;
}

interface Repetitions {
  readonly compiles: number;
  readonly warmups: number;
  readonly runs: number;
  readonly edits: number;
}

/** Repetitions per size: more for small plans, where one sample is noisy. */
function repetitions(tasks: number): Repetitions {
  if (tasks <= 1_000) return { compiles: 20, warmups: 50, runs: 100, edits: 300 };
  if (tasks <= 10_000) return { compiles: 10, warmups: 20, runs: 50, edits: 500 };
  if (tasks <= 100_000) return { compiles: 5, warmups: 5, runs: 20, edits: 200 };
  return { compiles: 3, warmups: 2, runs: 7, edits: 50 };
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576);
const peakMb = () => mb(process.resourceUsage().maxRSS * 1024);

/** Runs `f` and returns its value and how long it took. */
function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

const time = (f: () => void): number => timed(f)[1];

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

function sample(f: () => void): Sample {
  const c0 = process.cpuUsage();
  const wall = time(f);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Leaf tasks nearest the middle of the plan, where an edit ripples through about half of it. */
function middleLeaves(ids: readonly string[], parents: ReadonlySet<string | null>, count: number): string[] {
  const mid = Math.floor(ids.length / 2);
  const out: string[] = [];
  for (let d = 0; out.length < count && d <= mid; d++) {
    for (const i of d === 0 ? [mid] : [mid - d, mid + d]) {
      const id = ids[i];
      if (id !== undefined && !parents.has(id) && out.length < count) out.push(id);
    }
  }
  return out;
}

interface Series {
  readonly wall: number;
  readonly cpu: number;
}

/** Median wall and processor time of `run()` after warm-up runs. */
function runSeries(scheduler: Scheduler, warmups: number, runs: number): Series {
  for (let k = 0; k < warmups; k++) scheduler.run();
  globalThis.gc?.();
  const samples: Sample[] = [];
  for (let k = 0; k < runs; k++) samples.push(sample(() => scheduler.run()));
  return { wall: median(samples.map((r) => r.wall)), cpu: median(samples.map((r) => r.cpu)) };
}

const heapMb = () => {
  const m = process.memoryUsage();
  return mb(m.heapUsed + m.arrayBuffers);
};

/** The first Scheduler of a process, as in one `keel schedule` run; released on return. */
function firstScheduler(plan: Plan, reps: Repetitions) {
  const heapBefore = heapMb();
  const [scheduler, compileMs] = timed(() => Scheduler.compile(plan));
  const series = runSeries(scheduler, reps.warmups, reps.runs);
  globalThis.gc?.();
  const engineMb = heapMb() - heapBefore;
  return { compileMs, series, engineMb, finish: formatWall(scheduler.state.projectFinish as WallMinute) };
}

/** Compiles the plan and records how long it took. */
function compileTimed(plan: Plan, compiles: number[]): Scheduler {
  const t0 = performance.now();
  const scheduler = Scheduler.compile(plan);
  compiles.push(performance.now() - t0);
  return scheduler;
}

export function measure(tasks: number, kind: PlanKind): SizeReport {
  const reps = repetitions(tasks);
  const [plan, generateMs] = timed(() => benchPlan(tasks, kind));
  globalThis.gc?.();
  const planRssMb = mb(process.memoryUsage().rss);
  const first = firstScheduler(plan, reps);

  // Later Schedulers, as in a server or browser tab that compiles the plan again after changes.
  const compiles = [first.compileMs];
  let current: Scheduler | undefined;
  for (let k = 1; k < reps.compiles; k++) {
    // Nothing else may hold the previous Scheduler (such as a local of this loop), or two would
    // be in memory at once.
    current = undefined;
    globalThis.gc?.();
    current = compileTimed(plan, compiles);
  }
  if (current === undefined) throw new Error("at least two compiles are needed");
  const scheduler: Scheduler = current;
  const later = runSeries(scheduler, reps.warmups, reps.runs);

  const parents = new Set(plan.tasks.map((t) => t.parent));
  const targets = middleLeaves(
    plan.tasks.map((t) => t.id),
    parents,
    reps.edits + 20,
  );
  const random = new Random(tasks);
  const edits: Sample[] = [];
  targets.forEach((id, k) => {
    const s = sample(() =>
      scheduler.setDuration(id, { value: random.int(1, 10), unit: "d", elapsed: false }),
    );
    // The first edits warm the code up.
    if (k >= 20) edits.push(s);
  });
  const peakRssMb = peakMb();
  const resultMs = time(() => scheduler.result());

  return {
    tasks,
    kind,
    links: plan.links.length,
    generateMs,
    compileMs: median(compiles),
    firstRunMs: first.series.wall,
    firstRunCpuMs: first.series.cpu,
    runMs: later.wall,
    runCpuMs: later.cpu,
    runs: reps.runs,
    editMs: median(edits.map((e) => e.wall)),
    editCpuMs: median(edits.map((e) => e.cpu)),
    editP90Ms: quantile(
      edits.map((e) => e.wall),
      0.9,
    ),
    edits: edits.length,
    planRssMb,
    engineMb: first.engineMb,
    peakRssMb,
    resultMs,
    peakRssWithResultMb: peakMb(),
    finish: first.finish,
  };
}
