import { describe, expect, it } from "vitest";
import { type Diagnostic, FormatError, formatDiagnostic } from "./diagnostic.js";

const at = (line: number, message: string): Diagnostic => ({
  file: "plan.yaml",
  line,
  column: 3,
  severity: "error",
  message,
});

describe("formatDiagnostic", () => {
  it("writes file:line:column: severity: message", () => {
    expect(formatDiagnostic(at(12, "bad"))).toBe("plan.yaml:12:3: error: bad");
    expect(formatDiagnostic({ ...at(1, "hm"), severity: "warning" })).toBe("plan.yaml:1:3: warning: hm");
  });
});

describe("FormatError", () => {
  it("keeps every diagnostic and lists them all in its message", () => {
    const error = new FormatError([at(1, "first"), at(2, "second")]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("FormatError");
    expect(error.diagnostics).toHaveLength(2);
    expect(error.message).toBe("plan.yaml:1:3: error: first\nplan.yaml:2:3: error: second");
  });
});
