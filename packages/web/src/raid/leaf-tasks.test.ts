import { describe, expect, it } from "vitest";
import { leafTasks } from "./leaf-tasks.js";

describe("leafTasks", () => {
  it("lists the tasks that are not summaries, in outline order, with their summaries' names", () => {
    const tasks = [
      { id: "launch", name: "Launch", parent: null, position: 3 },
      { id: "build", name: "Build", parent: null, position: 1 },
      { id: "api", name: "API", parent: "build", position: 2 },
      { id: "db", name: "Database", parent: "build", position: 1 },
      { id: "schema", name: "Schema", parent: "db", position: 1 },
      { id: "design", name: "Design", parent: null, position: 0 },
    ];
    expect(leafTasks(tasks)).toEqual([
      { id: "design", name: "Design", path: "" },
      { id: "schema", name: "Schema", path: "Build › Database" },
      { id: "api", name: "API", path: "Build" },
      { id: "launch", name: "Launch", path: "" },
    ]);
  });
});
