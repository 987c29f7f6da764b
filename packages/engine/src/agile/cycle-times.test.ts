import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { cycleTimes } from "./cycle-times.js";

const workflow = DEFAULT_AGILE_SETTINGS.workflow;
const day = (text: string) => text as LocalDate;
const item = (id: string, extra: Partial<BacklogItem>): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status: "done",
  rank: 0,
  ...extra,
});
const history = (...pairs: [string, string][]) => pairs.map(([status, at]) => ({ status, at: day(at) }));

describe("cycleTimes", () => {
  it("measures from the first move into progress to the last move into done", () => {
    const items = [
      item("A", {
        created: day("2027-02-01"),
        history: history(["in-progress", "2027-02-03"], ["done", "2027-02-08"]),
      }),
      // Reopened: the clock runs from its first start to its second finish.
      item("B", {
        history: history(
          ["in-progress", "2027-02-01"],
          ["done", "2027-02-02"],
          ["in-progress", "2027-02-04"],
          ["done", "2027-02-11"],
        ),
      }),
      // Straight to done on the day it was created: one day.
      item("C", { created: day("2027-02-05"), history: history(["Closed", "2027-02-05"]) }),
      // Never in progress: from creation.
      item("D", { created: day("2027-02-01"), history: history(["done", "2027-02-04"]) }),
      // Reopened and not done again, never finished, an epic, no history: none counts.
      item("E", { status: "todo", history: history(["done", "2027-02-02"], ["todo", "2027-02-03"]) }),
      item("F", { type: "epic", history: history(["in-progress", "2027-02-01"], ["done", "2027-02-09"]) }),
      item("G", {}),
    ];
    const c = cycleTimes(items, workflow);
    expect(c.points).toEqual([
      { item: "D", finished: "2027-02-04", days: 3 },
      { item: "C", finished: "2027-02-05", days: 1 },
      { item: "A", finished: "2027-02-08", days: 5 },
      { item: "B", finished: "2027-02-11", days: 10 },
    ]);
    // Nearest rank of 1, 3, 5, 10: the 2nd, 4th and 4th values.
    expect([c.p50, c.p85, c.p95]).toEqual([3, 10, 10]);
  });

  it("has no percentiles without finished items", () => {
    expect(cycleTimes([], workflow)).toEqual({ points: [], p50: undefined, p85: undefined, p95: undefined });
  });
});
