import { describe, expect, it } from "vitest";
import {
  compareNatural,
  distinctValues,
  EMPTY_FILTER,
  filterItems,
  isFiltering,
  NO_OWNER,
  sortItems,
  toggleSort,
} from "./item-filter.js";

const items = [
  { id: "R10", name: "Vendor late", owner: "Ana", status: "open", category: "Supply", score: 12 },
  { id: "R2", name: "Key person leaves", owner: "Ben", status: "closed", category: "People", score: 20 },
  { id: "R1", name: "Test rig shortage", status: "open", category: "Supply", description: "lab vendor" },
] as const;
type Item = (typeof items)[number];
const facet = (i: Item) => i.category;
const text = (i: Item) => ["description" in i ? i.description : undefined];
const ids = (list: readonly Item[]) => list.map((i) => i.id);

describe("filterItems", () => {
  it("lets everything through an empty filter", () => {
    expect(ids(filterItems(items, EMPTY_FILTER, facet, text))).toEqual(["R10", "R2", "R1"]);
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
  });

  it("filters by status, owner, nobody as owner, and facet", () => {
    expect(ids(filterItems(items, { ...EMPTY_FILTER, status: "open" }, facet, text))).toEqual(["R10", "R1"]);
    expect(ids(filterItems(items, { ...EMPTY_FILTER, owner: "Ben" }, facet, text))).toEqual(["R2"]);
    expect(ids(filterItems(items, { ...EMPTY_FILTER, owner: NO_OWNER }, facet, text))).toEqual(["R1"]);
    expect(
      ids(filterItems(items, { ...EMPTY_FILTER, facet: "Supply", status: "open" }, facet, text)),
    ).toEqual(["R10", "R1"]);
  });

  it("matches every typed word, ignoring case, in the id, name and searchable text", () => {
    expect(ids(filterItems(items, { ...EMPTY_FILTER, text: "VENDOR" }, facet, text))).toEqual(["R10", "R1"]);
    expect(ids(filterItems(items, { ...EMPTY_FILTER, text: "lab vendor" }, facet, text))).toEqual(["R1"]);
    expect(ids(filterItems(items, { ...EMPTY_FILTER, text: "r2" }, facet, text))).toEqual(["R2"]);
  });

  it("keeps only the ids of a heat map cell", () => {
    const filter = { ...EMPTY_FILTER, ids: ["R1", "R2"] };
    expect(isFiltering(filter)).toBe(true);
    expect(ids(filterItems(items, filter, facet, text))).toEqual(["R2", "R1"]);
  });
});

describe("sortItems", () => {
  it("sorts numbers by value and text naturally, both ways", () => {
    expect(ids(sortItems(items, (i) => i.id, "asc"))).toEqual(["R1", "R2", "R10"]);
    expect(ids(sortItems(items, (i) => ("score" in i ? i.score : undefined), "desc"))).toEqual([
      "R2",
      "R10",
      "R1",
    ]);
  });

  it("puts items without a value last in either direction, ties in id order", () => {
    const owner = (i: Item) => ("owner" in i ? i.owner : undefined);
    expect(ids(sortItems(items, owner, "asc"))).toEqual(["R10", "R2", "R1"]);
    expect(ids(sortItems(items, owner, "desc"))).toEqual(["R2", "R10", "R1"]);
    expect(ids(sortItems(items, (i) => i.category, "asc"))).toEqual(["R2", "R1", "R10"]);
  });
});

describe("toggleSort", () => {
  it("sorts a new column in its first direction and flips the current one", () => {
    expect(toggleSort({ column: "id", direction: "asc" }, "score", "desc")).toEqual({
      column: "score",
      direction: "desc",
    });
    expect(toggleSort({ column: "id", direction: "asc" }, "id")).toEqual({ column: "id", direction: "desc" });
  });
});

describe("compareNatural and distinctValues", () => {
  it("orders numbers inside text by value", () => {
    expect(["D10", "D9", "d1"].sort(compareNatural)).toEqual(["d1", "D9", "D10"]);
  });

  it("lists each value once, blanks left out", () => {
    expect(distinctValues(items, (i) => ("owner" in i ? i.owner : undefined))).toEqual(["Ana", "Ben"]);
    expect(distinctValues(items, (i) => i.category)).toEqual(["People", "Supply"]);
  });
});
