import { describe, expect, it } from "vitest";
import { lines } from "./retro-text.js";

describe("retrospective lines", () => {
  it("takes one entry a line, without blanks, spaces or list bullets", () => {
    expect(lines("Pairing helped\n\n  - Fewer meetings  \r\n* CI was slow\n")).toEqual([
      "Pairing helped",
      "Fewer meetings",
      "CI was slow",
    ]);
    expect(lines("   \n")).toEqual([]);
  });
});
