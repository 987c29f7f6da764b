import type { WorkCalendar } from "../calendar/work-calendar.js";
import { CLOSE, FF, FS, LEAF, type Network, OPEN, PARENT, SF, SS } from "../network/network.js";
import { shiftForward } from "./lag.js";
import type { CpmState } from "./state.js";

const MAX_PATHS = 20;
const MAX_STEPS = 200_000;

/** A summary's CLOSE node `v` as a link's origin: `2v + 1` when the link leaves its finish, `2v` its start. */
const closeKey = (v: number, fromFinish: boolean) => 2 * v + (fromFinish ? 1 : 0);

/** Links into `node` (a leaf, or the OPEN of a summary around it) that leave no slack to `start`/`finish`. */
function visitPreds(
  net: Network,
  st: CpmState,
  cal: WorkCalendar,
  node: number,
  start: number,
  finish: number,
  leaves: number[],
  closes: number[],
): void {
  const { es, ef } = st;
  for (let e = net.predStart[node] as number; e < (net.predStart[node + 1] as number); e++) {
    const i = net.eFrom[e] as number;
    const type = net.eType[e];
    if (type === PARENT) {
      if (cal.toWork(es[i] as number) >= cal.toWork(start)) {
        visitPreds(net, st, cal, i, start, finish, leaves, closes);
      }
      continue;
    }
    if (type !== FS && type !== SS && type !== FF && type !== SF) continue;
    const fromFinish = type === FS || type === FF;
    const c = shiftForward(net, e, (fromFinish ? ef[i] : es[i]) as number);
    const target = type === FS || type === SS ? start : finish;
    if (cal.toWork(c) < cal.toWork(target)) continue;
    if (net.kind[i] === LEAF) leaves.push(i);
    else closes.push(closeKey(i, fromFinish));
  }
}

/**
 * What drives leaf `j`'s early dates: linked predecessors whose link leaves no slack, seen through
 * summary tasks (a link into a summary drives its first tasks). Driving leaves go to `leaves`; a
 * summary a driving link leaves goes to `closes` as a close key, for `closeLeaves` to expand.
 */
function drivingSources(net: Network, st: CpmState, j: number, leaves: number[], closes: number[]): void {
  const cal = net.calendars[net.cal[j] as number];
  if (cal === undefined || net.kind[j] === OPEN || net.kind[j] === CLOSE) return;
  visitPreds(net, st, cal, j, st.es[j] as number, st.ef[j] as number, leaves, closes);
}

/**
 * The leaves that drive a link out of a summary (`key` from `closeKey`): the children that set its
 * finish (or start), through nested summaries. Memoised in `memo`: many tasks may follow one summary.
 */
function closeLeaves(
  net: Network,
  st: CpmState,
  key: number,
  memo: Map<number, number[]>,
): readonly number[] {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const i = key >> 1;
  const fromFinish = (key & 1) === 1;
  const { es, ef } = st;
  const leaves: number[] = [];
  for (let k = net.predStart[i] as number; k < (net.predStart[i + 1] as number); k++) {
    const c = net.eFrom[k] as number;
    if (fromFinish ? ef[c] !== ef[i] : es[c] !== es[i]) continue;
    if (net.kind[c] === LEAF) leaves.push(c);
    else for (const u of closeLeaves(net, st, closeKey(c, fromFinish), memo)) leaves.push(u);
  }
  memo.set(key, leaves);
  return leaves;
}

/** Chains of critical leaf tasks linked by driving links, first task to last; longest first, at most 20. */
export function criticalPaths(net: Network, st: CpmState, critical: (node: number) => boolean): number[][] {
  const memo = new Map<number, number[]>();
  const leaves: number[] = [];
  const closes: number[] = [];
  // Which critical leaves drive another: each summary's children are looked at once, not per follower.
  const isPred = new Uint8Array(net.nodeCount);
  const expanded = new Set<number>();
  const criticalLeaves: number[] = [];
  for (let v = 0; v < net.nodeCount; v++) {
    if (net.kind[v] !== LEAF || !critical(v)) continue;
    criticalLeaves.push(v);
    leaves.length = 0;
    closes.length = 0;
    drivingSources(net, st, v, leaves, closes);
    for (const u of leaves) if (critical(u)) isPred[u] = 1;
    for (const key of closes) {
      if (expanded.has(key)) continue;
      expanded.add(key);
      for (const u of closeLeaves(net, st, key, memo)) if (critical(u)) isPred[u] = 1;
    }
  }
  // A task's critical drivers in topological order, built when the walk below first reaches it.
  const preds = new Map<number, number[]>();
  const seen = new Int32Array(net.nodeCount);
  const predsOf = (v: number): number[] => {
    const known = preds.get(v);
    if (known !== undefined) return known;
    leaves.length = 0;
    closes.length = 0;
    drivingSources(net, st, v, leaves, closes);
    for (const key of closes) for (const u of closeLeaves(net, st, key, memo)) leaves.push(u);
    const list: number[] = [];
    for (const u of leaves) {
      if (seen[u] !== v + 1 && critical(u)) {
        seen[u] = v + 1;
        list.push(u);
      }
    }
    list.sort((a, b) => (net.pos[a] as number) - (net.pos[b] as number));
    preds.set(v, list);
    return list;
  };
  const ends = criticalLeaves
    .filter((v) => isPred[v] === 0)
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
      const before = predsOf(v);
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
  const mark = (u: number) => {
    if (on[u] === 0) {
      on[u] = 1;
      stack.push(u);
    }
  };
  for (let v = 0; v < net.nodeCount; v++) {
    if (net.kind[v] === LEAF && st.ef[v] === st.projectFinish) mark(v);
  }
  const memo = new Map<number, number[]>();
  const expanded = new Set<number>();
  const leaves: number[] = [];
  const closes: number[] = [];
  while (stack.length > 0) {
    const v = stack.pop() as number;
    leaves.length = 0;
    closes.length = 0;
    drivingSources(net, st, v, leaves, closes);
    for (const u of leaves) mark(u);
    for (const key of closes) {
      if (expanded.has(key)) continue;
      expanded.add(key);
      for (const u of closeLeaves(net, st, key, memo)) mark(u);
    }
  }
  return on;
}
