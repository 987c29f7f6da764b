import type { ProductVision } from "@keel/model";

/**
 * The product vision the vision exercise's practice project starts with: Keel's own sample content
 * (a till and stock app for small shops), half done on purpose: one objective of the three the
 * exercise asks for, and no roadmap, not-doing list or reviews yet. Years are those of the starter
 * plan's start (2027); a practice project moves them with its plan.
 */
export const STARTER_VISION: ProductVision = {
  product: "Tally",
  audience: "Owners of small shops that sell both in store and online, with one to ten staff",
  statement:
    "A shop owner closes the day in five minutes, with stock figures they trust in store and online. (First draft: sharpen it after the interviews.)",
  horizonYears: 3,
  objectives: [
    {
      id: "O1",
      title: "Closing the day is quick",
      year: 2027,
      keyResults: [
        {
          statement: "The median end-of-day close takes 5 minutes or less",
          metric: "median end-of-day close time",
          baseline: 25,
          target: 5,
          unit: "min",
        },
      ],
    },
  ],
  roadmap: [],
  notDoing: [],
  reviews: [],
};
