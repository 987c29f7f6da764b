import { describe, expect, it } from "vitest";
import { fileProblems, yamlTaskNames } from "./plan-file.js";

describe("fileProblems", () => {
  it("reads line and column from the end of the path, whatever the file name holds", () => {
    expect(
      fileProblems([
        { path: "my:plan.yaml:12:5", message: "unknown field" },
        { path: "plan", message: "empty" },
      ]),
    ).toEqual([
      { line: 12, column: 5, message: "unknown field" },
      { line: undefined, column: undefined, message: "empty" },
    ]);
  });
});

describe("yamlTaskNames", () => {
  it("names the tasks of a Keel YAML file, nested ones included", () => {
    const yaml = `project: { name: P, start: 2027-01-04 }
tasks:
  - id: beta
    name: Open beta
    tasks:
      - id: onboard
        # why
        duration: 5d
        name: "Onboard: partners"
      - id: bare
        duration: 1d
  - id: ga
    name: 'GA' # launch
`;
    expect([...yamlTaskNames(yaml)]).toEqual([
      ["beta", "Open beta"],
      ["onboard", "Onboard: partners"],
      ["ga", "GA"],
    ]);
  });
});
