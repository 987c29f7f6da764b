import type { BacklogItem } from "@keel/model";
import { describe, expect, it } from "vitest";
import { isFiltered, labelsOf, matches, NO_FILTER, parseLabels } from "./backlog-filter.js";

const item = (id: string, more: Partial<BacklogItem> = {}): BacklogItem => ({
  id,
  name: `Item ${id}`,
  type: "story",
  status: "todo",
  rank: 0,
  ...more,
});

describe("backlog filter", () => {
  const login = item("APP-1", { name: "Log in with SSO", epic: "APP-9", labels: ["auth", "ui"] });
  const crash = item("APP-2", { name: "Crash on save", type: "bug" });

  it("lets everything through with no criteria", () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect([login, crash].filter((i) => matches(i, NO_FILTER))).toHaveLength(2);
  });

  it("needs every criterion set: type, epic (or none), label and text", () => {
    expect(matches(crash, { ...NO_FILTER, type: "bug" })).toBe(true);
    expect(matches(login, { ...NO_FILTER, type: "bug" })).toBe(false);
    expect(matches(login, { ...NO_FILTER, epic: "APP-9" })).toBe(true);
    expect(matches(login, { ...NO_FILTER, epic: "none" })).toBe(false);
    expect(matches(crash, { ...NO_FILTER, epic: "none" })).toBe(true);
    expect(matches(login, { ...NO_FILTER, label: "ui" })).toBe(true);
    expect(matches(crash, { ...NO_FILTER, label: "ui" })).toBe(false);
    expect(matches(login, { ...NO_FILTER, text: " sso" })).toBe(true);
    expect(matches(login, { ...NO_FILTER, text: "AUTH" })).toBe(true);
    expect(matches(login, { ...NO_FILTER, text: "app-1", type: "bug" })).toBe(false);
  });

  it("lists labels once, sorted, and reads typed ones", () => {
    expect(labelsOf([login, crash, item("APP-3", { labels: ["api", "ui"] })])).toEqual(["api", "auth", "ui"]);
    expect(parseLabels("api, ui ,, api")).toEqual(["api", "ui"]);
    expect(parseLabels("  ")).toEqual([]);
  });
});
