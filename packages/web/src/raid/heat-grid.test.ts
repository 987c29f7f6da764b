import type { HeatCell } from "@keel/engine";
import { DEFAULT_RISK_SCALES } from "@keel/model";
import { describe, expect, it } from "vitest";
import { heatGrid, levelName, levelOptions } from "./heat-grid.js";

const scales = {
  probability: [
    { label: "Low", chance: 0.2 },
    { label: "High", chance: 0.8 },
  ],
  impact: [{ label: "Minor" }, { label: "Major" }],
};

const cell = (probability: number, impact: number, risks: string[]): HeatCell => ({
  probability,
  impact,
  exposure: probability * impact,
  band: probability * impact >= 3 ? "high" : "low",
  risks,
});

describe("levelName and levelOptions", () => {
  it("labels levels from the scale, counting from 1", () => {
    expect(levelName(DEFAULT_RISK_SCALES.probability, 4)).toBe("4 · Likely");
    expect(levelName(DEFAULT_RISK_SCALES.impact, 1)).toBe("1 · Negligible");
    expect(levelName(DEFAULT_RISK_SCALES.impact, 7)).toBe("7");
    expect(levelOptions(scales.impact)).toEqual([
      { value: "1", label: "1 · Minor" },
      { value: "2", label: "2 · Major" },
    ]);
  });
});

describe("heatGrid", () => {
  const map = {
    rows: [
      [cell(2, 1, []), cell(2, 2, ["R1", "R3"])],
      [cell(1, 1, ["R2"]), cell(1, 2, [])],
    ],
  };
  const grid = heatGrid(
    map,
    scales,
    new Map([
      ["R1", "Vendor late"],
      ["R2", "R2"],
    ]),
  );

  it("keeps the server's order: highest probability first, impacts low to high", () => {
    expect(grid.rows.map((r) => r.name)).toEqual(["2 · High", "1 · Low"]);
    expect(grid.impacts.map((i) => i.name)).toEqual(["1 · Minor", "2 · Major"]);
    expect(grid.total).toBe(3);
  });

  it("lists each cell's risks with their names, and says everything in its label", () => {
    const hot = grid.rows[0]?.cells[1];
    expect(hot?.heading).toBe("High × Major · exposure 4");
    expect(hot?.lines).toEqual(["R1 Vendor late", "R3"]);
    expect(hot?.label).toBe("Probability 2 · High, impact 2 · Major: exposure 4, high. 2 risks: R1, R3");
    expect(grid.rows[1]?.cells[0]?.lines).toEqual(["R2"]);
    expect(grid.rows[1]?.cells[1]?.label).toBe(
      "Probability 1 · Low, impact 2 · Major: exposure 2, low. No risks",
    );
  });
});
