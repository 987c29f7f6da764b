import { describe, expect, it } from "vitest";
import { nextCell } from "./grid-keys.js";

describe("task table keys", () => {
  it("moves with the arrows and stops at the edges", () => {
    expect(nextCell({ row: 1, col: 1 }, "ArrowDown", false, 3, 5)).toEqual({ row: 2, col: 1 });
    expect(nextCell({ row: 2, col: 1 }, "ArrowDown", false, 3, 5)).toEqual({ row: 2, col: 1 });
    expect(nextCell({ row: 0, col: 0 }, "ArrowLeft", false, 3, 5)).toEqual({ row: 0, col: 0 });
    expect(nextCell({ row: 0, col: 4 }, "ArrowRight", false, 3, 5)).toEqual({ row: 0, col: 4 });
    expect(nextCell({ row: 1, col: 3 }, "ArrowUp", false, 3, 5)).toEqual({ row: 0, col: 3 });
  });

  it("tabs to the next cell, wrapping to the next row, and lets focus leave after the last one", () => {
    expect(nextCell({ row: 0, col: 4 }, "Tab", false, 3, 5)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 1, col: 0 }, "Tab", true, 3, 5)).toEqual({ row: 0, col: 4 });
    expect(nextCell({ row: 2, col: 4 }, "Tab", false, 3, 5)).toBeUndefined();
    expect(nextCell({ row: 0, col: 0 }, "Tab", true, 3, 5)).toBeUndefined();
  });

  it("ignores keys that do not move", () => {
    expect(nextCell({ row: 0, col: 0 }, "a", false, 3, 5)).toBeUndefined();
  });
});
