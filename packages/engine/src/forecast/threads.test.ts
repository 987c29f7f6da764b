import { describe, expect, it } from "vitest";
import { forecastThreads, forecastWork, SCHEDULER_COST, THREAD_CROSSOVER } from "./threads.js";

describe("forecast threads", () => {
  it("keeps a forecast below the crossover on one thread, whatever the cores", () => {
    expect(forecastThreads(0, 8)).toBe(1);
    expect(forecastThreads(THREAD_CROSSOVER - 1, 2)).toBe(1);
    expect(forecastThreads(THREAD_CROSSOVER - 1, 64)).toBe(1);
  });

  it("adds a thread for each further crossover's worth of work, up to the cores", () => {
    expect(forecastThreads(THREAD_CROSSOVER, 2)).toBe(2);
    expect(forecastThreads(2 * THREAD_CROSSOVER - 1, 8)).toBe(2);
    expect(forecastThreads(2 * THREAD_CROSSOVER, 8)).toBe(3);
    expect(forecastThreads(100 * THREAD_CROSSOVER, 2)).toBe(2);
    expect(forecastThreads(100 * THREAD_CROSSOVER, 8)).toBe(8);
    expect(forecastThreads(100 * THREAD_CROSSOVER, 1)).toBe(1);
    // A machine that reports no or a fractional core count still gets a whole thread.
    expect(forecastThreads(100 * THREAD_CROSSOVER, 0)).toBe(1);
    expect(forecastThreads(100 * THREAD_CROSSOVER, 2.5)).toBe(2);
  });

  it("sizes the bench plans as measured: 1k tasks on one thread, 10k tasks on two", () => {
    expect(forecastThreads(forecastWork(1_000, 10_000, true), 2)).toBe(1);
    expect(forecastThreads(forecastWork(10_000, 10_000, true), 2)).toBe(2);
    // The same 1k-task plan through the general Scheduler is worth the second thread.
    expect(forecastWork(1_000, 10_000, false)).toBe(1_000 * 10_000 * SCHEDULER_COST);
    expect(forecastThreads(forecastWork(1_000, 10_000, false), 2)).toBe(2);
  });

  it("refuses work that is not a number of at least 0", () => {
    expect(() => forecastThreads(Number.NaN, 2)).toThrow(RangeError);
    expect(() => forecastThreads(-1, 2)).toThrow(/at least 0/);
  });
});
