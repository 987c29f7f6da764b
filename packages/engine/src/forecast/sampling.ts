import { type Duration, formatDuration, type Plan } from "@keel/model";
import { durationMinutes } from "../network/compile.js";
import { LEAF, type Network, NOT_STARTED } from "../network/network.js";
import { PlanError, type Problem } from "../problem.js";
import { type Distribution, type DistributionKind, PertBeta, Triangular } from "./distributions.js";
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
      const text = points.map(formatDuration).join("/");
      if (b < a) {
        problems.push(
          estimateProblem(
            task.id,
            `task "${task.id}" has estimate ${text}: the pessimistic ${formatDuration(e.pessimistic)} is below the optimistic ${formatDuration(e.optimistic)}`,
          ),
        );
      } else if (m < a || m > b) {
        problems.push(
          estimateProblem(
            task.id,
            `task "${task.id}" has estimate ${text}: the most likely ${formatDuration(e.mostLikely)} is outside optimistic…pessimistic`,
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
 * Draws one iteration's durations into `out` (indexed by task; only `variable` tasks are written)
 * from `rng`, already positioned on the iteration's stream; `hits[r]` becomes 1 when risk r occurs.
 */
export function drawDurations(s: Sampling, rng: Rng, out: Float64Array, hits: Uint8Array): void {
  const { uncertain, distributions, risks, variable, base } = s;
  for (let k = 0; k < variable.length; k++) {
    const t = variable[k] as number;
    out[t] = base[t] as number;
  }
  for (let k = 0; k < uncertain.length; k++) {
    out[uncertain[k] as number] = Math.round((distributions[k] as Distribution).quantile(rng.next()));
  }
  for (let r = 0; r < risks.length; r++) {
    const risk = risks[r] as CompiledRisk;
    const hit = rng.next() < risk.probability;
    hits[r] = hit ? 1 : 0;
    if (!hit) continue;
    for (let k = 0; k < risk.tasks.length; k++) {
      const t = risk.tasks[k] as number;
      // An opportunity's negative impact can shorten a task to nothing, not below.
      out[t] = Math.max(0, (out[t] as number) + (risk.impact[k] as number));
    }
  }
}
