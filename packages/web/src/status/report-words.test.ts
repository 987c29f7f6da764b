import { statusText } from "@keel/formats";
import { describe, expect, it } from "vitest";
import { demoReport } from "./report-fixture.js";
import { dateLine, footer, keyFigures, ragLabel } from "./report-words.js";

describe("report words", () => {
  const report = demoReport();

  it("say what the plain-text export says, so the editor shows what leadership reads", () => {
    const text = statusText(report);
    expect(text).toContain(dateLine(report));
    expect(text).toContain(footer(report));
    const figures = keyFigures(report);
    expect(figures.map((f) => f.label)).toContain("Schedule performance (SPI)");
    for (const f of figures) expect(text).toContain(`${f.label}: ${f.value}, ${f.note}`);
  });

  it("name every level in words", () => {
    expect(ragLabel("GREY")).toBe("NOT RATED");
    expect(ragLabel("RED")).toBe("RED");
  });
});
