import type { Sgs } from "./sgs.js";

/**
 * Forward-backward improvement (justification, Valls et al. 2005): after a forward pass, shift
 * every activity right as far as it goes in order of decreasing finish (a backward pass against
 * the makespan), then left again in order of increasing start (a forward pass). Each round keeps
 * every activity feasible where it was, so the makespan never grows; rounds repeat while it shrinks.
 *
 * `evaluate` decodes a list, justifies it and writes the final forward order back into the list
 * (so the list decodes to the returned schedule); the schedule is left in `start`.
 */
export class Justifier {
  readonly sgs: Sgs;
  /** Score of an unresolved activity: more than any makespan difference. */
  readonly penalty: number;
  /** The schedule of the last `evaluate`. */
  start: Float64Array;
  unresolved = 0;
  /** The makespan of the last `evaluate`. */
  makespan = 0;
  private other: Float64Array;
  private readonly late: Float64Array;
  private readonly finish: Float64Array;
  private readonly order: Int32Array;

  constructor(sgs: Sgs) {
    const n = sgs.inst.n;
    this.sgs = sgs;
    this.penalty = sgs.inst.tHi - sgs.inst.tLo + 1;
    this.start = new Float64Array(n);
    this.other = new Float64Array(n);
    this.late = new Float64Array(n);
    this.finish = new Float64Array(n);
    this.order = new Int32Array(n);
  }

  /** Decodes and justifies `list` (rewritten in place); returns makespan + penalty × unresolved. */
  evaluate(list: Int32Array, rounds = 8): number {
    const sgs = this.sgs;
    let ms = sgs.forward(list, this.start);
    this.unresolved = sgs.unresolved;
    this.makespan = ms;
    if (sgs.unresolved > 0) return ms + this.penalty * sgs.unresolved;
    for (let round = 0; round < rounds; round++) {
      sgs.orderBackward(this.start, this.finish, this.order);
      if (!sgs.backward(this.order, ms, this.late)) break;
      sgs.orderForward(this.late, this.order);
      const next = sgs.forward(this.order, this.other);
      if (sgs.unresolved > 0 || next > ms) {
        // Only possible with lags shorter than durations: keep what we had.
        break;
      }
      const t = this.start;
      this.start = this.other;
      this.other = t;
      list.set(this.order);
      this.makespan = next;
      if (next === ms) break;
      ms = next;
    }
    return ms;
  }
}
