import type { Plan } from "@keel/model";
import { Scheduler } from "../cpm/scheduler.js";
import { LEAF, type Network } from "../network/network.js";
import { riskEvents } from "../raid/risk-events.js";
import type { DistributionKind } from "./distributions.js";
import type { Evaluator } from "./evaluator.js";
import { NetworkPass } from "./network-pass.js";
import { Rng } from "./rng.js";
import { compileSampling, longestDuration, Sampler, type Sampling } from "./sampling.js";
import { SchedulerEvaluator } from "./scheduler-evaluator.js";
import type { ForecastOptions } from "./types.js";

export const DEFAULT_ITERATIONS = 10_000;
export const DEFAULT_SEED = 1;

/** A validated, compiled forecast: everything an iteration needs, shared by every chunk. */
export interface ForecastModel {
  readonly plan: Plan;
  readonly net: Network;
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DistributionKind;
  readonly uncertainty: number;
  readonly sampling: Sampling;
  /** Whether the integer `NetworkPass` applies; otherwise iterations go through a `Scheduler`. */
  readonly fast: boolean;
  /** Leaf tasks (criticality is counted for these), milestones and tasks with a deadline, by task index. */
  readonly leaves: Int32Array;
  readonly milestones: Int32Array;
  readonly deadlines: Int32Array;
  /** Wall-minute finish of each task with the plan's own durations (the deterministic schedule). */
  readonly plannedFinish: Float64Array;
  readonly plannedProjectFinish: number;
}

/**
 * The raw outcome of a run of consecutive iterations [start, start + count). Chunks of one model
 * can run anywhere (another worker, another machine) and be merged with `mergeChunks`: iteration i
 * always draws from the random stream (seed, i), so the merged result equals a single run.
 */
export interface ForecastChunk {
  readonly start: number;
  readonly count: number;
  /** Project finish per iteration, in wall minutes. */
  readonly finish: Float64Array;
  /** Milestone finishes, iteration-major: `[iteration × milestones + k]`, wall minutes. */
  readonly milestoneFinish: Float64Array;
  /** Per leaf (in `model.leaves` order): iterations in which it was critical. */
  readonly critical: Uint32Array;
  /** Per deadline (in `model.deadlines` order): iterations in which it was met. */
  readonly deadlineMet: Uint32Array;
  /** Per risk: iterations in which it occurred. */
  readonly riskHits: Uint32Array;
}

/** Validates the options and the plan and compiles both; throws PlanError naming bad tasks and risks. */
export function prepareForecast(plan: Plan, options: ForecastOptions = {}): ForecastModel {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`iterations must be a whole number of at least 1, not ${iterations}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new RangeError(`the seed must be a whole number from 0 to 4294967295, not ${seed}`);
  }
  const distribution = options.distribution ?? "triangular";
  const uncertainty = options.uncertainty ?? 0;
  const scheduler = Scheduler.compile(plan);
  scheduler.run();
  const net = scheduler.net;
  // The register's risks, then any the caller adds.
  const risks = [...riskEvents(plan), ...(options.risks ?? [])];
  const sampling = compileSampling(plan, net, distribution, uncertainty, risks);
  const leaves: number[] = [];
  const milestones: number[] = [];
  const deadlines: number[] = [];
  const plannedFinish = new Float64Array(plan.tasks.length);
  const variable = new Uint8Array(plan.tasks.length);
  for (const t of sampling.variable) variable[t] = 1;
  plan.tasks.forEach((task, t) => {
    const entry = net.taskEntry[t] as number;
    const exit = net.taskExit[t] as number;
    plannedFinish[t] = scheduler.state.ef[exit] as number;
    if (net.kind[entry] === LEAF) {
      leaves.push(t);
      if (net.milestone[entry] === 1 && variable[t] === 0) milestones.push(t);
    }
    if (task.deadline !== undefined) deadlines.push(t);
  });
  return {
    plan,
    net,
    iterations,
    seed,
    distribution,
    uncertainty,
    sampling,
    fast: NetworkPass.supports(net, longestDuration(sampling)),
    leaves: Int32Array.from(leaves),
    milestones: Int32Array.from(milestones),
    deadlines: Int32Array.from(deadlines),
    plannedFinish,
    plannedProjectFinish: scheduler.state.projectFinish,
  };
}

/** Splits `iterations` into `parts` consecutive ranges of nearly equal size (for workers). */
export function chunkRanges(iterations: number, parts: number): { start: number; count: number }[] {
  const ranges: { start: number; count: number }[] = [];
  const n = Math.max(1, Math.min(parts, iterations));
  for (let k = 0, start = 0; k < n; k++) {
    const count = Math.floor(iterations / n) + (k < iterations % n ? 1 : 0);
    ranges.push({ start, count });
    start += count;
  }
  return ranges;
}

function evaluatorFor(model: ForecastModel): Evaluator {
  if (model.fast) return new NetworkPass(model.net);
  const scheduler = Scheduler.compile(model.plan);
  scheduler.run();
  return new SchedulerEvaluator(scheduler, model.sampling.variable);
}

/** Runs iterations [start, start + count) of the model. */
export function simulateChunk(model: ForecastModel, start: number, count: number): ForecastChunk {
  if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0) {
    throw new RangeError(`bad chunk: start ${start}, count ${count}`);
  }
  const { net, sampling, leaves, milestones, deadlines } = model;
  const ev = evaluatorFor(model);
  const rng = new Rng();
  const sampler = new Sampler(sampling, ev.slot);
  const hits = new Uint8Array(sampling.risks.length);
  const m = milestones.length;
  const chunk: ForecastChunk = {
    start,
    count,
    finish: new Float64Array(count),
    milestoneFinish: new Float64Array(count * m),
    critical: new Uint32Array(leaves.length),
    deadlineMet: new Uint32Array(deadlines.length),
    riskHits: new Uint32Array(sampling.risks.length),
  };
  // Node → its leaf's slot in `chunk.critical`, or -1.
  const leafSlot = new Int32Array(net.nodeCount).fill(-1);
  leaves.forEach((t, k) => {
    leafSlot[net.taskEntry[t] as number] = k;
  });
  const milestoneNodes = milestones.map((t) => net.taskEntry[t] as number);
  const deadlineNodes = deadlines.map((t) => net.taskExit[t] as number);
  const dueDates = deadlineNodes.map((v) => net.deadline[v] as number);
  const deadlineFinish = new Float64Array(deadlines.length);
  for (let i = 0; i < count; i++) {
    rng.reseed(model.seed, start + i);
    sampler.draw(rng, ev.durations, hits);
    ev.evaluate();
    chunk.finish[i] = ev.projectFinish();
    ev.finishes(milestoneNodes, chunk.milestoneFinish, i * m);
    ev.countCritical(leafSlot, chunk.critical);
    ev.finishes(deadlineNodes, deadlineFinish, 0);
    for (let k = 0; k < deadlineNodes.length; k++) {
      if ((deadlineFinish[k] as number) <= (dueDates[k] as number)) {
        chunk.deadlineMet[k] = (chunk.deadlineMet[k] as number) + 1;
      }
    }
    for (let r = 0; r < hits.length; r++)
      chunk.riskHits[r] = (chunk.riskHits[r] as number) + (hits[r] as number);
  }
  return chunk;
}

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function add(parts: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(parts[0]?.length ?? 0);
  for (const p of parts) for (let k = 0; k < p.length; k++) out[k] = (out[k] as number) + (p[k] as number);
  return out;
}

/** Merges chunks of one model covering consecutive iterations (in any order) into one. */
export function mergeChunks(chunks: readonly ForecastChunk[]): ForecastChunk {
  const sorted = [...chunks].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (first === undefined) throw new RangeError("no chunks to merge");
  let next = first.start;
  for (const c of sorted) {
    if (c.start !== next) throw new RangeError(`chunks leave a gap or overlap at iteration ${next}`);
    next += c.count;
  }
  return {
    start: first.start,
    count: next - first.start,
    finish: concat(sorted.map((c) => c.finish)),
    milestoneFinish: concat(sorted.map((c) => c.milestoneFinish)),
    critical: add(sorted.map((c) => c.critical)),
    deadlineMet: add(sorted.map((c) => c.deadlineMet)),
    riskHits: add(sorted.map((c) => c.riskHits)),
  };
}
