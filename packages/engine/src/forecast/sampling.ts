import { type Duration, formatDuration, type Plan } from "@keel/model";
import { durationMinutes } from "../network/compile.js";
import { LEAF, type Network, NOT_STARTED } from "../network/network.js";
import { PlanError, type Problem } from "../problem.js";
import {
  BETA_TABLE_LENGTH,
  betaQuantile,
  type Distribution,
  type DistributionKind,
  PertBeta,
  Triangular,
  triangularQuantile,
} from "./distributions.js";
import type { Rng } from "./rng.js";
import type { RiskEvent } from "./types.js";

export interface CompiledRisk {
  readonly id: string;
  readonly probability: number;
  /** Minutes added to each task, in the unit each task counts (working or elapsed). */
  readonly impact: Float64Array;
  readonly tasks: Int32Array;
}

/**
 * What varies between iterations: the tasks whose durations are drawn (each with its distribution)
 * and the risk events. An iteration draws one uniform number per uncertain task, in plan order, then
 * one per risk, in input order — the sensitivity pass replays exactly this stream.
 */
export interface Sampling {
  /** Task indices of the uncertain tasks, and their distributions (same order). */
  readonly uncertain: Int32Array;
  readonly distributions: readonly Distribution[];
  readonly risks: readonly CompiledRisk[];
  /** Tasks whose duration may differ from the plan in some iteration (uncertain or hit by a risk). */
  readonly variable: Int32Array;
  /** The scheduled duration of each task in minutes (summary tasks: 0). */
  readonly base: Float64Array;
}

const estimateProblem = (taskId: string, message: string): Problem => ({
  code: "bad-estimate",
  severity: "error",
  taskId,
  message,
});

/** Validates estimates, the uncertainty and the risks; throws PlanError naming every bad task or risk. */
export function compileSampling(
  plan: Plan,
  net: Network,
  kind: DistributionKind,
  uncertainty: number,
  risks: readonly RiskEvent[],
): Sampling {
  const problems: Problem[] = [];
  if (!(uncertainty >= 0 && uncertainty < 1)) {
    problems.push({
      code: "out-of-range",
      severity: "error",
      message: `the uncertainty must be at least 0 and below 1 (0.2 means ±20 %), not ${uncertainty}`,
    });
  }
  const minutes = (d: Duration) => durationMinutes(d, net.minutesPerDay, net.minutesPerWeek);
  const tables = new Map<string, Float64Array>();
  const make = (a: number, m: number, b: number) =>
    kind === "pert" ? new PertBeta(a, m, b, tables) : new Triangular(a, m, b);
  const uncertain: number[] = [];
  const distributions: Distribution[] = [];
  const base = new Float64Array(plan.tasks.length);
  plan.tasks.forEach((task, t) => {
    const node = net.taskEntry[t] as number;
    if (net.kind[node] !== LEAF) return;
    const d = net.dur[node] as number;
    base[t] = d;
    // Started and complete work is pinned by its actual dates: drawing a duration would change nothing.
    if (net.progress[node] !== NOT_STARTED) return;
    const e = task.estimate;
    if (e !== undefined && !task.milestone) {
      const points = [e.optimistic, e.mostLikely, e.pessimistic];
      if (points.some((p) => p.elapsed !== task.duration.elapsed)) {
        problems.push(
          estimateProblem(task.id, `task "${task.id}" has an estimate that mixes working and elapsed time`),
        );
        return;
      }
      const [a, m, b] = points.map(minutes) as [number, number, number];
      // Only for a message: formatting every estimate costs more than the rest of the compile.
      const text = () => points.map(formatDuration).join("/");
      if (b < a) {
        problems.push(
          estimateProblem(
            task.id,
            `task "${task.id}" has estimate ${text()}: the pessimistic ${formatDuration(e.pessimistic)} is below the optimistic ${formatDuration(e.optimistic)}`,
          ),
        );
      } else if (m < a || m > b) {
        problems.push(
          estimateProblem(
            task.id,
            `task "${task.id}" has estimate ${text()}: the most likely ${formatDuration(e.mostLikely)} is outside optimistic…pessimistic`,
          ),
        );
      } else if (b > a) {
        uncertain.push(t);
        distributions.push(make(a, m, b));
      }
      return;
    }
    if (uncertainty > 0 && d > 0 && uncertainty < 1) {
      uncertain.push(t);
      distributions.push(new Triangular(d * (1 - uncertainty), d, d * (1 + uncertainty)));
    }
  });

  const compiledRisks: CompiledRisk[] = [];
  const seen = new Set<string>();
  for (const risk of risks) {
    if (seen.has(risk.id)) {
      problems.push({
        code: "duplicate-id",
        severity: "error",
        message: `risk id "${risk.id}" is used twice`,
      });
    }
    seen.add(risk.id);
    if (!(risk.probability >= 0 && risk.probability <= 1)) {
      problems.push({
        code: "out-of-range",
        severity: "error",
        message: `risk "${risk.id}" has probability ${risk.probability}; expected a number from 0 to 1`,
      });
    }
    const tasks: number[] = [];
    const impact: number[] = [];
    for (const id of risk.tasks) {
      const t = net.taskIndex.get(id);
      if (t === undefined) {
        problems.push({
          code: "unknown-task",
          severity: "error",
          taskId: id,
          message: `risk "${risk.id}" has an impact on unknown task "${id}"`,
        });
        continue;
      }
      const node = net.taskEntry[t] as number;
      if (net.kind[node] !== LEAF) {
        problems.push({
          code: "unknown-task",
          severity: "error",
          taskId: id,
          message: `risk "${risk.id}" has an impact on summary task "${id}"; name the tasks inside it`,
        });
        continue;
      }
      // An elapsed task counts the impact in elapsed minutes; a working one in working minutes.
      const elapsed = net.durElapsed[node] === 1;
      tasks.push(t);
      impact.push(minutes({ ...risk.impact, elapsed: risk.impact.elapsed || elapsed }));
    }
    compiledRisks.push({
      id: risk.id,
      probability: risk.probability,
      impact: Float64Array.from(impact),
      tasks: Int32Array.from(tasks),
    });
  }
  if (problems.length > 0) throw new PlanError(problems);

  const variable = new Set<number>(uncertain);
  for (const r of compiledRisks) for (const t of r.tasks) variable.add(t);
  return {
    uncertain: Int32Array.from(uncertain),
    distributions,
    risks: compiledRisks,
    variable: Int32Array.from([...variable].sort((a, b) => a - b)),
    base,
  };
}

/**
 * `Math.round(v)` for 0 ≤ v < 2^52, about twice as fast in V8: from 0.5 up, v + 0.5 is exact or
 * stays below the next whole number; below 0.5 only the double just under it would round up.
 */
export const roundDuration = (v: number) => (v < 0.5 ? 0 : Math.floor(v + 0.5));

/**
 * Draws iterations' durations. An iteration's uniform numbers come from its stream in one go; then
 * one loop per kind of distribution, over flat parameter arrays, turns them into whole minutes: the
 * same numbers as one `quantile` call per task and `Math.round`, in a fraction of the time.
 */
export class Sampler {
  /** The iteration's uniform numbers: one per uncertain task, then one per risk. */
  private readonly u: Float64Array;
  /** Triangular tasks: index in `u`, where the duration goes, and `Triangular`'s terms. */
  private readonly triSlot: Int32Array;
  private readonly triTask: Int32Array;
  private readonly triMin: Float64Array;
  private readonly triMax: Float64Array;
  private readonly triSplit: Float64Array;
  private readonly triLeft: Float64Array;
  private readonly triRight: Float64Array;
  /** PERT tasks: index in `u`, where the duration goes, minimum, width and their shape's table in `betaTables`. */
  private readonly betaSlot: Int32Array;
  private readonly betaTask: Int32Array;
  private readonly betaMin: Float64Array;
  private readonly betaWidth: Float64Array;
  private readonly betaAt: Int32Array;
  private readonly betaTables: Float64Array;
  private readonly probability: Float64Array;
  /** Where the durations of the tasks only risks change go, and their planned durations. */
  private readonly fixed: Int32Array;
  private readonly fixedMinutes: Float64Array;
  /** Per risk: where its tasks' durations go, and its impact on each. */
  private readonly riskTo: readonly Int32Array[];
  private readonly riskImpact: readonly Float64Array[];

  /** `slot[t]`: where task t's duration goes in `draw`'s output. */
  constructor(sampling: Sampling, slot: Int32Array) {
    const { uncertain, distributions, risks } = sampling;
    this.u = new Float64Array(uncertain.length + risks.length);
    const tri: number[] = [];
    const beta: number[] = [];
    const tables: Float64Array[] = [];
    const betaAt: number[] = [];
    distributions.forEach((d, k) => {
      if (d instanceof Triangular) tri.push(k);
      else if (d instanceof PertBeta) {
        beta.push(k);
        let at = tables.indexOf(d.table);
        if (at === -1) at = tables.push(d.table) - 1;
        betaAt.push(at * BETA_TABLE_LENGTH);
      } else throw new TypeError("unknown distribution");
    });
    const triangles = tri.map((k) => distributions[k] as Triangular);
    this.triSlot = Int32Array.from(tri);
    this.triTask = Int32Array.from(tri, (k) => slot[uncertain[k] as number] as number);
    this.triMin = Float64Array.from(triangles, (d) => d.min);
    this.triMax = Float64Array.from(triangles, (d) => d.max);
    this.triSplit = Float64Array.from(triangles, (d) => d.split);
    this.triLeft = Float64Array.from(triangles, (d) => d.left);
    this.triRight = Float64Array.from(triangles, (d) => d.right);
    const betas = beta.map((k) => distributions[k] as PertBeta);
    this.betaSlot = Int32Array.from(beta);
    this.betaTask = Int32Array.from(beta, (k) => slot[uncertain[k] as number] as number);
    this.betaMin = Float64Array.from(betas, (d) => d.min);
    this.betaWidth = Float64Array.from(betas, (d) => d.max - d.min);
    this.betaAt = Int32Array.from(betaAt);
    this.betaTables = new Float64Array(tables.length * BETA_TABLE_LENGTH);
    tables.forEach((t, i) => {
      this.betaTables.set(t, i * BETA_TABLE_LENGTH);
    });
    this.probability = Float64Array.from(risks, (r) => r.probability);
    const drawn = new Set(uncertain);
    const fixed = sampling.variable.filter((t) => !drawn.has(t));
    this.fixed = fixed.map((t) => slot[t] as number);
    this.fixedMinutes = Float64Array.from(fixed, (t) => sampling.base[t] as number);
    this.riskTo = risks.map((r) => r.tasks.map((t) => slot[t] as number));
    this.riskImpact = risks.map((r) => r.impact);
  }

  /**
   * Draws one iteration's durations into `out` (task t's at `slot[t]`; only variable tasks are
   * written) from `rng`, already positioned on the iteration's stream; `hits[r]` becomes 1 when
   * risk r occurs.
   */
  draw(rng: Rng, out: Float64Array, hits: Uint8Array): void {
    const { u, fixed, fixedMinutes, triSlot, triTask, triMin, triMax, triSplit, triLeft, triRight } = this;
    rng.fill(u);
    for (let k = 0; k < fixed.length; k++) out[fixed[k] as number] = fixedMinutes[k] as number;
    for (let k = 0; k < triSlot.length; k++) {
      out[triTask[k] as number] = roundDuration(
        triangularQuantile(
          u[triSlot[k] as number] as number,
          triMin[k] as number,
          triMax[k] as number,
          triSplit[k] as number,
          triLeft[k] as number,
          triRight[k] as number,
        ),
      );
    }
    const { betaSlot, betaTask, betaMin, betaWidth, betaAt, betaTables, riskTo, riskImpact } = this;
    for (let k = 0; k < betaSlot.length; k++) {
      out[betaTask[k] as number] = roundDuration(
        betaQuantile(
          u[betaSlot[k] as number] as number,
          betaTables,
          betaAt[k] as number,
          betaMin[k] as number,
          betaWidth[k] as number,
        ),
      );
    }
    const first = u.length - riskTo.length;
    for (let r = 0; r < riskTo.length; r++) {
      const hit = (u[first + r] as number) < (this.probability[r] as number);
      hits[r] = hit ? 1 : 0;
      if (!hit) continue;
      const to = riskTo[r] as Int32Array;
      const impact = riskImpact[r] as Float64Array;
      for (let k = 0; k < to.length; k++) {
        const at = to[k] as number;
        // An opportunity's negative impact can shorten a task to nothing, not below.
        out[at] = Math.max(0, (out[at] as number) + (impact[k] as number));
      }
    }
  }
}

/** The longest duration any iteration can draw, in minutes: the longest estimate plus every delaying risk. */
export function longestDuration(s: Sampling): number {
  let longest = 0;
  for (const d of s.base) longest = Math.max(longest, d);
  for (const d of s.distributions) longest = Math.max(longest, d.max);
  for (const r of s.risks) longest += r.impact.reduce((m, x) => Math.max(m, x), 0);
  return longest;
}
