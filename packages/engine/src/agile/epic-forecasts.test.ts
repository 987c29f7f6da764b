import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { dateOfDay, dayNumber } from "./days.js";
import { epicForecasts } from "./epic-forecasts.js";

const settings = DEFAULT_AGILE_SETTINGS;
const workflow = settings.workflow;
const today = "2027-06-07" as LocalDate;

/** Items finished before today, `perDay(d)` of them on each of the 84 days (d = 0 is the oldest). */
function finished(perDay: (d: number) => number): BacklogItem[] {
  const items: BacklogItem[] = [];
  for (let d = 0; d < 84; d++) {
    const day = dayNumber(today) - 84 + d;
    for (let n = 0; n < perDay(d); n++) {
      items.push({
        id: `H-${d}-${n}`,
        name: "done",
        type: "story",
        status: "done",
        rank: 0,
        created: dateOfDay(day - 2),
        history: [{ status: "done", at: dateOfDay(day) }],
      });
    }
  }
  return items;
}
const epic = (id: string, tasks: string[], rank = 0): BacklogItem => ({
  id,
  name: `Epic ${id}`,
  type: "epic",
  status: "todo",
  rank,
  tasks,
});
const stories = (epicId: string, open: number, closed = 0): BacklogItem[] =>
  Array.from({ length: open + closed }, (_, i) => ({
    id: `${epicId}-${i}`,
    name: "story",
    type: "story",
    status: i < closed ? "done" : "todo",
    rank: 1,
    epic: epicId,
    points: 1,
  }));

const finishes = new Map([
  ["ui", "2027-06-10T17:00:00"],
  ["api", "2027-06-08T17:00:00"],
  ["launch", "2027-06-11"],
]);

describe("epicForecasts", () => {
  // One item a day, every day: n items take n days, the last done on day n − 1 from today.
  const steady = finished(() => 1);

  it("compares each epic's forecast with the latest finish of its tasks", () => {
    const items = [
      ...steady,
      epic("E1", ["api", "ui"], 1),
      ...stories("E1", 3, 1),
      epic("E2", ["launch"], 2),
      ...stories("E2", 6),
      epic("E3", ["ui"], 3),
      ...stories("E3", 0, 2),
      // Linked to a task the plan no longer has, and to none.
      epic("E4", ["gone"], 4),
      epic("E5", [], 5),
      epic("E6", ["api"], 6),
    ];
    const result = epicForecasts(items, workflow, settings, finishes, { today, runs: 200 });
    expect(result.map((f) => [f.epic, f.finish, f.finishTask, f.remaining, f.p50, f.p85, f.verdict])).toEqual(
      [
        ["E1", "2027-06-10", "ui", 3, "2027-06-09", "2027-06-09", "on track"],
        ["E2", "2027-06-11", "launch", 6, "2027-06-12", "2027-06-12", "late"],
        ["E3", "2027-06-10", "ui", 0, undefined, undefined, "done"],
        // No items: nothing to forecast.
        ["E6", "2027-06-08", "api", 0, undefined, undefined, "no forecast"],
      ],
    );
    expect(result[0]).toMatchObject({
      items: 4,
      doneItems: 1,
      total: 4,
      done: 1,
      percent: 25,
      historyDays: 84,
    });
  });

  it("is at risk when the plan's date lies between P50 and P85, deterministically for a seed", () => {
    // Two busy weeks, then a quiet one: most futures start busy, some wait a week first.
    const lumpy = finished((d) => (Math.floor(d / 7) % 3 === 2 ? 0 : 2));
    const items = [...lumpy, epic("E1", ["ui"]), ...stories("E1", 4)];
    const run = (finish: string) =>
      epicForecasts(items, workflow, settings, new Map([["ui", finish]]), { today, runs: 2000, seed: 5 })[0];
    const forecast = run("2027-06-30");
    const p50 = forecast?.p50 as LocalDate;
    const p85 = forecast?.p85 as LocalDate;
    expect(p50 < p85).toBe(true);
    expect(run(p50)?.verdict).toBe("at risk");
    expect(run(p50)).toEqual(run(p50));
    expect(run(p85)?.verdict).toBe("on track");
    expect(run(dateOfDay(dayNumber(p50) - 1))?.verdict).toBe("late");
  });

  it("has no forecast without throughput history", () => {
    const items = [epic("E1", ["ui"]), ...stories("E1", 2)];
    expect(epicForecasts(items, workflow, settings, finishes, { today })).toMatchObject([
      { epic: "E1", remaining: 2, verdict: "no forecast" },
    ]);
  });
});
