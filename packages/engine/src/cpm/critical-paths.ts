import { CLOSE, FF, FS, LEAF, type Network, OPEN, PARENT, SF, SS } from "../network/network.js";
import { shiftForward } from "./lag.js";
import type { CpmState } from "./state.js";

const MAX_PATHS = 20;
const MAX_STEPS = 200_000;

/**
 * Leaves that drive leaf `j`'s early dates: linked predecessors whose link leaves no slack, seen
 * through summary tasks (a link into a summary drives its first tasks; a link out of one is driven
 * by the children that finish it).
 */
export function drivingLeaves(net: Network, st: CpmState, j: number, out: number[]): void {
  const cal = net.calendars[net.cal[j] as number];
  if (cal === undefined) return;
  const { es, ef } = st;
  const visitPreds = (node: number, start: number, finish: number) => {
    for (let k = net.predStart[node] as number; k < (net.predStart[node + 1] as number); k++) {
      const e = net.predEdge[k] as number;
      const i = net.eFrom[e] as number;
      const type = net.eType[e];
      if (type === PARENT) {
        if (cal.toWork(es[i] as number) >= cal.toWork(start)) visitPreds(i, start, finish);
        continue;
      }
      if (type !== FS && type !== SS && type !== FF && type !== SF) continue;
      const fromFinish = type === FS || type === FF;
      const c = shiftForward(net, e, (fromFinish ? ef[i] : es[i]) as number);
      const target = type === FS || type === SS ? start : finish;
      if (cal.toWork(c) < cal.toWork(target)) continue;
      visitExit(i, fromFinish);
    }
  };
  const visitExit = (i: number, fromFinish: boolean) => {
    if (net.kind[i] === LEAF) {
      out.push(i);
      return;
    }
    // A summary's CLOSE: descend into the children that set its start or finish.
    for (let k = net.predStart[i] as number; k < (net.predStart[i + 1] as number); k++) {
      const c = net.eFrom[net.predEdge[k] as number] as number;
      if (fromFinish ? ef[c] === ef[i] : es[c] === es[i]) visitExit(c, fromFinish);
    }
  };
  if (net.kind[j] === OPEN || net.kind[j] === CLOSE) return;
  visitPreds(j, es[j] as number, ef[j] as number);
}

/** Chains of critical leaf tasks linked by driving links, first task to last; longest first, at most 20. */
export function criticalPaths(net: Network, st: CpmState, critical: (node: number) => boolean): number[][] {
  const preds = new Map<number, number[]>();
  const isPred = new Set<number>();
  for (let v = 0; v < net.nodeCount; v++) {
    if (net.kind[v] !== LEAF || !critical(v)) continue;
    const found: number[] = [];
    drivingLeaves(net, st, v, found);
    const list = [...new Set(found)]
      .filter(critical)
      .sort((a, b) => (net.pos[a] as number) - (net.pos[b] as number));
    preds.set(v, list);
    for (const u of list) isPred.add(u);
  }
  const ends = [...preds.keys()]
    .filter((v) => !isPred.has(v))
    .sort(
      (a, b) =>
        (st.ef[b] as number) - (st.ef[a] as number) || (net.pos[a] as number) - (net.pos[b] as number),
    );
  const paths: number[][] = [];
  let steps = 0;
  // Depth-first from each end back to a start, on an explicit stack: chains can be 100k tasks long.
  const path: number[] = [];
  const next: number[] = [];
  for (const end of ends) {
    path.push(end);
    next.push(0);
    while (path.length > 0 && paths.length < MAX_PATHS && ++steps <= MAX_STEPS) {
      const v = path[path.length - 1] as number;
      const before = preds.get(v) ?? [];
      const k = next[next.length - 1] as number;
      if (before.length === 0) paths.push([...path].reverse());
      if (k >= before.length) {
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = k + 1;
      path.push(before[k] as number);
      next.push(0);
    }
    path.length = 0;
    next.length = 0;
  }
  return paths.sort((a, b) => b.length - a.length);
}

/** Leaves on the longest path: those that drive, link by link, the tasks finishing the project. */
export function longestPath(net: Network, st: CpmState): Uint8Array {
  const on = new Uint8Array(net.nodeCount);
  const stack: number[] = [];
  for (let v = 0; v < net.nodeCount; v++) {
    if (net.kind[v] === LEAF && st.ef[v] === st.projectFinish) {
      on[v] = 1;
      stack.push(v);
    }
  }
  const found: number[] = [];
  while (stack.length > 0) {
    const v = stack.pop() as number;
    found.length = 0;
    drivingLeaves(net, st, v, found);
    for (const u of found) {
      if (on[u] === 0) {
        on[u] = 1;
        stack.push(u);
      }
    }
  }
  return on;
}
