import type { Rng } from "./rng.js";

/**
 * Block bootstrap over a window of daily throughput. Real throughput comes in runs (a release
 * week, a holiday, a team changing size), which drawing single days at random averages away; so a
 * run replays contiguous blocks of the window instead: every `blockDays` forecast days a new block
 * starts at a random window day, and the following forecast days take the window days that follow
 * it.
 *
 * A block starts on the same weekday as the forecast day it covers, so weekends stay weekends. The
 * window is whole weeks and ends the day before the forecast starts, so window index i falls on
 * the weekday of forecast offset p exactly when i ≡ p (mod 7). Blocks wrap from the window's last
 * day to its first (a circular block bootstrap): every window day is equally likely, the most
 * recent ones included.
 */
export class BlockWalk {
  readonly blockDays: number;
  private readonly weeks: number;
  private offset = 0;
  private index = 0;

  constructor(
    readonly windowDays: number,
    blockDays: number,
  ) {
    if (!Number.isInteger(windowDays) || windowDays < 7 || windowDays % 7 !== 0) {
      throw new RangeError(`a block walk needs a window of whole weeks, not ${windowDays} days`);
    }
    if (!Number.isInteger(blockDays) || blockDays < 1) {
      throw new RangeError(`blocks must be a whole number of days, at least 1, not ${blockDays}`);
    }
    this.blockDays = Math.min(blockDays, windowDays);
    this.weeks = windowDays / 7;
  }

  /** Starts a new run at forecast offset 0. */
  restart(): void {
    this.offset = 0;
  }

  /** The window index (0 = the window's first day) that the next forecast day replays: offsets 0, 1, 2, … in turn. */
  next(rng: Rng): number {
    if (this.offset % this.blockDays === 0) {
      this.index = (this.offset % 7) + 7 * Math.floor(rng.next() * this.weeks);
    } else {
      this.index = this.index + 1 === this.windowDays ? 0 : this.index + 1;
    }
    this.offset++;
    return this.index;
  }
}
