import { loadavg } from "node:os";
import { chunkRanges, mergeChunks, prepareForecast, simulateChunk, summariseForecast } from "@keel/engine";
import type { Plan, Task } from "@keel/model";
import { forecastInWorkers } from "@keel/server";
import { generatePlan } from "./generate.js";

/**
 * `npm run bench:forecast`: schedule Monte Carlo, 10,000 iterations on generated plans of 1k tasks
 * (about 3k links) and 10k tasks (about 30k links), single thread. Every task gets a three-point
 * estimate of 0.75×, 1× and 1.75× its duration; then the whole forecast again through
 * `forecastInWorkers` with 2 worker threads, forced (by default `keel forecast` starts them only for
 * plans large enough to pay for their start: `forecastThreads`).
 * The targets are for one thread. Its process CPU time is shown too (V8's compiler and garbage
 * collector threads included, so it can exceed the wall time), as on a busy machine the wall time
 * also counts the time other processes had the core; the load average (1 minute) is taken before
 * each size. `node bench/dist/forecast.js 1000` runs one size.
 */
const SIZES = [1_000, 10_000];
const ITERATIONS = 10_000;
const TARGET_S: Record<number, number> = { 1000: 0.5, 10000: 5 };

function withEstimates(plan: Plan): Plan {
  const tasks = plan.tasks.map((t): Task => {
    if (t.milestone || t.duration.value === 0) return t;
    const scale = (f: number) => ({ ...t.duration, value: Math.round(t.duration.value * f * 100) / 100 });
    return { ...t, estimate: { optimistic: scale(0.75), mostLikely: t.duration, pessimistic: scale(1.75) } };
  });
  return { ...plan, tasks };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
console.log(
  `| tasks | links | load | prepare | ${ITERATIONS} iterations | iterations/s | summary | 1 thread | 1 thread, CPU | 2 threads | target (1 thread) |`,
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const n of sizes.length > 0 ? sizes : SIZES) {
  // Working-time durations and lags: elapsed ones would send the plan through the slower Scheduler path.
  const plan = withEstimates(generatePlan({ tasks: n, seed: 1, elapsed: false }));
  const load = loadavg()[0] as number;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const model = prepareForecast(plan, { iterations: ITERATIONS, seed: 1 });
  const t1 = performance.now();
  const chunks = chunkRanges(ITERATIONS, 1).map((r) => simulateChunk(model, r.start, r.count));
  const t2 = performance.now();
  const result = summariseForecast(model, mergeChunks(chunks));
  const t3 = performance.now();
  const cpu = process.cpuUsage(c0);
  if (!model.fast) throw new Error("the generated plan did not take the integer pass");
  const single = (t3 - t0) / 1000;
  const t4 = performance.now();
  const threaded = await forecastInWorkers(plan, { iterations: ITERATIONS, seed: 1 }, { threads: 2 });
  const total = (performance.now() - t4) / 1000;
  if (threaded.finish.p80 !== result.finish.p80) throw new Error("2 threads gave another P80");
  const target = TARGET_S[n];
  console.log(
    `| ${n} | ${plan.links.length} | ${load.toFixed(1)} | ${(t1 - t0).toFixed(0)} ms | ${((t2 - t1) / 1000).toFixed(2)} s | ${Math.round(
      ITERATIONS / ((t2 - t1) / 1000),
    )} | ${(t3 - t2).toFixed(0)} ms | ${single.toFixed(2)} s | ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s | ${total.toFixed(2)} s | ${
      target === undefined ? "" : `≤ ${target} s ${single <= target ? "met" : "MISSED"}`
    } |`,
  );
  console.error(`  ${n}: P50 ${result.finish.p50}, P80 ${result.finish.p80}, P95 ${result.finish.p95}`);
}
