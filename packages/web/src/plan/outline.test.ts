import { describe, expect, it } from "vitest";
import {
  deletionOrder,
  indentMoves,
  insertionPoint,
  newTaskId,
  type OutlineTask,
  outdentMoves,
  topSelected,
} from "./outline.js";

// Outline order: a, b (with b1, b2), c.
const task = (id: string, parent: string | null, position: number): OutlineTask => ({
  id,
  name: id.toUpperCase(),
  parent,
  position,
  version: 1,
});
const tasks = [
  task("a", null, 1),
  task("b", null, 2),
  task("b1", "b", 5),
  task("b2", "b", 6),
  task("c", null, 3),
];

describe("outline edits", () => {
  it("indents a task under the task above it at its level, after that task's children", () => {
    expect(indentMoves(tasks, new Set(["c"]))).toEqual([{ id: "c", version: 1, parent: "b", position: 7 }]);
    expect(indentMoves(tasks, new Set(["b2"]))).toEqual([
      { id: "b2", version: 1, parent: "b1", position: 1 },
    ]);
  });

  it("indents several tasks under the same task above, keeping their order", () => {
    expect(indentMoves(tasks, new Set(["b", "c"]))).toEqual([
      { id: "b", version: 1, parent: "a", position: 1 },
      { id: "c", version: 1, parent: "a", position: 2 },
    ]);
  });

  it("refuses to indent the first task of a level", () => {
    expect(indentMoves(tasks, new Set(["a"]))).toMatch(/“A” has no task above it/);
    expect(indentMoves(tasks, new Set(["b1"]))).toMatch(/“B1”/);
  });

  it("outdents a task to just after its summary task, before the next one", () => {
    expect(outdentMoves(tasks, new Set(["b1"]))).toEqual([
      { id: "b1", version: 1, parent: null, position: 2.5 },
    ]);
    expect(outdentMoves(tasks, new Set(["b1", "b2"]))).toEqual([
      { id: "b1", version: 1, parent: null, position: 2 + 1 / 3 },
      { id: "b2", version: 1, parent: null, position: 2 + 2 / 3 },
    ]);
    expect(outdentMoves(tasks, new Set(["a"]))).toMatch(/inside a summary task/);
  });

  it("moves a summary task with its children: only the topmost selected tasks move", () => {
    expect(topSelected(tasks, new Set(["b", "b1", "c"])).map((t) => t.id)).toEqual(["b", "c"]);
  });

  it("inserts between the task and the one above it, in the same summary task", () => {
    expect(insertionPoint(tasks, tasks[3])).toEqual({ parent: "b", position: 5.5 });
    expect(insertionPoint(tasks, tasks[2])).toEqual({ parent: "b", position: 4 });
    expect(insertionPoint(tasks, undefined)).toEqual({ parent: null, position: 4 });
  });

  it("deletes a summary task's children before it, whatever order the tasks come in", () => {
    expect(deletionOrder(tasks, new Set(["b"])).map((t) => t.id)).toEqual(["b1", "b2", "b"]);
    // A child listed before its summary task (the API lists tasks by position, not outline order).
    const moved = [task("b1", "b", 0.5), ...tasks.filter((t) => t.id !== "b1")];
    expect(deletionOrder(moved, new Set(["b", "c"])).map((t) => t.id)).toEqual(["b1", "b2", "b", "c"]);
  });

  it("makes a readable, unique id from a task's name", () => {
    expect(newTaskId("Write the FAQ!", new Set())).toBe("write-the-faq");
    expect(newTaskId("Write the FAQ", new Set(["write-the-faq", "write-the-faq-2"]))).toBe("write-the-faq-3");
    expect(newTaskId("  ", new Set())).toBe("task");
    expect(newTaskId("Étude", new Set())).toBe("etude");
  });
});
