import { describe, expect, it } from "vitest";
import { keys } from "./queries.js";

describe("query keys", () => {
  it("puts everything of a project under its key, so a live change refreshes all of it", () => {
    const project = keys.project("p1");
    for (const key of [
      keys.schedule("p1"),
      keys.plan("p1"),
      keys.tasks("p1"),
      keys.links("p1"),
      keys.resources("p1"),
      keys.assignments("p1"),
      keys.load("p1", "day"),
      keys.capacity("p1", 0.8),
    ]) {
      expect(key.slice(0, project.length)).toEqual(project);
    }
  });
});
