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
  private readonly pending = new Map<number, number>();

  constructor(scheduler: Scheduler) {
    this.scheduler = scheduler;
    this.net = scheduler.net;
  }

  setDurations(tasks: Int32Array, minutes: Float64Array): void {
    for (const task of tasks) this.pending.set(task, minutes[task] as number);
  }

  evaluate(): void {
    const { net, scheduler } = this;
    for (const [task, minutes] of this.pending) {
      const node = net.taskEntry[task] as number;
      if (net.dur[node] === minutes) continue;
      scheduler.setDuration(net.taskIds[task] as string, {
        value: minutes,
        unit: "min",
        elapsed: net.durElapsed[node] === 1,
      });
    }
    this.pending.clear();
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
