import { runForecast } from "@keel/engine";
import { type Duration, type Link, type Plan, STANDARD_CALENDAR, type Task } from "@keel/model";
import { describe, expect, it } from "vitest";
import { forecastInWorkers } from "./forecast-in-workers.js";

const days = (value: number): Duration => ({ value, unit: "d", elapsed: false });

/** Four chains of 60 tasks with three-point estimates, joined at a milestone with a deadline. */
function plan(): Plan {
  const tasks: Task[] = [];
  const links: Link[] = [];
  for (let c = 0; c < 4; c++) {
    for (let i = 0; i < 60; i++) {
      const d = 1 + ((c * 7 + i * 3) % 5);
      tasks.push({
        id: `c${c}t${i}`,
        name: `Chain ${c} task ${i}`,
        parent: null,
        milestone: false,
        duration: days(d),
        estimate: { optimistic: days(d * 0.8), mostLikely: days(d), pessimistic: days(d * 1.9) },
        constraint: { type: "ASAP" },
      });
      if (i > 0) links.push({ from: `c${c}t${i - 1}`, to: `c${c}t${i}`, type: "FS", lag: days(0) });
    }
    links.push({ from: `c${c}t59`, to: "done", type: "FS", lag: days(0) });
  }
  tasks.push({
    id: "done",
    name: "Done",
    parent: null,
    milestone: true,
    duration: days(0),
    constraint: { type: "ASAP" },
    deadline: "2027-12-01" as never,
  });
  return {
    project: { name: "Chains", start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
    calendars: [STANDARD_CALENDAR],
    tasks,
    links,
  };
}

describe("forecastInWorkers", () => {
  it("gives exactly the single-thread result when the iterations are spread over two workers", async () => {
    const p = plan();
    const options = { iterations: 10_000, seed: 7 };
    const threaded = await forecastInWorkers(p, options, { threads: 2 });
    expect(threaded).toEqual(runForecast(p, options));
    // The sensitivity ranking is real, not zeros: the pessimistic tails matter.
    expect(threaded.tasks.some((t) => t.sensitivity > 0.05)).toBe(true);
  });

  it("gives the same result on this thread (the default for a plan this small) and off it in one worker", async () => {
    const p = plan();
    const options = { iterations: 500, seed: 3 };
    const single = runForecast(p, options);
    expect(await forecastInWorkers(p, options)).toEqual(single);
    expect(await forecastInWorkers(p, options, { threads: 1, offThread: true })).toEqual(single);
  });
});
