import { describe, expect, it } from "vitest";
import type { LocalDate } from "./dates.js";
import { EMPTY_PRODUCT_VISION, objectivesWithKeyResults, validateProductVision } from "./product-vision.js";

const today = "2027-03-10" as LocalDate;

const keyResult = {
  statement: "Median close takes 5 minutes",
  metric: "median close time",
  baseline: 25,
  target: 5,
  unit: "min",
};

const vision = {
  product: "Tally",
  audience: "Small shops that sell online and in person",
  statement: "Every shop closes its day in five minutes, with stock it can trust.",
  horizonYears: 3,
  objectives: [
    {
      id: "O1",
      title: "Closing the day is quick",
      year: 2027,
      keyResults: [
        {
          statement: "Median close takes 5 minutes",
          metric: "median close time",
          baseline: 25,
          target: 5,
          unit: "min",
        },
      ],
    },
    { id: "O2", title: "Stock is right", year: 2028, keyResults: [] },
  ],
  roadmap: [{ title: "One-tap close", quarter: "2027-Q3", objectives: ["O1"], epic: "TAL-4" }],
  notDoing: ["A marketplace"],
  reviews: [{ date: "2027-03-01", who: "Support leads", changed: "Stock moved to year two" }],
};

function errors(input: unknown) {
  const result = validateProductVision(input, today);
  return result.ok ? [] : result.errors;
}

describe("validateProductVision", () => {
  it("accepts a whole vision and trims its text", () => {
    const result = validateProductVision({ ...vision, product: "  Tally " }, today);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.vision.product).toBe("Tally");
  });

  it("refuses an empty statement", () => {
    expect(errors({ ...vision, statement: "   " })).toEqual([
      { path: "statement", message: "must not be empty" },
    ]);
  });

  it("refuses a horizon out of 1 to 10 years", () => {
    expect(errors({ ...vision, horizonYears: 11 })).toEqual([
      { path: "horizonYears", message: "expected 1 to 10 years" },
    ]);
    expect(errors({ ...vision, horizonYears: 0 })[0]?.path).toBe("horizonYears");
  });

  it("names the key result without a target by its place", () => {
    const { target: _t, ...noTarget } = keyResult;
    const objectives = [
      vision.objectives[1],
      vision.objectives[1],
      { ...vision.objectives[0], keyResults: [noTarget] },
    ];
    expect(errors({ ...vision, objectives: objectives.map((o, i) => ({ ...o, id: `O${i + 1}` })) })).toEqual([
      { path: "objectives[2].keyResults[0].target", message: "expected a number" },
    ]);
  });

  it("refuses a roadmap item serving an objective the vision does not have", () => {
    const roadmap = [{ title: "Stock sync", quarter: "2028-Q1", objectives: ["O1", "O9"] }];
    expect(errors({ ...vision, roadmap })).toEqual([
      { path: "roadmap[0].objectives[1]", message: 'no objective "O9"' },
    ]);
  });

  it("refuses a quarter not written YYYY-Qn", () => {
    for (const quarter of ["2027-Q5", "Q3 2027", "2027Q3"]) {
      expect(errors({ ...vision, roadmap: [{ ...vision.roadmap[0], quarter }] })).toEqual([
        { path: "roadmap[0].quarter", message: "expected a quarter YYYY-Qn, e.g. 2027-Q3" },
      ]);
    }
  });

  it("refuses a review dated after today, and takes one dated today", () => {
    const review = (date: string) => ({ ...vision, reviews: [{ ...vision.reviews[0], date }] });
    expect(errors(review("2027-03-11"))).toEqual([
      { path: "reviews[0].date", message: "2027-03-11 is in the future" },
    ]);
    expect(errors(review("2027-03-10"))).toEqual([]);
  });

  it("refuses two objectives with one id and fields it does not know", () => {
    const twice = {
      ...vision,
      objectives: [vision.objectives[0], { ...vision.objectives[1], id: "O1" }],
      roadmap: [],
    };
    expect(errors(twice)).toEqual([
      { path: "objectives[1].id", message: '"O1" is used by another objective' },
    ]);
    expect(errors({ ...vision, mission: "x" })).toEqual([
      { path: "(vision)", message: 'unknown field "mission"' },
    ]);
  });

  it("reports problems across fields with problems of shape, in one answer", () => {
    const bad = {
      ...vision,
      statement: "",
      roadmap: [{ title: "Stock sync", quarter: "2028-Q1", objectives: ["O9"] }],
      reviews: [{ date: "2027-04-01", who: "Sales", changed: "" }],
    };
    expect(errors(bad)).toEqual([
      { path: "statement", message: "must not be empty" },
      { path: "reviews[0].changed", message: "must not be empty" },
      { path: "roadmap[0].objectives[0]", message: 'no objective "O9"' },
      { path: "reviews[0].date", message: "2027-04-01 is in the future" },
    ]);
  });

  it("finds the empty vision incomplete: it has no statement yet", () => {
    expect(errors(EMPTY_PRODUCT_VISION).map((e) => e.path)).toEqual(["statement"]);
  });
});

describe("objectivesWithKeyResults", () => {
  it("counts objectives with at least one key result", () => {
    const result = validateProductVision(vision, today);
    expect(result.ok && objectivesWithKeyResults(result.vision)).toBe(1);
    expect(objectivesWithKeyResults(EMPTY_PRODUCT_VISION)).toBe(0);
  });
});
