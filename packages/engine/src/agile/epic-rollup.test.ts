import { type BacklogItem, DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { describe, expect, it } from "vitest";
import { epicRollup } from "./epic-rollup.js";

const settings = DEFAULT_AGILE_SETTINGS;
const item = (id: string, extra: Partial<BacklogItem>): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status: "todo",
  rank: 0,
  ...extra,
});
const items: BacklogItem[] = [
  item("E2", { type: "epic", rank: 2 }),
  item("E1", { type: "epic", rank: 1, name: "Checkout", tasks: ["m-launch"] }),
  item("S1", { epic: "E1", points: 5, status: "done" }),
  item("S2", { epic: "E1", points: 3 }),
  // A sub-task of S2 reaches E1 through its parent; one straight under an epic counts too.
  item("T1", { type: "subtask", parent: "S2", points: 2, status: "done" }),
  item("T2", { type: "subtask", parent: "E2", status: "done" }),
  item("T3", { type: "subtask", parent: "E2" }),
  item("T4", { type: "subtask", parent: "E2" }),
  // Belongs to no epic; a parent loop leads nowhere.
  item("S3", { points: 8 }),
  item("L1", { parent: "L2" }),
  item("L2", { parent: "L1" }),
];

describe("epicRollup", () => {
  it("rolls items up to their epic directly or through their parent, by estimate", () => {
    expect(epicRollup(items, settings.workflow, settings)).toEqual([
      {
        epic: "E1",
        name: "Checkout",
        tasks: ["m-launch"],
        items: 3,
        doneItems: 2,
        total: 10,
        done: 7,
        percent: 70,
      },
      // Nothing estimated: one of three items done.
      { epic: "E2", name: "E2", tasks: [], items: 3, doneItems: 1, total: 0, done: 0, percent: 33.3 },
    ]);
  });

  it("reports an empty epic at zero", () => {
    const [rollup] = epicRollup([item("E", { type: "epic" })], settings.workflow, settings);
    expect(rollup).toMatchObject({ items: 0, total: 0, percent: 0 });
  });
});
