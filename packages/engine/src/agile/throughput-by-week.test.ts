import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { throughputByWeek } from "./throughput-by-week.js";

const workflow = DEFAULT_AGILE_SETTINGS.workflow;
const day = (text: string) => text as LocalDate;
const finished = (id: string, at: string, type: BacklogItem["type"] = "story"): BacklogItem => ({
  id,
  name: id,
  type,
  status: "done",
  rank: 0,
  history: [{ status: "done", at: day(at) }],
});

// Wednesday 3 March 2027, Sunday 7 March (same week), Monday 22 March (two weeks later).
const items = [
  finished("A", "2027-03-03"),
  finished("B", "2027-03-07"),
  finished("C", "2027-03-22"),
  finished("E", "2027-03-10", "epic"),
  { ...finished("D", "2027-03-09"), status: "todo", history: [] },
];

describe("throughputByWeek", () => {
  it("counts finishes per Monday-started week, empty weeks included", () => {
    expect(throughputByWeek(items, workflow)).toEqual([
      { week: "2027-03-01", count: 2 },
      { week: "2027-03-08", count: 0 },
      { week: "2027-03-15", count: 0 },
      { week: "2027-03-22", count: 1 },
    ]);
  });

  it("keeps to the range given", () => {
    expect(throughputByWeek(items, workflow, day("2027-03-04"), day("2027-03-16"))).toEqual([
      { week: "2027-03-01", count: 1 },
      { week: "2027-03-08", count: 0 },
      { week: "2027-03-15", count: 0 },
    ]);
    expect(throughputByWeek([], workflow)).toEqual([]);
    expect(throughputByWeek([], workflow, day("2027-03-01"), day("2027-03-08"))).toEqual([
      { week: "2027-03-01", count: 0 },
      { week: "2027-03-08", count: 0 },
    ]);
  });
});
