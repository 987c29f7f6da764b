import { LEAF, type Network } from "../network/network.js";
import { backwardNode } from "./backward.js";
import { floatNode } from "./float.js";
import { forwardNode } from "./forward.js";
import type { CpmState } from "./state.js";

/** One CPM implementation: node-by-node passes over a network, writing wall-clock results to the state. */
export interface Kernel {
  forward(j: number): boolean;
  backward(i: number): boolean;
  float(i: number): boolean;
  /** The forward pass over every node, in topological order. */
  forwardAll(): void;
  /** Late dates, then floats, of every node; after it the state holds every node's results but ALAP's. */
  lateAll(): void;
  /** Recomputes the project finish from the leaves; returns true when it moved. */
  finish(): boolean;
  /** Writes wall-clock dates of the given nodes to the state. */
  publish(nodes: readonly number[]): void;
}

/** The general kernel: works in wall-clock minutes and converts through each task's calendar. */
export class GeneralKernel implements Kernel {
  private readonly net: Network;
  private readonly st: CpmState;
  private readonly lsb: Float64Array;

  constructor(net: Network, st: CpmState) {
    this.net = net;
    this.st = st;
    this.lsb = new Float64Array(net.nodeCount);
  }

  forward(j: number): boolean {
    return forwardNode(this.net, this.st, j);
  }

  backward(i: number): boolean {
    return backwardNode(this.net, this.st, this.lsb, i);
  }

  float(i: number): boolean {
    return floatNode(this.net, this.st, i);
  }

  forwardAll(): void {
    const { net, st } = this;
    const topo = net.topo;
    for (let p = 0; p < net.nodeCount; p++) forwardNode(net, st, topo[p] as number);
  }

  lateAll(): void {
    const { net, st, lsb } = this;
    const topo = net.topo;
    for (let p = net.nodeCount - 1; p >= 0; p--) backwardNode(net, st, lsb, topo[p] as number);
    for (let p = net.nodeCount - 1; p >= 0; p--) floatNode(net, st, topo[p] as number);
  }

  finish(): boolean {
    const { net, st } = this;
    // The latest leaf finish, not floored at the project start (see the integer kernel's latestFinish).
    let finish = Number.NEGATIVE_INFINITY;
    for (let v = 0; v < net.nodeCount; v++) {
      if (net.kind[v] === LEAF && (st.ef[v] as number) > finish) finish = st.ef[v] as number;
    }
    if (finish === Number.NEGATIVE_INFINITY) finish = net.projectStart;
    const moved = finish !== st.projectFinish;
    st.projectFinish = finish;
    return moved;
  }

  publish(): void {}
}
