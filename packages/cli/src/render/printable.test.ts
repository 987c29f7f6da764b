import { describe, expect, it } from "vitest";
import { printable } from "./printable.js";

describe("printable", () => {
  it("escapes terminal control sequences and line breaks", () => {
    expect(printable("\u001b[31mred\u001b[0m\nnext\ttab\u0085")).toBe(
      "\\u001b[31mred\\u001b[0m\\u000anext\\u0009tab\\u0085",
    );
  });

  it("leaves ordinary text, including non-ASCII, alone", () => {
    expect(printable("Überprüfung → GA ✓")).toBe("Überprüfung → GA ✓");
  });
});
