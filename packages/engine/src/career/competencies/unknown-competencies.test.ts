import { describe, expect, it } from "vitest";
import { unknownCompetencies } from "./unknown-competencies.js";

describe("unknownCompetencies", () => {
  it("names ids the competency model does not know, with their field paths", () => {
    expect(
      unknownCompetencies({ competencies: ["scheduling", "juggling", "risk-management", "agile"] }),
    ).toEqual([
      { path: "competencies.1", message: "unknown competency juggling" },
      { path: "competencies.3", message: "unknown competency agile" },
    ]);
  });
});
