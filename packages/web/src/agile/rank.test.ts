import { describe, expect, it } from "vitest";
import { rankAfterStep, rankAt } from "./rank.js";

const items = [
  { id: "A", rank: 1 },
  { id: "B", rank: 2 },
  { id: "C", rank: 4 },
];

describe("backlog rank", () => {
  it("puts an item between its new neighbours, or past either end", () => {
    expect(rankAt(items, "C", 0)).toBe(0);
    expect(rankAt(items, "C", 1)).toBe(1.5);
    expect(rankAt(items, "A", 2)).toBe(5);
    expect(rankAt(items, "X", 2)).toBe(3);
    expect(rankAt([], "X", 0)).toBe(0);
  });

  it("steps up and down by one place, and not past the ends", () => {
    expect(rankAfterStep(items, "B", -1)).toBe(0);
    expect(rankAfterStep(items, "B", 1)).toBe(5);
    expect(rankAfterStep(items, "A", 1)).toBe(3);
    expect(rankAfterStep(items, "A", -1)).toBeUndefined();
    expect(rankAfterStep(items, "C", 1)).toBeUndefined();
    expect(rankAfterStep(items, "Z", 1)).toBeUndefined();
  });
});
