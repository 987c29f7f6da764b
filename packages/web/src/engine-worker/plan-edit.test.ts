import type { LocalDate, Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { applyPlanEdit, applyPlanEdits, withFields } from "./plan-edit.js";

const days = (value: number) => ({ value, unit: "d", elapsed: false }) as const;
const plan: Plan = {
  project: { name: "P", start: "2027-03-01", calendar: "standard", timeZone: "UTC" },
  calendars: [],
  tasks: [
    { id: "a", name: "A", parent: null, milestone: false, duration: days(2), constraint: { type: "ASAP" } },
    {
      id: "b",
      name: "B",
      parent: null,
      milestone: false,
      duration: days(3),
      work: days(6),
      deadline: "2027-04-01" as LocalDate,
      constraint: { type: "ASAP" },
    },
  ],
  links: [
    { from: "a", to: "b", type: "FS", lag: days(0) },
    { from: "a", to: "b", type: "SS", lag: days(1) },
  ],
};

describe("withFields", () => {
  it("merges as the server merges a PATCH: null clears a field, undefined leaves it", () => {
    const b = plan.tasks[1] as Plan["tasks"][number];
    const merged = withFields(b, { duration: days(5), work: null, deadline: undefined });
    expect(merged).toEqual({ ...b, duration: days(5), work: undefined });
    expect("work" in merged).toBe(false);
    expect(merged.deadline).toBe("2027-04-01");
    // The outline place stays, though it is null at the top level.
    expect(merged.parent).toBeNull();
  });
});

describe("applyPlanEdit", () => {
  it("changes one task's fields and leaves the plan given as it was", () => {
    const next = applyPlanEdit(plan, {
      kind: "task",
      id: "a",
      fields: { duration: days(4), name: "Design" },
    });
    expect(next.tasks[0]).toMatchObject({ id: "a", name: "Design", duration: days(4) });
    expect(next.tasks[1]).toBe(plan.tasks[1]);
    expect(plan.tasks[0]?.duration).toEqual(days(2));
  });

  it("adds a link where it is told (the server's order of links), else at the end, and removes one by its ends and type", () => {
    const link = { from: "b", to: "a", type: "FF", lag: days(0) } as const;
    expect(applyPlanEdit(plan, { kind: "add-link", link }).links.at(-1)).toBe(link);
    expect(applyPlanEdit(plan, { kind: "add-link", link, at: 1 }).links.map((l) => l.type)).toEqual([
      "FS",
      "FF",
      "SS",
    ]);
    const removed = applyPlanEdit(plan, { kind: "remove-link", link: { from: "a", to: "b", type: "FS" } });
    expect(removed.links.map((l) => l.type)).toEqual(["SS"]);
  });

  it("changes nothing for a task or link the plan does not have", () => {
    expect(applyPlanEdit(plan, { kind: "task", id: "zz", fields: { name: "Z" } })).toBe(plan);
    expect(applyPlanEdit(plan, { kind: "remove-link", link: { from: "b", to: "a", type: "FS" } })).toBe(plan);
  });

  it("applies edits in order: an edit and its inverse give the plan back", () => {
    const link = { from: "b", to: "a", type: "FS", lag: days(0) } as const;
    const back = applyPlanEdits(plan, [
      { kind: "add-link", link },
      { kind: "task", id: "b", fields: { duration: days(1) } },
      { kind: "task", id: "b", fields: { duration: days(3) } },
      { kind: "remove-link", link },
    ]);
    expect(back).toEqual(plan);
  });
});
