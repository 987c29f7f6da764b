import type { Duration, Plan } from "@keel/model";
import { compileNetwork, durationMinutes } from "../network/compile.js";
import { LEAF, type Network } from "../network/network.js";
import { PlanError } from "../problem.js";
import type { PlanSchedule } from "../result.js";
import { scheduleAlap } from "./alap.js";
import { backwardNode } from "./backward.js";
import { floatNode } from "./float.js";
import { forwardNode } from "./forward.js";
import { type CpmState, createState } from "./state.js";
import { toPlanSchedule } from "./to-result.js";

/**
 * Schedules one plan: compiles it once, runs CPM, and reschedules incrementally after an edit by
 * repropagating only from the edited task.
 */
export class Scheduler {
  readonly plan: Plan;
  readonly net: Network;
  readonly state: CpmState;
  private readonly dirty: Uint8Array;

  private constructor(plan: Plan, net: Network) {
    this.plan = plan;
    this.net = net;
    this.state = createState(net);
    this.dirty = new Uint8Array(net.nodeCount);
  }

  /** Validates and compiles a plan; throws PlanError listing every problem. */
  static compile(plan: Plan): Scheduler {
    return new Scheduler(plan, compileNetwork(plan));
  }

  /** Full CPM: forward pass, backward pass, ALAP placement, floats. */
  run(): void {
    const { net, state } = this;
    const topo = net.topo;
    for (let p = 0; p < net.nodeCount; p++) forwardNode(net, state, topo[p] as number);
    state.projectFinish = this.finishOfLeaves();
    for (let p = net.nodeCount - 1; p >= 0; p--) backwardNode(net, state, topo[p] as number);
    scheduleAlap(net, state);
    for (let p = net.nodeCount - 1; p >= 0; p--) floatNode(net, state, topo[p] as number);
  }

  private finishOfLeaves(): number {
    const { net, state } = this;
    let finish = net.projectStart;
    for (let v = 0; v < net.nodeCount; v++) {
      if (net.kind[v] === LEAF && (state.ef[v] as number) > finish) finish = state.ef[v] as number;
    }
    return finish;
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
    const floatDirty = new Uint8Array(net.nodeCount);
    const start = net.pos[node] as number;

    dirty[node] = 1;
    for (let p = start; p < net.nodeCount; p++) {
      const v = net.topo[p] as number;
      if (dirty[v] === 0) continue;
      dirty[v] = 0;
      if (!forwardNode(net, state, v)) continue;
      floatDirty[v] = 1;
      for (let k = net.succStart[v] as number; k < (net.succStart[v + 1] as number); k++) {
        dirty[net.eTo[net.succEdge[k] as number] as number] = 1;
      }
      for (let k = net.predStart[v] as number; k < (net.predStart[v + 1] as number); k++) {
        floatDirty[net.eFrom[net.predEdge[k] as number] as number] = 1;
      }
    }
    const finish = this.finishOfLeaves();
    if (finish !== state.projectFinish) {
      // Every late date hangs off the project finish.
      state.projectFinish = finish;
      for (let p = net.nodeCount - 1; p >= 0; p--) backwardNode(net, state, net.topo[p] as number);
      floatDirty.fill(1);
    } else {
      dirty[node] = 1;
      for (let p = start; p >= 0; p--) {
        const v = net.topo[p] as number;
        if (dirty[v] === 0) continue;
        dirty[v] = 0;
        if (!backwardNode(net, state, v)) continue;
        floatDirty[v] = 1;
        for (let k = net.predStart[v] as number; k < (net.predStart[v + 1] as number); k++) {
          dirty[net.eFrom[net.predEdge[k] as number] as number] = 1;
        }
      }
    }
    scheduleAlap(net, state);
    for (let p = net.nodeCount - 1; p >= 0; p--) {
      const v = net.topo[p] as number;
      if (floatDirty[v] === 0) continue;
      if (floatNode(net, state, v)) {
        // A summary's free float flows into its children's.
        for (let k = net.predStart[v] as number; k < (net.predStart[v + 1] as number); k++) {
          floatDirty[net.eFrom[net.predEdge[k] as number] as number] = 1;
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
