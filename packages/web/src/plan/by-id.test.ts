import { describe, expect, it } from "vitest";
import { indexById } from "./by-id.js";

describe("indexById", () => {
  const list = [
    { id: "a", n: 1 },
    { id: "b", n: 2 },
  ];

  it("finds items by id in the list given", () => {
    const index = indexById(list, undefined);
    expect(index.get("b")).toBe(list[1]);
    expect(index.get("z")).toBeUndefined();
    expect(index.has("a")).toBe(true);
    expect([...index.keys()]).toEqual(["a", "b"]);
  });

  it("keeps the positions when an item is replaced in place, and reads the new list", () => {
    const first = indexById(list, undefined);
    const replaced = [list[0] as { id: string; n: number }, { id: "b", n: 3 }];
    const next = indexById(replaced, first);
    expect(next.at).toBe(first.at);
    expect(next.get("b")?.n).toBe(3);
  });

  it("works the positions out again when the ids or their order change", () => {
    const first = indexById(list, undefined);
    const swapped = indexById([list[1], list[0]] as typeof list, first);
    expect(swapped.at).not.toBe(first.at);
    expect(swapped.get("a")).toBe(list[0]);
    expect(indexById([...list, { id: "c", n: 4 }], first).get("c")?.n).toBe(4);
  });
});
