import { describe, expect, it } from "vitest";
import { agileSettingsSchema, DEFAULT_AGILE_SETTINGS } from "./agile-settings.js";
import { allowsMove, statusCategory, workflowSchema } from "./workflow.js";

const board = {
  statuses: [
    { id: "todo", name: "To Do", category: "todo" },
    { id: "doing", name: "Doing", category: "doing", wip: 3 },
    { id: "done", name: "Done", category: "done" },
  ],
  transitions: [
    { from: "todo", to: "doing" },
    { from: "doing", to: "done" },
    { from: "*", to: "todo" },
  ],
} as const;

describe("workflow", () => {
  it("allows only the listed moves, with * as any status", () => {
    expect(allowsMove(board, "todo", "doing")).toBe(true);
    expect(allowsMove(board, "todo", "done")).toBe(false);
    expect(allowsMove(board, "done", "todo")).toBe(true);
    expect(allowsMove(board, "done", "done")).toBe(true);
    expect(allowsMove({ statuses: board.statuses }, "todo", "done")).toBe(true);
    expect(statusCategory(board, "doing")).toBe("doing");
    expect(statusCategory(board, "gone")).toBeUndefined();
  });

  it("refuses duplicate statuses, a board with nothing done and transitions to unknown statuses", () => {
    const dup = workflowSchema.safeParse({
      statuses: [board.statuses[0], board.statuses[0], board.statuses[2]],
    });
    expect(dup.error?.issues[0]?.message).toBe('status "todo" appears twice');
    const noDone = workflowSchema.safeParse({ statuses: board.statuses.slice(0, 2) });
    expect(noDone.error?.issues[0]?.message).toMatch(/category "done"/);
    const bad = workflowSchema.safeParse({ ...board, transitions: [{ from: "todo", to: "review" }] });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["transitions", 0, "to"],
      message: 'no status "review"',
    });
  });

  it("accepts the default settings and refuses a lower-case key prefix", () => {
    expect(agileSettingsSchema.safeParse(DEFAULT_AGILE_SETTINGS).success).toBe(true);
    expect(agileSettingsSchema.safeParse({ ...DEFAULT_AGILE_SETTINGS, keyPrefix: "app" }).success).toBe(
      false,
    );
  });
});
