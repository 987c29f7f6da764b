import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { cumulativeFlow } from "./cumulative-flow.js";

const workflow = DEFAULT_AGILE_SETTINGS.workflow;
const day = (text: string) => text as LocalDate;
const item = (id: string, extra: Partial<BacklogItem>): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status: "todo",
  rank: 0,
  ...extra,
});

const items: BacklogItem[] = [
  item("A", {
    created: day("2027-03-01"),
    status: "done",
    history: [
      { status: "in-progress", at: day("2027-03-02") },
      { status: "Done", at: day("2027-03-04") },
    ],
  }),
  // No creation date: exists from its first change.
  item("B", { status: "in-progress", history: [{ status: "in-progress", at: day("2027-03-03") }] }),
  // No history: in its current status since creation.
  item("C", { created: day("2027-03-02") }),
  // A status nobody can place is skipped; an epic is not counted; an item with no dates is not either.
  item("D", { created: day("2027-03-01"), history: [{ status: "parked", at: day("2027-03-03") }] }),
  item("E", { type: "epic", created: day("2027-03-01") }),
  item("F", {}),
];

describe("cumulativeFlow", () => {
  it("replays each item's history into daily counts per status, in board order", () => {
    const flow = cumulativeFlow(items, workflow, day("2027-03-01"), day("2027-03-04"));
    expect(flow.dates).toEqual(["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04"]);
    expect(flow.series.map((s) => [s.status, s.name, s.category, s.counts])).toEqual([
      ["todo", "To Do", "todo", [2, 2, 1, 1]],
      ["in-progress", "In Progress", "doing", [0, 1, 2, 1]],
      ["done", "Done", "done", [0, 0, 0, 1]],
    ]);
  });

  it("samples weekly, ending on the last day, once the range passes 180 days", () => {
    const flow = cumulativeFlow(items, workflow, day("2027-01-01"), day("2027-12-31"));
    expect(flow.dates.length).toBe(53);
    expect(flow.dates.at(-1)).toBe("2027-12-31");
    expect(flow.dates[0]).toBe("2027-01-01");
    expect(flow.series.map((s) => s.counts.at(-1))).toEqual([1, 1, 1]);
    expect(cumulativeFlow(items, workflow, day("2027-01-01"), day("2027-06-29")).dates.length).toBe(180);
  });

  it("refuses a range that ends before it starts", () => {
    expect(() => cumulativeFlow(items, workflow, day("2027-03-04"), day("2027-03-01"))).toThrow(
      "the flow ends on 2027-03-01, before it starts on 2027-03-04",
    );
  });
});
