import type { Workflow } from "@keel/model";
import { describe, expect, it } from "vitest";
import { mapStatuses, StatusTally } from "./statuses.js";

const workflow: Workflow = {
  statuses: [
    { id: "backlog", name: "Backlog", category: "todo" },
    { id: "ready", name: "Ready", category: "todo" },
    { id: "in-progress", name: "In Progress", category: "doing" },
    { id: "review", name: "Code Review", category: "doing" },
    { id: "done", name: "Done", category: "done" },
  ],
};

function tally(name: string, rows: [category?: string, resolution?: string][]): StatusTally {
  const t = new StatusTally(name);
  for (const [category, resolution] of rows) t.add(category, resolution);
  return t;
}

describe("mapStatuses", () => {
  it("takes the caller's map, then a name or id, then Jira's category, then a guess", () => {
    const mapped = mapStatuses(
      [
        tally("Blocked", [["In Progress"]]),
        tally("IN-PROGRESS", [[]]),
        tally("code review", [[]]),
        tally("Selected for Development", [["To Do"], ["To Do"]]),
        tally("verifyy", [["indeterminate"]]),
        tally("Closed", [[]]),
        tally("Awaiting QA", [[]]),
        tally("Parked", [[undefined, "Won't Do"], [undefined, "Won't Do"], []]),
        tally("Triage", [[]]),
      ],
      workflow,
      { blocked: "review" },
    );
    expect(mapped.map((m) => [m.name, m.mappedTo, m.how])).toEqual([
      ["Blocked", "review", "map"],
      ["IN-PROGRESS", "in-progress", "name"],
      ["code review", "review", "name"],
      ["Selected for Development", "backlog", "category"],
      ["verifyy", "in-progress", "category"],
      ["Closed", "done", "guess"],
      ["Awaiting QA", "in-progress", "guess"],
      ["Parked", "done", "guess"],
      ["Triage", "backlog", "guess"],
    ]);
    expect(mapped[3]?.count).toBe(2);
  });

  it("falls back to the nearest category when the workflow has none of the one asked for", () => {
    const twoColumns: Workflow = {
      statuses: [
        { id: "open", name: "Open", category: "todo" },
        { id: "shipped", name: "Shipped", category: "done" },
      ],
    };
    expect(mapStatuses([tally("Doing", [["In Progress"]])], twoColumns, {})[0]?.mappedTo).toBe("open");
  });
});
