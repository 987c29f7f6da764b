import { describe, expect, it } from "vitest";
import type { AssignmentRecord } from "../api/types.js";
import {
  diffAssignments,
  formatAssignments,
  formatUnits,
  isEmpty,
  parseAssignments,
  parseUnits,
} from "./assignment-text.js";

const TEAM = [
  { id: "alice", name: "Alice Chen" },
  { id: "bob", name: "Bob" },
  { id: "rig", name: "Test rig 2" },
];

const record = (resource: string, units: number, version = 1): AssignmentRecord => ({
  id: `id-${resource}`,
  task: "build",
  resource,
  units,
  version,
});

describe("units", () => {
  it("reads percentages and plain units", () => {
    expect(parseUnits("50%")).toBe(0.5);
    expect(parseUnits("150 %")).toBe(1.5);
    expect(parseUnits("0.5")).toBe(0.5);
    expect(parseUnits("2")).toBe(2);
  });

  it("refuses what is not units, and a bare 50 that surely means 50 %", () => {
    expect(parseUnits("half")).toBe('expected units such as 50%, 100% or 1.5, got "half"');
    expect(parseUnits("50")).toBe("write 50% for 50 percent (50 alone would be 50 units)");
    expect(parseUnits("0%")).toBe("units must be more than 0%");
    expect(parseUnits("200000%")).toBe("at most 100000% (1000 units)");
  });

  it("formats units as percentages", () => {
    expect(formatUnits(1)).toBe("100%");
    expect(formatUnits(0.5)).toBe("50%");
    expect(formatUnits(1 / 3)).toBe("33.3%");
  });
});

describe("assignment text", () => {
  it("reads ids and names, with units after a space, a colon or in brackets", () => {
    expect(parseAssignments("alice, bob 50%", TEAM)).toEqual([
      { resource: "alice", units: 1 },
      { resource: "bob", units: 0.5 },
    ]);
    expect(parseAssignments("Alice Chen 25%, BOB[0.5], rig: 200%", TEAM)).toEqual([
      { resource: "alice", units: 0.25 },
      { resource: "bob", units: 0.5 },
      { resource: "rig", units: 2 },
    ]);
    // A name that ends in a number is the whole name, not a resource with units.
    expect(parseAssignments("Test rig 2", TEAM)).toEqual([{ resource: "rig", units: 1 }]);
  });

  it("reads blank text as no assignments", () => {
    expect(parseAssignments("  ", TEAM)).toEqual([]);
    expect(parseAssignments(", ,", TEAM)).toEqual([]);
  });

  it("names an unknown resource, suggesting the closest", () => {
    expect(parseAssignments("alcie, bob", TEAM)).toBe("unknown resource “alcie”; did you mean “alice”?");
    expect(parseAssignments("bob, zed 50%", TEAM)).toBe("unknown resource “zed”");
    expect(parseAssignments("zed", [])).toBe("unknown resource “zed”: this project has no resources yet");
  });

  it("refuses a resource named twice and units it cannot read", () => {
    expect(parseAssignments("alice, Alice Chen 50%", TEAM)).toBe(
      "“alice” is named twice; give it once with the total units",
    );
    expect(parseAssignments("bob lots", TEAM)).toBe(
      'bob: expected units such as 50%, 100% or 1.5, got "lots"',
    );
  });

  it("formats assignments in the resource sheet's order, full time without units", () => {
    const order = new Map(TEAM.map((r, i) => [r.id, i]));
    expect(formatAssignments([record("bob", 0.5), record("alice", 1)], order)).toBe("alice, bob 50%");
    expect(formatAssignments([])).toBe("");
  });

  it("reads back what it formats", () => {
    const text = formatAssignments([record("alice", 1), record("bob", 0.5), record("rig", 1.25)]);
    expect(parseAssignments(text, TEAM)).toEqual([
      { resource: "alice", units: 1 },
      { resource: "bob", units: 0.5 },
      { resource: "rig", units: 1.25 },
    ]);
  });
});

describe("assignment changes", () => {
  const current = [record("alice", 1, 3), record("bob", 1, 7), { ...record("alice", 1), task: "other" }];

  it("creates, updates and deletes only what differs, with the versions it saw", () => {
    const changes = diffAssignments("build", current, [
      { resource: "bob", units: 0.5 },
      { resource: "rig", units: 1 },
    ]);
    expect(changes).toEqual({
      create: [{ task: "build", resource: "rig", units: 1 }],
      update: [{ id: "id-bob", version: 7, units: 0.5 }],
      delete: [{ id: "id-alice", version: 3 }],
    });
  });

  it("sends nothing when the text names the same assignments", () => {
    const changes = diffAssignments("build", current, [
      { resource: "bob", units: 1 },
      { resource: "alice", units: 1 },
    ]);
    expect(isEmpty(changes)).toBe(true);
  });

  it("removes all of a task's assignments, and no other task's, for blank text", () => {
    expect(diffAssignments("build", current, []).delete).toEqual([
      { id: "id-alice", version: 3 },
      { id: "id-bob", version: 7 },
    ]);
  });
});
