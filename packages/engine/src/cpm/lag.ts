import { LAG_ELAPSED, LAG_PERCENT, type Network } from "../network/network.js";

/** Lag of edge `e` in minutes, and whether it is elapsed; percent lags take the predecessor's duration. */
function lagOf(net: Network, e: number): [number, boolean] {
  const kind = net.eLagKind[e];
  const value = net.eLag[e] as number;
  if (kind === LAG_PERCENT) {
    const from = net.eFrom[e] as number;
    return [Math.round(value * (net.dur[from] as number)), net.durElapsed[from] === 1];
  }
  return [value, kind === LAG_ELAPSED];
}

/** The moment a link allows its successor, from the predecessor's date `t` (working lags use the project calendar). */
export function shiftForward(net: Network, e: number, t: number): number {
  if (net.eLag[e] === 0) return t;
  const [lag, elapsed] = lagOf(net, e);
  if (elapsed) return t + lag;
  const p = net.projectCalendar;
  return p.toWallFinish(p.toWork(t) + lag);
}

/** The inverse of shiftForward: the latest predecessor date that still allows the successor's date `t`. */
export function shiftBackward(net: Network, e: number, t: number): number {
  if (net.eLag[e] === 0) return t;
  const [lag, elapsed] = lagOf(net, e);
  if (elapsed) return t - lag;
  const p = net.projectCalendar;
  return p.toWallStart(p.toWork(t) - lag);
}
