import type { Duration, Plan } from "@keel/model";
import { compileNetwork, durationMinutes } from "../network/compile.js";
import { LEAF, type Network } from "../network/network.js";
import { PlanError } from "../problem.js";
import type { PlanSchedule } from "../result.js";
import { scheduleAlap } from "./alap.js";
import { GeneralKernel, type Kernel } from "./kernel.js";
import { type CpmState, createState } from "./state.js";
import { toPlanSchedule } from "./to-result.js";
import { isUniform, UniformKernel } from "./uniform-kernel.js";

export interface SchedulerOptions {
  /** Use the calendar-converting kernel even where the integer one applies (to cross-check them). */
  readonly generalKernel?: boolean;
}

/**
 * Schedules one plan: compiles it once, runs CPM, and reschedules incrementally after an edit by
 * repropagating only from the edited task.
 */
export class Scheduler {
  readonly plan: Plan;
  readonly net: Network;
  readonly state: CpmState;
  private kernel: Kernel;
  private readonly dirty: Uint8Array;

  private constructor(plan: Plan, net: Network, options: SchedulerOptions) {
    this.plan = plan;
    this.net = net;
    this.state = createState(net);
    this.kernel =
      isUniform(net) && !options.generalKernel
        ? new UniformKernel(net, this.state)
        : new GeneralKernel(net, this.state);
    this.dirty = new Uint8Array(net.nodeCount);
  }

  /** Validates and compiles a plan; throws PlanError listing every problem. */
  static compile(plan: Plan, options: SchedulerOptions = {}): Scheduler {
    return new Scheduler(plan, compileNetwork(plan), options);
  }

  /** Full CPM: forward pass, backward pass and floats, ALAP placement. */
  run(): void {
    const { net, state, kernel } = this;
    kernel.forwardAll();
    kernel.finish();
    kernel.lateAll();
    scheduleAlap(net, state);
  }

  /** Changes one leaf task's duration and reschedules what depends on it (after a full `run`). */
  setDuration(taskId: string, duration: Duration): void {
    const { net, state, dirty } = this;
    const t = net.taskIndex.get(taskId);
    const node = t === undefined ? -1 : (net.taskEntry[t] as number);
    if (t === undefined || net.kind[node] !== LEAF) {
      throw new PlanError([
        {
          code: "unknown-task",
          severity: "error",
          taskId,
          message: `"${taskId}" is not a task with a duration of its own`,
        },
      ]);
    }
    const minutes = durationMinutes(duration, net.minutesPerDay, net.minutesPerWeek);
    (net.dur as Float64Array)[node] = minutes;
    (net.durElapsed as Uint8Array)[node] = duration.elapsed ? 1 : 0;
    (net.milestone as Uint8Array)[node] = minutes === 0 ? 1 : 0;
    const kernel = this.kernel;
    const touched = new Uint8Array(net.nodeCount);
    const changed: number[] = [];
    const touch = (v: number) => {
      if (touched[v] === 0) {
        touched[v] = 1;
        changed.push(v);
      }
    };
    const start = net.pos[node] as number;
    dirty[node] = 1;
    for (let p = start; p < net.nodeCount; p++) {
      const v = net.topo[p] as number;
      if (dirty[v] === 0) continue;
      dirty[v] = 0;
      // The edited task's percent lags follow its duration even where its own dates stay.
      if (!kernel.forward(v) && v !== node) continue;
      touch(v);
      for (let k = net.succStart[v] as number; k < (net.succStart[v + 1] as number); k++) {
        dirty[net.eTo[net.succEdge[k] as number] as number] = 1;
      }
      // Free float of predecessors depends on this node's early dates.
      for (let k = net.predStart[v] as number; k < (net.predStart[v + 1] as number); k++) {
        touch(net.eFrom[k] as number);
      }
    }
    let all = false;
    if (kernel.finish()) {
      // Every late date hangs off the project finish; lateAll redoes every float too.
      kernel.lateAll();
      all = true;
    } else {
      touch(node);
      dirty[node] = 1;
      for (let p = start; p >= 0; p--) {
        const v = net.topo[p] as number;
        if (dirty[v] === 0) continue;
        dirty[v] = 0;
        if (!kernel.backward(v)) continue;
        touch(v);
        for (let k = net.predStart[v] as number; k < (net.predStart[v + 1] as number); k++) {
          dirty[net.eFrom[k] as number] = 1;
        }
      }
    }
    if (!all) kernel.publish(changed);
    scheduleAlap(net, state);
    if (all) return;
    for (let p = net.nodeCount - 1; p >= 0; p--) {
      const v = net.topo[p] as number;
      if (touched[v] === 0) continue;
      if (kernel.float(v)) {
        // A summary's free float flows into its children's.
        for (let k = net.predStart[v] as number; k < (net.predStart[v + 1] as number); k++) {
          touched[net.eFrom[k] as number] = 1;
        }
      }
    }
  }

  /** The schedule as local ISO date-times, per task in plan order. */
  result(): PlanSchedule {
    return toPlanSchedule(this.plan, this.net, this.state);
  }
}

/** Schedules a plan in one go; throws PlanError when it cannot be scheduled. */
export function schedulePlan(plan: Plan): PlanSchedule {
  const s = Scheduler.compile(plan);
  s.run();
  return s.result();
}
