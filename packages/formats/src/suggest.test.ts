import { describe, expect, it } from "vitest";
import { closestMatch, didYouMean } from "./suggest.js";

describe("closestMatch", () => {
  const keys = ["id", "name", "duration", "milestone", "after", "tasks"];

  it("finds typos: a missing, an extra or swapped letters", () => {
    expect(closestMatch("durtion", keys)).toBe("duration");
    expect(closestMatch("taks", keys)).toBe("tasks");
    expect(closestMatch("naem", keys)).toBe("name");
    expect(closestMatch("desing", ["design", "build"])).toBe("design");
  });

  it("treats a different case as a single edit", () => {
    expect(closestMatch("Design", ["design", "Desk"])).toBe("design");
  });

  it("suggests nothing when no candidate is close", () => {
    expect(closestMatch("colour", keys)).toBeUndefined();
    expect(closestMatch("x", ["ga"])).toBeUndefined();
    expect(closestMatch("after", keys)).toBeUndefined();
  });
});

describe("didYouMean", () => {
  it("formats a hint or nothing", () => {
    expect(didYouMean("tpye", ["task", "type", "lag"])).toBe("; did you mean `type`?");
    expect(didYouMean("zzz", ["task"])).toBe("");
  });
});
