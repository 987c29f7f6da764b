import type { LocalDate, Workflow, WorkflowStatus } from "@keel/model";
import { describe, expect, it } from "vitest";
import { statusHistory } from "./history.js";

const workflow: Workflow = {
  statuses: [
    { id: "todo", name: "To Do", category: "todo" },
    { id: "next", name: "Next", category: "todo" },
    { id: "doing", name: "Doing", category: "doing" },
    { id: "done", name: "Done", category: "done" },
  ],
};
const status = (id: string) => workflow.statuses.find((s) => s.id === id) as WorkflowStatus;
const d = (s: string) => s as LocalDate;

describe("statusHistory", () => {
  it("starts in to-do on the created day and moves when the status category changed", () => {
    expect(
      statusHistory(workflow, status("doing"), { created: d("2025-01-02"), changed: d("2025-01-05") })
        .history,
    ).toEqual([
      { status: "todo", at: "2025-01-02" },
      { status: "doing", at: "2025-01-05" },
    ]);
    // Without the category change date, the last update stands in.
    expect(
      statusHistory(workflow, status("done"), {
        created: d("2025-01-02"),
        updated: d("2025-01-09"),
        resolved: d("2025-01-08"),
      }).history,
    ).toEqual([
      { status: "todo", at: "2025-01-02" },
      { status: "done", at: "2025-01-08" },
    ]);
    expect(statusHistory(workflow, status("next"), { created: d("2025-01-02") }).history).toEqual([
      { status: "next", at: "2025-01-02" },
    ]);
  });

  it("shows a reopened item done on its resolved day, then back where it is now", () => {
    expect(
      statusHistory(workflow, status("doing"), {
        created: d("2025-01-02"),
        resolved: d("2025-01-04"),
        changed: d("2025-01-06"),
      }).history,
    ).toEqual([
      { status: "todo", at: "2025-01-02" },
      { status: "done", at: "2025-01-04" },
      { status: "doing", at: "2025-01-06" },
    ]);
    expect(
      statusHistory(workflow, status("todo"), {
        created: d("2025-01-02"),
        resolved: d("2025-01-04"),
        changed: d("2025-01-06"),
      }).history?.map((c) => c.status),
    ).toEqual(["todo", "done", "todo"]);
  });

  it("never dates a change before the item was created", () => {
    const { history, clamped } = statusHistory(workflow, status("done"), {
      created: d("2025-01-02"),
      changed: d("2024-12-31"),
    });
    expect(clamped).toBe(true);
    expect(history).toEqual([
      { status: "todo", at: "2025-01-02" },
      { status: "done", at: "2025-01-02" },
    ]);
    expect(statusHistory(workflow, status("todo"), {}).history).toBeUndefined();
  });
});
