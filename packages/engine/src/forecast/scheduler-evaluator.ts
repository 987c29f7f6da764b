import type { Scheduler } from "../cpm/scheduler.js";
import type { Network } from "../network/network.js";
import type { Evaluator } from "./evaluator.js";

/**
 * The general evaluator: the engine's own `Scheduler`, fed each sampled duration through
 * `setDuration`. It handles every plan (several calendars, elapsed durations and lags) but
 * reschedules once per changed task, so it is for the plans `NetworkPass` does not support.
 */
export class SchedulerEvaluator implements Evaluator {
  private readonly scheduler: Scheduler;
  private readonly net: Network;
  /** The tasks whose durations may change: set on the scheduler, in this order, when they do. */
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
    const { net, scheduler, durations } = this;
    for (const task of this.variable) {
      const node = net.taskEntry[task] as number;
      const minutes = durations[task] as number;
      if (net.dur[node] === minutes) continue;
      scheduler.setDuration(net.taskIds[task] as string, {
        value: minutes,
        unit: "min",
        elapsed: net.durElapsed[node] === 1,
      });
    }
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
