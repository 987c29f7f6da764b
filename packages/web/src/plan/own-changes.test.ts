import { describe, expect, it } from "vitest";
import { claim, EXPECTED_FOR_MS, type Expected } from "./own-changes.js";

const NOW = 1_000_000;
const expected: Expected[] = [
  { entity: "task", action: "update", id: "build", sent: NOW - 100 },
  { entity: "link", action: "create", sent: NOW - 50 },
];
const change = (actorId: string | null, ...changes: { entity: string; id: string; action: string }[]) => ({
  planVersion: 7,
  actorId,
  changes,
});

describe("claim", () => {
  it("takes a change by us of items we expected, and answers what is still expected", () => {
    expect(
      claim(expected, change("me", { entity: "task", id: "build", action: "update" }), "me", NOW),
    ).toEqual([expected[1]]);
    // A new link's id is only known once saved: any link we create matches.
    expect(claim(expected, change("me", { entity: "link", id: "l-9", action: "create" }), "me", NOW)).toEqual(
      [expected[0]],
    );
  });

  it("leaves changes by others, of other items, or only partly ours, to be fetched", () => {
    const build = { entity: "task", id: "build", action: "update" };
    expect(claim(expected, change("you", build), "me", NOW)).toBeUndefined();
    expect(claim(expected, change(null, build), "me", NOW)).toBeUndefined();
    expect(claim(expected, change("me", { ...build, id: "test" }), "me", NOW)).toBeUndefined();
    expect(claim(expected, change("me", { ...build, action: "delete" }), "me", NOW)).toBeUndefined();
    expect(
      claim(expected, change("me", build, { entity: "task", id: "docs", action: "update" }), "me", NOW),
    ).toBe(undefined);
    // Two updates of the same task need two edits of ours.
    expect(claim(expected, change("me", build, build), "me", NOW)).toBeUndefined();
    expect(claim(expected, change("me", build), undefined, NOW)).toBeUndefined();
  });

  it("stops waiting for an announcement that did not come in time", () => {
    const build = { entity: "task", id: "build", action: "update" };
    expect(claim(expected, change("me", build), "me", NOW + EXPECTED_FOR_MS)).toBeUndefined();
  });
});
