import { describe, expect, it } from "vitest";
import { formatPercent, heatLevel, parseFocus } from "./heat.js";

describe("capacity heat map", () => {
  it("colours a week by how full it is", () => {
    expect(heatLevel(0.2, 32, 6.4)).toBe("low");
    expect(heatLevel(0.5, 32, 16)).toBe("mid");
    expect(heatLevel(0.849, 32, 27)).toBe("mid");
    expect(heatLevel(0.85, 32, 27.2)).toBe("high");
    expect(heatLevel(1, 32, 32)).toBe("high");
    expect(heatLevel(1.01, 32, 32.3)).toBe("over");
  });

  it("tells demand without capacity (over) from a week with neither", () => {
    expect(heatLevel(null, 0, 8)).toBe("over");
    expect(heatLevel(0, 0, 0)).toBe("none");
    expect(heatLevel(0, 32, 0)).toBe("low");
  });

  it("writes utilisation as a whole percentage", () => {
    expect(formatPercent(0.834)).toBe("83%");
    expect(formatPercent(1.75)).toBe("175%");
    expect(formatPercent(null)).toBe("n/a");
  });

  it("reads a focus factor in percent", () => {
    expect(parseFocus("80")).toBe(0.8);
    expect(parseFocus("72.5 %")).toBe(0.725);
    expect(parseFocus("100")).toBe(1);
    expect(parseFocus("0")).toBeUndefined();
    expect(parseFocus("120")).toBeUndefined();
    expect(parseFocus("most")).toBeUndefined();
  });
});
