import { describe, expect, it } from "vitest";
import { nextId } from "./next-id.js";

describe("nextId", () => {
  it("starts at 1", () => {
    expect(nextId("R", [])).toBe("R1");
  });

  it("follows the highest number, not the count, so deleted ids are not reused", () => {
    expect(nextId("R", ["R1", "R3"])).toBe("R4");
    expect(nextId("R", ["R9", "R10", "R2"])).toBe("R11");
  });

  it("ignores other prefixes and ids that are not prefix + number", () => {
    expect(nextId("I", ["R7", "vendor-late", "I2x", "IR3"])).toBe("I1");
  });

  it("reads ids case-insensitively", () => {
    expect(nextId("D", ["d4"])).toBe("D5");
  });
});
