import {
  ASAP,
  CLOSE,
  FF,
  FNLT,
  FS,
  MFO,
  MSO,
  type Network,
  OPEN,
  ROLLUP,
  SF,
  SNLT,
  SS,
  STARTED,
} from "../network/network.js";
import { shiftBackward } from "./lag.js";
import { type CpmState, wall } from "./state.js";
import { latestFinish, startFrom } from "./task-time.js";

const INF = Number.POSITIVE_INFINITY;

/**
 * Computes late start/finish of node `i` from its successors; returns true when they changed.
 * `lsb`: the late-start bound a summary's CLOSE node passes to its children (from SS/SF links out of
 * the summary), per node.
 */
export function backwardNode(net: Network, st: CpmState, lsb: Float64Array, i: number): boolean {
  const { ls, lf } = st;
  const from = net.succStart[i] as number;
  const to = net.succStart[i + 1] as number;
  const oldLs = ls[i] as number;
  const oldLf = lf[i] as number;
  if (net.kind[i] === OPEN) {
    // A summary's late start is its earliest-starting child's.
    let s = INF;
    for (let k = from; k < to; k++) {
      const j = net.eTo[net.succEdge[k] as number] as number;
      if ((ls[j] as number) < s) s = ls[j] as number;
    }
    ls[i] = s;
    lf[i] = s;
    return s !== oldLs;
  }
  let f = st.projectFinish;
  let s = INF;
  for (let k = from; k < to; k++) {
    const e = net.succEdge[k] as number;
    const j = net.eTo[e] as number;
    const type = net.eType[e];
    let c: number;
    if (type === FS || type === FF) {
      c = shiftBackward(net, e, (type === FS ? ls[j] : lf[j]) as number);
      if (c < f) f = c;
    } else if (type === SS || type === SF) {
      c = shiftBackward(net, e, (type === SS ? ls[j] : lf[j]) as number);
      if (c < s) s = c;
    } else if (type === ROLLUP) {
      if ((lf[j] as number) < f) f = lf[j] as number;
      if ((lsb[j] as number) < s) s = lsb[j] as number;
    }
  }
  // A started task's pin places what already happened; how late its remaining work may finish is
  // up to its successors, so the pin does not cap its late dates (its float stays meaningful).
  const ct = net.progress[i] === STARTED ? ASAP : net.cType[i];
  const date = net.cDate[i] as number;
  if ((ct === FNLT || ct === MFO) && date < f) f = date;
  else if ((ct === SNLT || ct === MSO) && date < s) s = date;
  const due = net.deadline[i] as number;
  if (due < f) f = due;
  const cal = net.calendars[net.cal[i] as number];
  if (cal === undefined) throw new Error("node without calendar");
  if (net.kind[i] === CLOSE) {
    const oldLsb = lsb[i] as number;
    lf[i] = wall(cal, f);
    lsb[i] = s;
    return f !== oldLf || s !== oldLsb;
  }
  const dur = net.dur[i] as number;
  const elapsed = net.durElapsed[i] === 1;
  const finish = latestFinish(cal, s, f, dur, elapsed, net.milestone[i] === 1);
  const start = net.milestone[i] === 1 ? finish : startFrom(cal, finish, dur, elapsed);
  ls[i] = wall(cal, start);
  lf[i] = wall(cal, finish);
  return start !== oldLs || finish !== oldLf;
}
