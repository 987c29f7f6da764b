import {
  CLOSE,
  FF,
  FNET,
  FS,
  MFO,
  MSO,
  type Network,
  OPEN,
  PARENT,
  SF,
  SNET,
  SS,
} from "../network/network.js";
import { shiftForward } from "./lag.js";
import { type CpmState, wall } from "./state.js";
import { finishFrom, milestoneForward, startFrom } from "./task-time.js";

/** Computes early start/finish of node `j` from its predecessors; returns true when they changed. */
export function forwardNode(net: Network, st: CpmState, j: number): boolean {
  const { es, ef } = st;
  const from = net.predStart[j] as number;
  const to = net.predStart[j + 1] as number;
  const oldEs = es[j] as number;
  const oldEf = ef[j] as number;
  if (net.kind[j] === CLOSE) {
    // A summary spans its children.
    let s = Number.POSITIVE_INFINITY;
    let f = Number.NEGATIVE_INFINITY;
    for (let k = from; k < to; k++) {
      const i = net.eFrom[k] as number;
      if ((es[i] as number) < s) s = es[i] as number;
      if ((ef[i] as number) > f) f = ef[i] as number;
    }
    es[j] = s;
    ef[j] = f;
    return s !== oldEs || f !== oldEf;
  }
  const ct = net.cType[j];
  // A start-no-earlier-than date replaces the project start as the floor, as in MS Project: a task
  // constrained to an earlier date may start before the project does.
  let s = ct === SNET ? Number.NEGATIVE_INFINITY : net.projectStart;
  let f = Number.NEGATIVE_INFINITY;
  for (let e = from; e < to; e++) {
    const i = net.eFrom[e] as number;
    const type = net.eType[e];
    let c: number;
    if (type === FS) {
      c = shiftForward(net, e, ef[i] as number);
      if (c > s) s = c;
    } else if (type === SS || type === PARENT) {
      c = type === SS ? shiftForward(net, e, es[i] as number) : (es[i] as number);
      if (c > s) s = c;
    } else if (type === FF || type === SF) {
      c = shiftForward(net, e, (type === FF ? ef[i] : es[i]) as number);
      if (c > f) f = c;
    }
  }
  const date = net.cDate[j] as number;
  if (ct === SNET && date > s) s = date;
  else if (ct === FNET && date > f) f = date;
  else if (ct === MSO) {
    s = date;
    f = Number.NEGATIVE_INFINITY;
  } else if (ct === MFO) {
    s = Number.NEGATIVE_INFINITY;
    f = date;
  }
  const cal = net.calendars[net.cal[j] as number];
  if (cal === undefined) throw new Error("node without calendar");
  if (net.kind[j] === OPEN) {
    es[j] = wall(cal, s);
    ef[j] = s;
    return s !== oldEs;
  }
  const dur = net.dur[j] as number;
  const elapsed = net.durElapsed[j] === 1;
  let start: number;
  let finish: number;
  if (net.milestone[j] === 1) {
    start = milestoneForward(cal, Math.max(s, f));
    finish = start;
  } else {
    start = s === Number.NEGATIVE_INFINITY ? s : elapsed ? s : cal.nextStart(s);
    if (f !== Number.NEGATIVE_INFINITY) {
      const fromFinish = startFrom(cal, elapsed ? f : cal.prevFinish(f), dur, elapsed);
      if (fromFinish > start) start = fromFinish;
    }
    finish = finishFrom(cal, start, dur, elapsed);
  }
  es[j] = wall(cal, start);
  ef[j] = wall(cal, finish);
  return start !== oldEs || finish !== oldEf;
}
