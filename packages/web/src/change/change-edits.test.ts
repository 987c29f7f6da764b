import type { PlanEdit, Task } from "@keel/model";
import { describe, expect, it } from "vitest";
import { formatDate } from "../ui/format.js";
import {
  addLinkEdit,
  addTaskEdits,
  describeEdits,
  finishToStart,
  lengthEdit,
  moveEdit,
  nextChangeId,
  type PlanState,
  planAfter,
  withoutEdit,
} from "./change-edits.js";

const days = (value: number) => ({ value, unit: "d" as const, elapsed: false });
const task = (id: string, name: string, value: number, extra: Partial<Task> = {}): Task => ({
  id,
  name,
  parent: null,
  milestone: false,
  duration: days(value),
  constraint: { type: "ASAP" },
  ...extra,
});

const plan: PlanState = {
  tasks: [
    task("design", "Design", 3),
    task("api", "Build API", 10),
    task("svc", "Build service", 4, { work: days(4) }),
    task("test", "Test", 4),
  ],
  links: [
    { from: "design", to: "api", type: "FS" },
    { from: "api", to: "test", type: "FS" },
  ],
};

describe("nextChangeId", () => {
  it("is one past the highest CR number, whatever else is there", () => {
    expect(nextChangeId([])).toBe("CR-1");
    expect(nextChangeId(["CR-1", "CR-10", "CR-3", "scope-x"])).toBe("CR-11");
  });
});

describe("describeEdits", () => {
  it("reads each edit with the task names and the value before", () => {
    const edits: PlanEdit[] = [
      { op: "updateTask", id: "api", set: { duration: days(15) } },
      ...(
        addTaskEdits("Security review", "5d", "api", new Set(["design", "api", "test"])) as {
          edits: PlanEdit[];
        }
      ).edits,
      { op: "removeTask", id: "test" },
      { op: "updateTask", id: "design", set: { constraint: { type: "SNET", date: "2027-03-08" } } },
      { op: "removeLink", from: "design", to: "api" },
      { op: "addLink", link: { ...finishToStart("design", "test"), type: "SS", lag: days(2) } },
    ];
    expect(describeEdits(plan, edits)).toEqual([
      "Build API: duration 10d → 15d",
      "Add task “Security review” (5d)",
      "Link Build API → Security review",
      "Remove Test",
      `Design: start no earlier than ${formatDate("2027-03-08")}`,
      "Unlink Design → Build API",
      "Link Design → Test (start-to-start), lag 2d",
    ]);
  });

  it("takes the value before from the earlier edits of the same request", () => {
    const edits: PlanEdit[] = [
      { op: "updateTask", id: "api", set: { duration: days(12) } },
      { op: "updateTask", id: "api", set: { duration: days(15), name: "Build the API" } },
    ];
    expect(describeEdits(plan, edits)).toEqual([
      "Build API: duration 10d → 12d",
      "Build API: duration 12d → 15d; renamed to “Build the API”",
    ]);
  });

  it("gives only the new value when the plan has it already (the request was merged)", () => {
    expect(describeEdits(plan, [{ op: "updateTask", id: "api", set: { duration: days(10) } }])).toEqual([
      "Build API: duration 10d",
    ]);
  });

  it("names a task that has gone by its id", () => {
    expect(describeEdits(plan, [{ op: "removeTask", id: "gone" }])).toEqual(["Remove gone"]);
  });
});

describe("lengthEdit", () => {
  it("sets the duration, and moves a three-point estimate with its most likely value", () => {
    expect(lengthEdit(plan.tasks[1] as Task, "15d")).toEqual({
      edits: [{ op: "updateTask", id: "api", set: { duration: days(15) } }],
    });
    const estimated = task("api", "Build API", 10, {
      estimate: { optimistic: days(8), mostLikely: days(10), pessimistic: days(14) },
    });
    expect(lengthEdit(estimated, "15d")).toEqual({
      edits: [
        {
          op: "updateTask",
          id: "api",
          set: {
            duration: days(15),
            estimate: { optimistic: days(13), mostLikely: days(15), pessimistic: days(19) },
          },
        },
      ],
    });
  });

  it("changes the work of an effort-driven task, and refuses what is not a duration", () => {
    expect(lengthEdit(plan.tasks[2] as Task, "8d")).toEqual({
      edits: [{ op: "updateTask", id: "svc", set: { work: days(8) } }],
    });
    expect(lengthEdit(plan.tasks[1] as Task, "15")).toEqual({
      problem: expect.stringContaining("has no unit"),
    });
  });
});

describe("edit builders", () => {
  it("adds a task with a unique id, a milestone at 0, linked after its predecessor", () => {
    const built = addTaskEdits(" Design ", "0", "api", new Set(["design"]));
    expect(built).toEqual({
      edits: [
        {
          op: "addTask",
          task: { ...task("design-2", "Design", 0), milestone: true },
        },
        { op: "addLink", link: finishToStart("api", "design-2") },
      ],
    });
    expect(addTaskEdits("", "5d", null, new Set())).toEqual({ problem: "Give the new task a name." });
  });

  it("checks dates and links", () => {
    expect(moveEdit("api", "")).toEqual({ problem: "Choose a date." });
    expect(moveEdit("api", "2027-03-08")).toEqual({
      edits: [{ op: "updateTask", id: "api", set: { constraint: { type: "SNET", date: "2027-03-08" } } }],
    });
    expect(addLinkEdit("api", "api", "FS", "", plan.links)).toEqual({
      problem: "A task cannot be linked to itself.",
    });
    expect(addLinkEdit("design", "api", "FS", "", plan.links)).toEqual({
      problem: "These tasks are already linked.",
    });
    expect(addLinkEdit("design", "test", "FS", "-1d", plan.links)).toEqual({
      edits: [{ op: "addLink", link: { ...finishToStart("design", "test"), lag: { ...days(-1) } } }],
    });
  });
});

describe("planAfter and withoutEdit", () => {
  const added = (addTaskEdits("Review", "2d", "api", new Set()) as { edits: PlanEdit[] }).edits;
  const edits: PlanEdit[] = [
    { op: "removeTask", id: "design" },
    ...added,
    { op: "updateTask", id: "review", set: { duration: days(3) } },
  ];

  it("offers added tasks and drops removed ones with their links", () => {
    const after = planAfter(plan, edits);
    expect(after.tasks.map((t) => t.id)).toEqual(["api", "svc", "test", "review"]);
    expect(after.tasks.at(-1)?.duration).toEqual(days(3));
    expect(after.links.map((l) => `${l.from}>${l.to}`)).toEqual(["api>test", "api>review"]);
  });

  it("removes an added task with the edits that refer to it", () => {
    expect(withoutEdit(edits, 1)).toEqual([edits[0]]);
    expect(withoutEdit(edits, 0)).toEqual(edits.slice(1));
  });
});
