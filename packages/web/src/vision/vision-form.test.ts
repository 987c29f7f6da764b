import { EMPTY_PRODUCT_VISION } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  draftOfVision,
  nextObjectiveId,
  roadmapStrip,
  visionOfDraft,
  withoutObjective,
} from "./vision-form.js";

const draft = {
  ...draftOfVision(EMPTY_PRODUCT_VISION),
  objectives: [
    { id: "O1", title: "Quick close", year: "2027", keyResults: [] },
    { id: "O2", title: "Right stock", year: "2028", keyResults: [] },
  ],
  roadmap: [
    { title: "One-tap close", quarter: "2027-Q3", objectives: ["O1"], epic: "" },
    { title: "Stock sync", quarter: "2028-Q1", objectives: ["O1", "O2"], epic: "TAL-4" },
    { title: "Loyalty", quarter: "2027-Q4", objectives: [], epic: "" },
    { title: "Someday", quarter: "later", objectives: ["O2"], epic: "" },
  ],
};

describe("vision form", () => {
  it("sends numbers as numbers, leaves blanks out and keeps what is not a number as typed", () => {
    const kr = { statement: "s", metric: "m", baseline: " 25 ", target: "", unit: "min", due: "" };
    const sent = visionOfDraft({
      ...draft,
      horizonYears: "ten",
      objectives: [{ ...draft.objectives[0], id: "O1", title: "t", year: "2027", keyResults: [kr] }],
    }) as {
      horizonYears: unknown;
      objectives: { keyResults: Record<string, unknown>[] }[];
    };
    expect(sent.horizonYears).toBe("ten");
    expect(sent.objectives[0]?.keyResults[0]).toEqual({
      statement: "s",
      metric: "m",
      baseline: 25,
      unit: "min",
    });
  });

  it("numbers a new objective past the highest id, and drops a removed one from the roadmap", () => {
    expect(nextObjectiveId(draft.objectives)).toBe("O3");
    expect(nextObjectiveId([])).toBe("O1");
    expect(withoutObjective(draft, 0).roadmap.map((r) => r.objectives)).toEqual([[], ["O2"], [], ["O2"]]);
  });

  it("lays the roadmap out by quarter, grouped by objective, leaving out items without a quarter", () => {
    expect(roadmapStrip(draft)).toEqual({
      quarters: ["2027-Q3", "2027-Q4", "2028-Q1"],
      rows: [
        { label: "O1 Quick close", cells: [["One-tap close"], [], ["Stock sync"]] },
        { label: "O2 Right stock", cells: [[], [], ["Stock sync"]] },
        { label: "No objective", cells: [[], ["Loyalty"], []] },
      ],
    });
  });
});
