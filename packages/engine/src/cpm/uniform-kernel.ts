import {
  CLOSE,
  FF,
  FNET,
  FNLT,
  FS,
  LAG_ELAPSED,
  LAG_PERCENT,
  LEAF,
  MFO,
  MSO,
  type Network,
  OPEN,
  PARENT,
  ROLLUP,
  SNET,
  SNLT,
  SS,
} from "../network/network.js";
import type { Kernel } from "./kernel.js";
import type { CpmState } from "./state.js";

const INF = Number.POSITIVE_INFINITY;
const NEG = Number.NEGATIVE_INFINITY;

/**
 * True when every task works on the project calendar with working-time durations and lags — the
 * common case, where the whole CPM can run on integers with no calendar lookups.
 */
export function isUniform(net: Network): boolean {
  const p = net.calendars.indexOf(net.projectCalendar);
  for (let v = 0; v < net.nodeCount; v++) if (net.cal[v] !== p || net.durElapsed[v] === 1) return false;
  for (let e = 0; e < net.edgeCount; e++) if (net.eLagKind[e] === LAG_ELAPSED) return false;
  return true;
}

/** Working minute of a key: `2w` is the start of working minute w, `2w - 1` the moment w minutes are done. */
const wOf = (key: number) => Math.ceil(key / 2);

/**
 * The kernel for uniform networks. Times are keys on the project calendar's working axis; the two
 * sides of a working-time boundary (Friday 17:00 and Monday 09:00) are adjacent keys, so a key says
 * exactly which wall-clock moment the general kernel would produce, and the results are identical.
 */
export function uniformKernel(net: Network, st: CpmState): Kernel {
  const n = net.nodeCount;
  const cal = net.projectCalendar;
  const encForward = (t: number) => {
    const w = cal.toWork(t);
    return cal.prevFinish(t) === t && cal.nextStart(t) !== t ? 2 * w - 1 : 2 * w;
  };
  const encBackward = (t: number) => {
    const w = cal.toWork(t);
    return cal.nextStart(t) === t ? 2 * w : 2 * w - 1;
  };
  const dec = (key: number) => (key % 2 === 0 ? cal.toWallStart(key / 2) : cal.toWallFinish((key + 1) / 2));
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const lsb = new Float64Array(n);
  const cFwd = new Float64Array(n);
  const cBwd = new Float64Array(n);
  const due = new Float64Array(n).fill(INF);
  for (let v = 0; v < n; v++) {
    if ((net.cType[v] as number) > 1) {
      cFwd[v] = encForward(net.cDate[v] as number);
      cBwd[v] = encBackward(net.cDate[v] as number);
    }
    if (!Number.isNaN(net.deadline[v])) due[v] = encBackward(net.deadline[v] as number);
  }
  const startKey = 2 * cal.toWork(net.projectStart);
  let finishKey = startKey;
  const {
    predStart,
    predEdge,
    succStart,
    succEdge,
    eFrom,
    eTo,
    eType,
    eLagKind,
    eLag,
    dur,
    kind,
    milestone,
    cType,
  } = net;
  const lagOf = (e: number) =>
    eLagKind[e] === LAG_PERCENT
      ? Math.round((eLag[e] as number) * (dur[eFrom[e] as number] as number))
      : (eLag[e] as number);

  const forward = (j: number): boolean => {
    const oldEs = es[j];
    const oldEf = ef[j];
    const from = predStart[j] as number;
    const to = predStart[j + 1] as number;
    if (kind[j] === CLOSE) {
      let s = INF;
      let f = NEG;
      for (let k = from; k < to; k++) {
        const i = eFrom[predEdge[k] as number] as number;
        if ((es[i] as number) < s) s = es[i] as number;
        if ((ef[i] as number) > f) f = ef[i] as number;
      }
      es[j] = s;
      ef[j] = f;
      return s !== oldEs || f !== oldEf;
    }
    let s = startKey;
    let f = NEG;
    for (let k = from; k < to; k++) {
      const e = predEdge[k] as number;
      const i = eFrom[e] as number;
      const type = eType[e];
      if (type === PARENT) {
        if ((es[i] as number) > s) s = es[i] as number;
        continue;
      }
      const base = (type === FS || type === FF ? ef[i] : es[i]) as number;
      // Any lag lands on the finish side, as the general kernel's shiftForward does.
      const c = eLag[e] === 0 ? base : 2 * (wOf(base) + lagOf(e)) - 1;
      if (type === FS || type === SS) {
        if (c > s) s = c;
      } else if (c > f) f = c;
    }
    const ct = cType[j];
    if (ct === SNET) s = Math.max(s, cFwd[j] as number);
    else if (ct === FNET) f = Math.max(f, cFwd[j] as number);
    else if (ct === MSO) {
      s = cFwd[j] as number;
      f = NEG;
    } else if (ct === MFO) {
      s = NEG;
      f = cFwd[j] as number;
    }
    if (kind[j] === OPEN) {
      es[j] = s;
      ef[j] = s;
      return s !== oldEs;
    }
    if (milestone[j] === 1) {
      const t = Math.max(s, f);
      es[j] = t;
      ef[j] = t;
    } else {
      const d = dur[j] as number;
      let w = s === NEG ? NEG : wOf(s);
      if (f !== NEG) w = Math.max(w, wOf(f) - d);
      es[j] = 2 * w;
      ef[j] = 2 * (w + d) - 1;
    }
    return es[j] !== oldEs || ef[j] !== oldEf;
  };

  const backward = (i: number): boolean => {
    const oldLs = ls[i];
    const oldLf = lf[i];
    const from = succStart[i] as number;
    const to = succStart[i + 1] as number;
    if (kind[i] === OPEN) {
      let s = INF;
      for (let k = from; k < to; k++) {
        const j = eTo[succEdge[k] as number] as number;
        if ((ls[j] as number) < s) s = ls[j] as number;
      }
      ls[i] = s;
      lf[i] = s;
      return s !== oldLs;
    }
    let f = finishKey;
    let s = INF;
    for (let k = from; k < to; k++) {
      const e = succEdge[k] as number;
      const j = eTo[e] as number;
      const type = eType[e];
      if (type === ROLLUP) {
        if ((lf[j] as number) < f) f = lf[j] as number;
        if ((lsb[j] as number) < s) s = lsb[j] as number;
        continue;
      }
      const base = (type === FS || type === SS ? ls[j] : lf[j]) as number;
      const c = eLag[e] === 0 ? base : 2 * (wOf(base) - lagOf(e));
      if (type === FS || type === FF) {
        if (c < f) f = c;
      } else if (c < s) s = c;
    }
    const ct = cType[i];
    if (ct === FNLT || ct === MFO) f = Math.min(f, cBwd[i] as number);
    else if (ct === SNLT || ct === MSO) s = Math.min(s, cBwd[i] as number);
    f = Math.min(f, due[i] as number);
    if (kind[i] === CLOSE) {
      const oldLsb = lsb[i];
      lf[i] = f;
      lsb[i] = s;
      return f !== oldLf || s !== oldLsb;
    }
    if (milestone[i] === 1) {
      const t = Math.min(s, f);
      ls[i] = t;
      lf[i] = t;
    } else {
      const d = dur[i] as number;
      let w = wOf(f);
      if (s !== INF) w = Math.min(w, wOf(s) + d);
      lf[i] = 2 * w - 1;
      ls[i] = 2 * (w - d);
    }
    return ls[i] !== oldLs || lf[i] !== oldLf;
  };

  const float = (i: number): boolean => {
    if (kind[i] === OPEN) return false;
    const efW = wOf(ef[i] as number);
    const tf = wOf(lf[i] as number) - efW;
    let ff = INF;
    for (let k = succStart[i] as number; k < (succStart[i + 1] as number); k++) {
      const e = succEdge[k] as number;
      const j = eTo[e] as number;
      const type = eType[e];
      let slack: number;
      if (type === ROLLUP) slack = wOf(ef[j] as number) - efW + (st.ff[j] as number);
      else if (type === PARENT) continue;
      else {
        const base = wOf((type === FS || type === FF ? ef[i] : es[i]) as number);
        const lag = eLag[e] === 0 ? 0 : lagOf(e);
        slack = wOf((type === FS || type === SS ? es[j] : ef[j]) as number) - (base + lag);
      }
      if (slack < ff) ff = slack;
    }
    if (ff === INF) ff = wOf(finishKey) - efW;
    ff = Math.max(0, Math.min(ff, tf));
    const old = st.ff[i];
    st.tf[i] = tf;
    st.ff[i] = ff;
    return kind[i] === CLOSE && ff !== old;
  };

  const publishNode = (v: number) => {
    st.es[v] = dec(es[v] as number);
    st.ef[v] = dec(ef[v] as number);
    st.ls[v] = dec(ls[v] as number);
    st.lf[v] = dec(lf[v] as number);
    st.lsb[v] = lsb[v] === INF ? INF : dec(lsb[v] as number);
  };

  return {
    forward,
    backward,
    float,
    finish() {
      let key = startKey;
      for (let v = 0; v < n; v++) if (kind[v] === LEAF && (ef[v] as number) > key) key = ef[v] as number;
      const moved = key !== finishKey;
      finishKey = key;
      st.projectFinish = dec(key);
      return moved;
    },
    publish(nodes) {
      if (nodes === undefined) for (let v = 0; v < n; v++) publishNode(v);
      else for (const v of nodes) publishNode(v);
    },
  };
}
