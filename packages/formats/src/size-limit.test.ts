import { describe, expect, it } from "vitest";
import { FormatError } from "./diagnostic.js";
import { checkFileSize, MAX_FILE_BYTES } from "./size-limit.js";

function thrown(f: () => void): FormatError {
  try {
    f();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

describe("checkFileSize", () => {
  it("allows files up to 32 MB", () => {
    expect(MAX_FILE_BYTES).toBe(32 * 1024 * 1024);
    expect(() => checkFileSize("a".repeat(MAX_FILE_BYTES), "big.yaml")).not.toThrow();
  });

  it("refuses a larger file and says how large it is and what the limit is", () => {
    const error = thrown(() => checkFileSize("a".repeat(MAX_FILE_BYTES + 1024 * 1024), "big.yaml"));
    expect(error.diagnostics).toEqual([
      {
        file: "big.yaml",
        line: 1,
        column: 1,
        severity: "error",
        message: "file is at least 33.0 MB; the limit is 32.0 MB — split the plan into smaller files",
      },
    ]);
  });

  it("counts UTF-8 bytes, not characters", () => {
    // 17 M two-byte characters: under the limit in characters, 34 MB on disk.
    const error = thrown(() => checkFileSize("é".repeat(17 * 1024 * 1024), "accents.yaml"));
    expect(error.diagnostics[0]?.message).toMatch(/^file is 34\.0 MB; the limit is 32\.0 MB/);
    expect(() => checkFileSize("é".repeat(16 * 1024 * 1024), "accents.yaml")).not.toThrow();
    expect(() => checkFileSize("😀".repeat(8 * 1024 * 1024), "emoji.yaml")).not.toThrow();
    expect(() => checkFileSize("😀".repeat(8 * 1024 * 1024 + 1), "emoji.yaml")).toThrow(FormatError);
  });
});
