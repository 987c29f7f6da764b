import type { MatchPart } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { scoreBand, scoreSegments, strengthChart } from "./career-charts.js";

describe("strengthChart", () => {
  it("draws the role's core first and, within a weight, the weakest first; leaves out what it does not ask", () => {
    const chart = strengthChart(
      [
        { id: "a", weight: 2, strength: 0.5 },
        { id: "b", weight: 3, strength: 0.9 },
        { id: "c", weight: 0, strength: 0.2 },
        { id: "d", weight: 3, strength: 0.1 },
        { id: "e", weight: 1, strength: 1.4 },
      ],
      200,
      20,
    );
    expect(chart.bars.map((b) => [b.row.id, b.y, b.length])).toEqual([
      ["d", 0, 20],
      ["b", 20, 180],
      ["a", 40, 100],
      ["e", 60, 200],
    ]);
    expect(chart.height).toBe(80);
    expect(chart.ticks.map((t) => t.x)).toEqual([0, 50, 100, 150, 200]);
  });
});

describe("scoreSegments", () => {
  const part = (p: MatchPart["part"], weight: number, score: number): MatchPart => ({
    part: p,
    weight,
    score,
    found: 0,
    total: 1,
  });
  it("splits the bar by weight and fills each part to its own score", () => {
    const segments = scoreSegments(
      [part("qualifications", 50, 50), part("keywords", 25, 100), part("title", 25, 0)],
      400,
    );
    expect(segments.map((s) => [s.part.part, s.x, s.width, s.filled])).toEqual([
      ["qualifications", 0, 200, 100],
      ["keywords", 200, 100, 100],
      ["title", 300, 100, 0],
    ]);
  });
  it("draws nothing without parts", () => {
    expect(scoreSegments([], 400)).toEqual([]);
  });
});

describe("scoreBand", () => {
  it("says the band in words", () => {
    expect([10, 50, 79, 80].map((s) => scoreBand(s).word)).toEqual(["weak", "fair", "fair", "strong"]);
  });
});
