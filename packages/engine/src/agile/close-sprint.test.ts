import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate, type Sprint } from "@keel/model";
import { describe, expect, it } from "vitest";
import { closeSprint } from "./close-sprint.js";

const settings = DEFAULT_AGILE_SETTINGS;
const sprint: Sprint = {
  id: "s1",
  name: "Sprint 1",
  start: "2027-01-04" as LocalDate,
  finish: "2027-01-15" as LocalDate,
  state: "active",
};
const item = (id: string, rank: number, status: string, extra: Partial<BacklogItem> = {}): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status,
  rank,
  points: 3,
  hours: 10,
  sprint: "s1",
  ...extra,
});
const items = [
  item("A", 3, "done"),
  item("B", 1, "in-progress"),
  item("C", 2, "done", { points: undefined }),
  item("D", 0, "todo"),
  item("E", 4, "done", { sprint: "s2" }),
];

describe("closeSprint", () => {
  it("records the done items with their estimates and lists the rest in rank order", () => {
    expect(closeSprint(sprint, items, settings.workflow, settings)).toEqual({
      completed: [
        { item: "C", estimate: 0 },
        { item: "A", estimate: 3 },
      ],
      unfinished: ["D", "B"],
    });
    const inHours = closeSprint(sprint, items, settings.workflow, { ...settings, estimateUnit: "hours" });
    expect(inHours.completed).toEqual([
      { item: "C", estimate: 10 },
      { item: "A", estimate: 10 },
    ]);
  });
});
