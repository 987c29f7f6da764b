import { type AgileSettings, type BacklogItem, DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { describe, expect, it } from "vitest";
import { checkMove } from "./check-move.js";

const settings: AgileSettings = {
  ...DEFAULT_AGILE_SETTINGS,
  workflow: {
    statuses: [
      { id: "todo", name: "To Do", category: "todo" },
      { id: "in-progress", name: "In Progress", category: "doing", wip: 3 },
      { id: "done", name: "Done", category: "done" },
    ],
    transitions: [
      { from: "todo", to: "in-progress" },
      { from: "in-progress", to: "done" },
      { from: "*", to: "todo" },
    ],
  },
};
const card = (id: string, status: string): BacklogItem => ({ id, name: id, type: "story", status, rank: 0 });
const board = [card("A", "in-progress"), card("B", "in-progress"), card("C", "todo"), card("D", "todo")];
const full = [...board, card("E", "in-progress")];

describe("checkMove", () => {
  it("lets a card into a column with room", () => {
    expect(checkMove(board, settings, "C", "in-progress")).toEqual({
      level: "ok",
      transitionAllowed: true,
      wip: { status: "in-progress", limit: 3, count: 3 },
    });
    // A column without a limit.
    expect(checkMove(board, settings, "A", "done")).toEqual({ level: "ok", transitionAllowed: true });
  });

  it("warns or blocks over the WIP limit, as the policy says, naming the column, limit and count", () => {
    const warn = checkMove(full, settings, "C", "in-progress");
    expect(warn).toEqual({
      level: "warn",
      transitionAllowed: true,
      wip: { status: "in-progress", limit: 3, count: 4 },
      message: '"In Progress" would hold 4 cards; its WIP limit is 3',
    });
    expect(checkMove(full, { ...settings, wipPolicy: "block" }, "C", "in-progress").level).toBe("block");
    // A card already in the column does not count twice.
    expect(checkMove(full, settings, "A", "in-progress").level).toBe("ok");
  });

  it("blocks a transition the workflow does not allow, whatever the policy", () => {
    expect(checkMove(board, settings, "C", "done")).toEqual({
      level: "block",
      transitionAllowed: false,
      message: 'The workflow does not allow a move from "To Do" to "Done"',
    });
    expect(checkMove(full, settings, "C", "in-progress")).toMatchObject({ transitionAllowed: true });
    const both = checkMove(
      full,
      { ...settings, workflow: { ...settings.workflow, transitions: [{ from: "done", to: "todo" }] } },
      "C",
      "in-progress",
    );
    expect(both.message).toBe(
      'The workflow does not allow a move from "To Do" to "In Progress", and "In Progress" would hold 4 cards; its WIP limit is 3',
    );
  });

  it("throws on an unknown item or status", () => {
    expect(() => checkMove(board, settings, "Z", "done")).toThrow('no item "Z"');
    expect(() => checkMove(board, settings, "A", "review")).toThrow('no status "review" in the workflow');
  });
});
