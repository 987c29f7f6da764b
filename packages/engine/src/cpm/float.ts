import { CLOSE, FF, FS, type Network, OPEN, ROLLUP, SF, SS } from "../network/network.js";
import { shiftForward } from "./lag.js";
import type { CpmState } from "./state.js";

/**
 * Total and free float of node `i` in working minutes of its calendar; returns true when free float
 * changed (the children of a summary take part of their free float from it).
 */
export function floatNode(net: Network, st: CpmState, i: number): boolean {
  if (net.kind[i] === OPEN) return false;
  const { es, ef, lf } = st;
  const cal = net.calendars[net.cal[i] as number];
  if (cal === undefined) throw new Error("node without calendar");
  const efWork = cal.toWork(ef[i] as number);
  const tf = cal.toWork(lf[i] as number) - efWork;
  let ff = Number.POSITIVE_INFINITY;
  for (let k = net.succStart[i] as number; k < (net.succStart[i + 1] as number); k++) {
    const e = net.succEdge[k] as number;
    const j = net.eTo[e] as number;
    const type = net.eType[e];
    let slack: number;
    if (type === FS || type === SS) {
      slack =
        cal.toWork(es[j] as number) -
        cal.toWork(shiftForward(net, e, (type === FS ? ef[i] : es[i]) as number));
    } else if (type === FF || type === SF) {
      slack =
        cal.toWork(ef[j] as number) -
        cal.toWork(shiftForward(net, e, (type === FF ? ef[i] : es[i]) as number));
    } else if (type === ROLLUP) {
      slack = cal.toWork(ef[j] as number) - efWork + (st.ff[j] as number);
    } else continue;
    if (slack < ff) ff = slack;
  }
  if (ff === Number.POSITIVE_INFINITY) ff = cal.toWork(st.projectFinish) - efWork;
  // Free float never exceeds total float, and a task late against a deadline has none.
  ff = Math.max(0, Math.min(ff, tf));
  const old = st.ff[i];
  st.tf[i] = tf;
  st.ff[i] = ff;
  return net.kind[i] === CLOSE && ff !== old;
}
