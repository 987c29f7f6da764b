import type { BacklogItem } from "@keel/model";
import { describe, expect, it } from "vitest";
import { epicMembers } from "./epic-members.js";

const item = (id: string, extra: Partial<BacklogItem> = {}): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status: "todo",
  rank: 0,
  ...extra,
});

describe("epicMembers", () => {
  it("finds an item's epic through its own field or its parent chain, and stops at a loop", () => {
    const members = epicMembers([
      item("E", { type: "epic" }),
      item("S", { epic: "E" }),
      item("T", { type: "subtask", parent: "S" }),
      item("U", { type: "subtask", parent: "E" }),
      item("L1", { parent: "L2" }),
      item("L2", { parent: "L1" }),
    ]);
    expect([...members.entries()].map(([e, list]) => [e, list.map((i) => i.id)])).toEqual([
      ["E", ["S", "T", "U"]],
    ]);
  });
});
