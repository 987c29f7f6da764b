import { describe, expect, it } from "vitest";
import { csv } from "./csv.js";

describe("csv", () => {
  it("quotes only fields with commas, quotes or line breaks, doubling inner quotes", () => {
    expect(
      csv([
        ["id", "name"],
        ["a", 'Say "hi", then\nleave'],
        ["b", "plain"],
      ]),
    ).toBe('id,name\na,"Say ""hi"", then\nleave"\nb,plain\n');
  });
});
