import { describe, expect, it } from "vitest";
import { outlineLevels } from "./outline.js";

describe("outlineLevels", () => {
  it("counts summary tasks above each task", () => {
    const levels = outlineLevels([
      { id: "phase", parent: null },
      { id: "sub", parent: "phase" },
      { id: "leaf", parent: "sub" },
      { id: "ga", parent: null },
    ]);
    expect([...levels]).toEqual([
      ["phase", 0],
      ["sub", 1],
      ["leaf", 2],
      ["ga", 0],
    ]);
  });
});
