import type { BacklogItem } from "@keel/model";
import { describe, expect, it } from "vitest";
import { draftOf, itemPatch } from "./item-draft.js";

const item: BacklogItem = {
  id: "APP-1",
  name: "Log in",
  type: "story",
  status: "todo",
  rank: 1,
  points: 3,
  labels: ["auth"],
  acceptance: ["Wrong password is refused"],
};

describe("item draft", () => {
  it("sends nothing when nothing changed", () => {
    expect(itemPatch(item, draftOf(item, "points"), "points")).toEqual({ patch: {} });
  });

  it("sends only what changed, in the team's unit, with null for what was cleared", () => {
    const draft = {
      ...draftOf(item, "points"),
      estimate: "5",
      labels: "",
      acceptance: "Wrong password is refused\n\nLocked after 5 tries\n",
      description: "As a user…",
    };
    expect(itemPatch(item, draft, "points")).toEqual({
      patch: {
        points: 5,
        labels: null,
        description: "As a user…",
        acceptance: ["Wrong password is refused", "Locked after 5 tries"],
      },
    });
  });

  it("drops the epic of an item that becomes an epic, and refuses an empty name or a bad estimate", () => {
    const epicDraft = { ...draftOf({ ...item, epic: "APP-9" }, "points"), type: "epic" as const };
    expect(itemPatch({ ...item, epic: "APP-9" }, epicDraft, "points")).toEqual({
      patch: { type: "epic", epic: null },
    });
    expect(itemPatch(item, { ...draftOf(item, "points"), name: " ", estimate: "x" }, "points")).toEqual({
      errors: { name: "Give the item a name.", estimate: "The estimate is a number from 0 up." },
    });
  });
});
