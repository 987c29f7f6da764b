import type { Scheduler } from "../cpm/scheduler.js";
import type { Network } from "../network/network.js";
import type { Evaluator } from "./evaluator.js";

/**
 * The general evaluator: the engine's own `Scheduler`, on a network whose durations each iteration
 * overwrites. It handles every plan (several calendars, elapsed durations and lags), so it is for
 * the plans `NetworkPass` does not support. An iteration changes most durations at once, so it
 * writes them all and runs one full CPM pass: one `setDuration` per task would repropagate from
 * each task in turn, quadratic in the plan's size.
 */
export class SchedulerEvaluator implements Evaluator {
  private readonly scheduler: Scheduler;
  private readonly net: Network;
  /** The tasks whose durations may change, in task order. */
  private readonly variable: Int32Array;
  readonly durations: Float64Array;
  readonly slot: Int32Array;

  constructor(scheduler: Scheduler, variable: Int32Array) {
    this.scheduler = scheduler;
    this.net = scheduler.net;
    this.variable = variable;
    const tasks = scheduler.net.taskIds.length;
    this.durations = new Float64Array(tasks);
    this.slot = Int32Array.from({ length: tasks }, (_, t) => t);
  }

  evaluate(): void {
    const { net, durations } = this;
    // The network's own arrays, as `setDuration` writes them: minutes in the task's own unit
    // (working or elapsed, unchanged), and a zero duration makes a milestone.
    const dur = net.dur as Float64Array;
    const milestone = net.milestone as Uint8Array;
    for (const task of this.variable) {
      const node = net.taskEntry[task] as number;
      const minutes = Math.round(durations[task] as number);
      dur[node] = minutes;
      milestone[node] = minutes === 0 ? 1 : 0;
    }
    this.scheduler.run();
  }

  projectFinish(): number {
    return this.scheduler.state.projectFinish;
  }

  finishes(nodes: Int32Array, out: Float64Array, at: number): void {
    const { ef } = this.scheduler.state;
    for (let k = 0; k < nodes.length; k++) out[at + k] = ef[nodes[k] as number] as number;
  }

  countCritical(slot: Int32Array, counts: Uint32Array): void {
    const { tf } = this.scheduler.state;
    for (let v = 0; v < slot.length; v++) {
      const k = slot[v] as number;
      if (k >= 0 && (tf[v] as number) <= 0) counts[k] = (counts[k] as number) + 1;
    }
  }
}
