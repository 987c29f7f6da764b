import type { Workflow } from "@keel/model";
import { describe, expect, it } from "vitest";
import { boardLayout } from "./board-layout.js";

const workflow: Workflow = {
  statuses: [
    { id: "todo", name: "To Do", category: "todo" },
    { id: "doing", name: "Doing", category: "doing", wip: 2 },
    { id: "done", name: "Done", category: "done" },
  ],
};

const card = (id: string, status: string, rank: number, assignee?: string, epic?: string) => ({
  id,
  status,
  rank,
  assignee,
  epic,
});

const items = [
  card("A", "doing", 3, "bob"),
  card("B", "doing", 1, "alice", "E1"),
  card("C", "todo", 2),
  card("D", "doing", 4, "alice", "E1"),
  card("E", "review", 5, "bob"),
];

const title = (key: string) => (key === "" ? "None" : key.toUpperCase());

describe("board layout", () => {
  it("counts each column across lanes and flags one over its WIP limit", () => {
    const board = boardLayout(items, workflow, "none", title);
    expect(board.columns.map((c) => [c.status.id, c.count, c.over])).toEqual([
      ["todo", 1, false],
      ["doing", 3, true],
      ["done", 0, false],
    ]);
    expect(board.lanes).toHaveLength(1);
    expect(board.lanes[0]?.cells[1]?.map((c) => c.id)).toEqual(["B", "A", "D"]);
    expect(board.strays.map((c) => c.id)).toEqual(["E"]);
  });

  it("marks a column holding exactly its limit as full, not over", () => {
    const board = boardLayout(items.slice(0, 2), workflow, "none", title);
    expect(board.columns[1]).toMatchObject({ count: 2, full: true, over: false });
  });

  it("puts cards in lanes by assignee, sorted by title, the unassigned lane last", () => {
    const board = boardLayout(items, workflow, "assignee", title);
    expect(board.lanes.map((l) => [l.key, l.title])).toEqual([
      ["alice", "ALICE"],
      ["bob", "BOB"],
      ["", "None"],
    ]);
    expect(board.lanes[0]?.cells[1]?.map((c) => c.id)).toEqual(["B", "D"]);
    expect(board.lanes[2]?.cells[0]?.map((c) => c.id)).toEqual(["C"]);
  });

  it("puts cards in lanes by epic, and keeps one empty lane for an empty board", () => {
    expect(boardLayout(items, workflow, "epic", title).lanes.map((l) => l.key)).toEqual(["E1", ""]);
    const empty = boardLayout([], workflow, "epic", title);
    expect(empty.lanes).toHaveLength(1);
    expect(empty.lanes[0]?.cells).toEqual([[], [], []]);
  });
});
