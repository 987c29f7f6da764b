import { describe, expect, it } from "vitest";
import type { AssignmentRecord, LinkRecord, TaskRecord } from "../api/types.js";
import {
  assignmentEdits,
  linkCreate,
  linkDelete,
  taskCreate,
  taskDeletion,
  taskUpdate,
  updateLabel,
} from "./undo-entries.js";
import {
  conflict,
  type Direction,
  drop,
  EMPTY_HISTORY,
  type History,
  type ItemRef,
  pending,
  record,
  requests,
  type Snapshot,
  settle,
  top,
  UNDO_LIMIT,
} from "./undo-history.js";

const d = (value: number) => ({ value, unit: "d", elapsed: false }) as const;
const task = (id: string, fields: Partial<TaskRecord> = {}): TaskRecord => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  parent: null,
  milestone: false,
  duration: d(5),
  constraint: { type: "ASAP" },
  position: 1,
  version: 1,
  ...fields,
});
const link = (id: string, from: string, to: string, version = 1): LinkRecord => ({
  id,
  from,
  to,
  type: "FS",
  lag: d(0),
  version,
});
const assignment = (id: string, taskId: string, units = 1, version = 1): AssignmentRecord => ({
  id,
  task: taskId,
  resource: "alice",
  units,
  version,
});
const snapshot = (s: Partial<Snapshot>): Snapshot => ({ tasks: [], links: [], assignments: [], ...s });

/** Answers a bulk request as the server would: created and updated items get versions (links new ids). */
function serve(h: History, direction: Direction, answer: (kind: string, i: number) => ItemRef) {
  const entry = pending(h, direction);
  if (entry === undefined) throw new Error("nothing to apply");
  const results = new Map<number, ItemRef>();
  for (const r of requests(h, entry)) {
    r.created.forEach((i) => void results.set(i, answer(r.kind, i)));
    r.updated.forEach((i) => void results.set(i, answer(r.kind, i)));
  }
  return settle(h, direction, top(h, direction) as never, results);
}

describe("undo history", () => {
  it("undoes a cell edit by sending the previous values back with the version the edit left", () => {
    const build = task("build", { version: 3 });
    let h = record(EMPTY_HISTORY, "duration of “Build”", [
      taskUpdate(build, { duration: d(8) }, { version: 4 }),
    ]);
    expect(pending(h, "redo")).toBeUndefined();
    expect(requests(h, pending(h, "undo") as never)).toEqual([
      {
        kind: "task",
        body: { create: [], update: [{ id: "build", version: 4, duration: d(5) }], delete: [] },
        created: [],
        updated: [0],
      },
    ]);
    h = serve(h, "undo", () => ({ id: "build", version: 5 }));
    expect(h.undo).toEqual([]);
    // Redo sends the edit again, on the version the undo left.
    expect(requests(h, pending(h, "redo") as never)[0]?.body.update).toEqual([
      { id: "build", version: 5, duration: d(8) },
    ]);
    h = serve(h, "redo", () => ({ id: "build", version: 6 }));
    expect(requests(h, pending(h, "undo") as never)[0]?.body.update).toEqual([
      { id: "build", version: 6, duration: d(5) },
    ]);
  });

  it("clears fields that were absent before the edit, with null", () => {
    const h = record(EMPTY_HISTORY, "x", [
      taskUpdate(task("build"), { deadline: "2027-03-26", estimate: null }, { version: 2 }),
    ]);
    expect(requests(h, pending(h, "undo") as never)[0]?.body.update).toEqual([
      { id: "build", version: 2, deadline: null, estimate: null },
    ]);
  });

  it("chains several edits of one task: each undo answers the version the next one needs", () => {
    const v1 = task("build");
    let h = record(EMPTY_HISTORY, "name", [taskUpdate(v1, { name: "Build it" }, { version: 2 })]);
    h = record(h, "duration", [
      taskUpdate({ ...v1, name: "Build it", version: 2 }, { duration: d(8) }, { version: 3 }),
    ]);
    h = serve(h, "undo", () => ({ id: "build", version: 4 }));
    expect(requests(h, pending(h, "undo") as never)[0]?.body.update).toEqual([
      { id: "build", version: 4, name: "Build" },
    ]);
    h = serve(h, "undo", () => ({ id: "build", version: 5 }));
    // Both undone: redo the name (on version 5), then the duration on what that answers.
    h = serve(h, "redo", () => ({ id: "build", version: 6 }));
    expect(requests(h, pending(h, "redo") as never)[0]?.body.update).toEqual([
      { id: "build", version: 6, duration: d(8) },
    ]);
    expect(
      conflict(h, pending(h, "redo") as never, snapshot({ tasks: [{ ...v1, version: 6 }] })),
    ).toBeUndefined();
  });

  it("undoes an added task by deleting it, and redoes it by creating it again", () => {
    const created = task("docs", { position: 4, version: 1 });
    let h = record(EMPTY_HISTORY, "add “Docs”", [taskCreate(created)]);
    expect(requests(h, pending(h, "undo") as never)).toEqual([
      {
        kind: "task",
        body: { create: [], update: [], delete: [{ id: "docs", version: 1 }] },
        created: [],
        updated: [],
      },
    ]);
    h = serve(h, "undo", () => ({ id: "x", version: 0 }));
    const { version: _, ...value } = created;
    expect(requests(h, pending(h, "redo") as never)[0]?.body.create).toEqual([value]);
    h = serve(h, "redo", () => ({ id: "docs", version: 1 }));
    expect(h.undo.length).toBe(1);
  });

  it("undoes a deletion by re-creating the tasks, parents first, then their links and assignments", () => {
    const phase = task("phase", { version: 2 });
    const step = task("step", { parent: "phase", version: 3 });
    const links = [link("L1", "design", "step"), link("L2", "other", "more")];
    const assignments = [assignment("A1", "step"), assignment("A2", "design")];
    let h = record(EMPTY_HISTORY, "delete “Phase”", taskDeletion([step, phase], links, assignments));
    const undo = requests(h, pending(h, "undo") as never);
    expect(undo.map((r) => r.kind)).toEqual(["task", "link", "assignment"]);
    expect(undo[0]?.body.create.map((t) => [t.id, t.parent])).toEqual([
      ["phase", null],
      ["step", "phase"],
    ]);
    expect(undo[1]?.body.create).toEqual([{ from: "design", to: "step", type: "FS", lag: d(0) }]);
    expect(undo[2]?.body.create).toEqual([{ task: "step", resource: "alice", units: 1 }]);
    // The link comes back under a new id; redoing the deletion deletes that one.
    const ids: Record<string, string> = { link: "L9", assignment: "A9" };
    h = serve(h, "undo", (kind, i) => ({ id: ids[kind] ?? (i === 0 ? "phase" : "step"), version: 1 }));
    const redo = requests(h, pending(h, "redo") as never);
    expect(redo.map((r) => [r.kind, r.body.delete])).toEqual([
      ["link", [{ id: "L9", version: 1 }]],
      ["assignment", [{ id: "A9", version: 1 }]],
      [
        "task",
        [
          { id: "step", version: 1 },
          { id: "phase", version: 1 },
        ],
      ],
    ]);
  });

  it("undoes indent and outdent by moving the tasks back where they were", () => {
    const a = task("a", { position: 2, version: 4 });
    const b = task("b", { position: 3, version: 1 });
    const h = record(EMPTY_HISTORY, "outline level of 2 tasks", [
      taskUpdate(a, { parent: "p", position: 1 }, { version: 5 }),
      taskUpdate(b, { parent: "p", position: 2 }, { version: 2 }),
    ]);
    expect(requests(h, pending(h, "undo") as never)[0]?.body.update).toEqual([
      { id: "b", version: 2, parent: null, position: 3 },
      { id: "a", version: 5, parent: null, position: 2 },
    ]);
  });

  it("undoes an added link by deleting it, and a removed link by adding it again", () => {
    let h = record(EMPTY_HISTORY, "link", [linkCreate(link("L1", "a", "b", 1))]);
    expect(requests(h, pending(h, "undo") as never)[0]?.body.delete).toEqual([{ id: "L1", version: 1 }]);
    h = record(h, "unlink", [linkDelete(link("L1", "a", "b", 1))]);
    expect(requests(h, pending(h, "undo") as never)[0]?.body.create).toEqual([
      { from: "a", to: "b", type: "FS", lag: d(0) },
    ]);
    h = serve(h, "undo", () => ({ id: "L7", version: 1 }));
    // The first edit added the link that now has a new id: undoing it deletes that one.
    expect(requests(h, pending(h, "undo") as never)[0]?.body.delete).toEqual([{ id: "L7", version: 1 }]);
  });

  it("undoes an assignment edit: removed ones come back, changed units go back, added ones go", () => {
    const before = [assignment("A1", "build", 1, 2), assignment("A2", "build", 0.5, 1)];
    const changes = assignmentEdits(
      before,
      { delete: [{ id: "A1" }] },
      { created: [assignment("A3", "build", 1, 1)], updated: [assignment("A2", "build", 1, 2)] },
    );
    const h = record(EMPTY_HISTORY, "resources of “Build”", changes);
    const undo = requests(h, pending(h, "undo") as never);
    expect(undo.map((r) => r.body)).toEqual([
      { create: [], update: [{ id: "A2", version: 2, units: 0.5 }], delete: [{ id: "A3", version: 1 }] },
      { create: [{ task: "build", resource: "alice", units: 1 }], update: [], delete: [] },
    ]);
  });

  it("refuses an undo when someone else changed or deleted the item, naming it", () => {
    const h = record(EMPTY_HISTORY, "duration", [
      taskUpdate(task("build"), { duration: d(8) }, { version: 2 }),
    ]);
    const entry = pending(h, "undo") as never;
    expect(conflict(h, entry, snapshot({ tasks: [task("build", { version: 2 })] }))).toBeUndefined();
    expect(conflict(h, entry, snapshot({ tasks: [task("build", { name: "Build it", version: 3 })] }))).toBe(
      "“Build it”",
    );
    expect(conflict(h, entry, snapshot({ tasks: [] }))).toBe("“build”");
  });

  it("refuses to undo an added task that has since got links it would take along", () => {
    const h = record(EMPTY_HISTORY, "add", [taskCreate(task("docs"))]);
    const entry = pending(h, "undo") as never;
    const now = snapshot({ tasks: [task("docs")], links: [link("L5", "docs", "launch")] });
    expect(conflict(h, entry, now)).toBe("“Docs”");
    expect(conflict(h, entry, { ...now, links: [] })).toBeUndefined();
  });

  it("refuses to re-create a task whose id is taken again", () => {
    const h = record(EMPTY_HISTORY, "delete", taskDeletion([task("docs")], [], []));
    expect(
      conflict(h, pending(h, "undo") as never, snapshot({ tasks: [task("docs", { name: "New docs" })] })),
    ).toBe("“New docs”");
  });

  it("drops a refused edit and every other edit of the same items, keeping the rest", () => {
    let h = record(EMPTY_HISTORY, "docs name", [taskUpdate(task("docs"), { name: "D" }, { version: 2 })]);
    h = record(h, "build name", [taskUpdate(task("build"), { name: "B" }, { version: 2 })]);
    h = record(h, "build duration", [
      taskUpdate(task("build", { version: 2 }), { duration: d(1) }, { version: 3 }),
    ]);
    h = drop(h, top(h, "undo") as never);
    expect(h.undo.map((e) => e.label)).toEqual(["docs name"]);
    expect(requests(h, pending(h, "undo") as never)[0]?.body.update).toEqual([
      { id: "docs", version: 2, name: "Docs" },
    ]);
  });

  it("forgets what was undone once a new edit is made, and keeps at most the last edits", () => {
    let h = record(EMPTY_HISTORY, "one", [taskUpdate(task("a"), { name: "A1" }, { version: 2 })]);
    h = serve(h, "undo", () => ({ id: "a", version: 3 }));
    expect(h.redo.length).toBe(1);
    h = record(h, "two", [taskUpdate(task("b"), { name: "B1" }, { version: 2 })]);
    expect(h.redo).toEqual([]);
    for (let i = 0; i < UNDO_LIMIT + 5; i++)
      h = record(h, `n${i}`, [
        taskUpdate(task("b", { version: i + 2 }), { priority: i }, { version: i + 3 }),
      ]);
    expect(h.undo.length).toBe(UNDO_LIMIT);
    expect(h.states.size).toBeLessThanOrEqual(UNDO_LIMIT + 1);
  });

  it("labels edits by what they changed", () => {
    expect(updateLabel({ duration: d(1) }, ["Build"])).toBe("duration of “Build”");
    expect(updateLabel({ estimate: null, duration: d(1) }, ["Build"])).toBe("estimate of “Build”");
    expect(updateLabel({ percentComplete: 100, actualStart: "x" }, ["A", "B"])).toBe("progress of 2 tasks");
    expect(updateLabel({ name: "x", notes: "y" }, ["A"])).toBe("details of “A”");
  });
});
