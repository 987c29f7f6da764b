import { describe, expect, it } from "vitest";
import { actionDrafts, actionsProgress, actionsValue, EMPTY_ACTION } from "./risk-actions.js";

describe("risk actions", () => {
  it("round-trips stored actions through the form", () => {
    const stored = [{ action: "Second vendor quote", owner: "Ana", due: "2027-03-10", done: true }];
    const drafts = actionDrafts(stored as never);
    expect(drafts).toEqual([{ action: "Second vendor quote", owner: "Ana", due: "2027-03-10", done: true }]);
    expect(actionsValue(drafts)).toEqual({ value: stored });
  });

  it("drops blank rows and leaves out empty fields; no rows clears the list", () => {
    expect(actionsValue([EMPTY_ACTION, { ...EMPTY_ACTION, action: " Call vendor " }])).toEqual({
      value: [{ action: "Call vendor" }],
    });
    expect(actionsValue([EMPTY_ACTION])).toEqual({ value: null });
  });

  it("refuses a row with no action or a bad due date", () => {
    expect(actionsValue([{ ...EMPTY_ACTION, owner: "Ana" }])).toEqual({
      error: "Action 1: say what is to be done.",
    });
    expect(actionsValue([{ ...EMPTY_ACTION, action: "x", due: "soon" }])).toEqual({
      error: "Action 1: expected a due date such as 2027-03-15.",
    });
  });

  it("summarises progress", () => {
    expect(actionsProgress(undefined)).toBe("");
    expect(actionsProgress([{ action: "a", done: true }, { action: "b" }] as never)).toBe("1 of 2 done");
  });
});
