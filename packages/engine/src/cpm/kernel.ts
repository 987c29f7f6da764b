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
  /** Recomputes the project finish from the leaves; returns true when it moved. */
  finish(): boolean;
  /** Writes wall-clock dates of the given nodes (all when omitted) to the state. */
  publish(nodes?: readonly number[]): void;
}

/** The general kernel: works in wall-clock minutes and converts through each task's calendar. */
export function generalKernel(net: Network, st: CpmState): Kernel {
  return {
    forward: (j) => forwardNode(net, st, j),
    backward: (i) => backwardNode(net, st, i),
    float: (i) => floatNode(net, st, i),
    finish() {
      let finish = net.projectStart;
      for (let v = 0; v < net.nodeCount; v++) {
        if (net.kind[v] === LEAF && (st.ef[v] as number) > finish) finish = st.ef[v] as number;
      }
      const moved = finish !== st.projectFinish;
      st.projectFinish = finish;
      return moved;
    },
    publish() {},
  };
}
