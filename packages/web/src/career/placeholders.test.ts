import { describe, expect, it } from "vitest";
import { bracketTokens, placeholderRuns } from "./placeholders.js";

describe("placeholderRuns", () => {
  it("marks only the listed tokens, longest first, and keeps the rest as plain text", () => {
    expect(
      placeholderRuns("[Verb] the rollout across [N] teams [sic], by [X] %", ["[N]", "[Verb]", "[X]"]),
    ).toEqual([
      { text: "[Verb]", placeholder: true },
      { text: " the rollout across ", placeholder: false },
      { text: "[N]", placeholder: true },
      { text: " teams [sic], by ", placeholder: false },
      { text: "[X]", placeholder: true },
      { text: " %", placeholder: false },
    ]);
  });

  it("answers the text as one plain run without tokens, and nothing for no text", () => {
    expect(placeholderRuns("Led it.", [])).toEqual([{ text: "Led it.", placeholder: false }]);
    expect(placeholderRuns("", ["[N]"])).toEqual([]);
    expect(
      placeholderRuns("[what changed] by [X] %", ["[what changed]", "[X]"]).map((r) => r.placeholder),
    ).toEqual([true, false, true, false]);
  });
});

describe("bracketTokens", () => {
  it("finds each bracketed gap once, and nothing in plain text", () => {
    expect(bracketTokens("[How you weighed them.] Each was decided; [How you weighed them.] [x]")).toEqual([
      "[How you weighed them.]",
      "[x]",
    ]);
    expect(bracketTokens("Cut release time (from 9 to 4 days)")).toEqual([]);
  });
});
