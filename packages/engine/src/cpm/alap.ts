import { ALAP, CLOSE, FF, FS, LEAF, type Network, SF, SS } from "../network/network.js";
import { shiftBackward } from "./lag.js";
import { type CpmState, wall } from "./state.js";
import { latestFinish, startFrom } from "./task-time.js";

/**
 * Sets scheduled dates: early dates, except that ALAP tasks move as late as they can without
 * delaying any successor's scheduled date or the project (a pass in reverse topological order).
 */
export function scheduleAlap(net: Network, st: CpmState): void {
  const { es, ef, ls, lf, ss, sf } = st;
  ss.set(es);
  sf.set(ef);
  if (!net.hasAlap) return;
  for (let p = net.nodeCount - 1; p >= 0; p--) {
    const i = net.topo[p] as number;
    if (net.kind[i] !== LEAF || net.cType[i] !== ALAP) continue;
    let f = lf[i] as number;
    let s = ls[i] as number;
    for (let k = net.succStart[i] as number; k < (net.succStart[i + 1] as number); k++) {
      const e = net.succEdge[k] as number;
      const j = net.eTo[e] as number;
      const type = net.eType[e];
      if (type === FS) f = Math.min(f, shiftBackward(net, e, ss[j] as number));
      else if (type === FF) f = Math.min(f, shiftBackward(net, e, sf[j] as number));
      else if (type === SS) s = Math.min(s, shiftBackward(net, e, ss[j] as number));
      else if (type === SF) s = Math.min(s, shiftBackward(net, e, sf[j] as number));
    }
    const cal = net.calendars[net.cal[i] as number];
    if (cal === undefined) throw new Error("node without calendar");
    const dur = net.dur[i] as number;
    const elapsed = net.durElapsed[i] === 1;
    const finish = latestFinish(cal, s, f, dur, elapsed, net.milestone[i] === 1);
    const start = net.milestone[i] === 1 ? finish : startFrom(cal, finish, dur, elapsed);
    if (start > (es[i] as number)) {
      ss[i] = wall(cal, start);
      sf[i] = wall(cal, finish);
    }
  }
  for (let p = 0; p < net.nodeCount; p++) {
    const j = net.topo[p] as number;
    if (net.kind[j] !== CLOSE) continue;
    let s = Number.POSITIVE_INFINITY;
    let f = Number.NEGATIVE_INFINITY;
    for (let k = net.predStart[j] as number; k < (net.predStart[j + 1] as number); k++) {
      const i = net.eFrom[k] as number;
      s = Math.min(s, ss[i] as number);
      f = Math.max(f, sf[i] as number);
    }
    ss[j] = s;
    sf[j] = f;
  }
}
