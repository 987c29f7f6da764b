import type { BacklogItemType } from "@keel/model";
import { describe, expect, it } from "vitest";
import { links } from "./links.js";
import type { RawIssue } from "./raw-issue.js";
import { ReportCollector } from "./report.js";

const typeOf = new Map<string, BacklogItemType>([
  ["K-1", "epic"],
  ["K-2", "story"],
]);
const keyOf = (ref: string) => (ref === "10001" ? "K-1" : /^\d+$/.test(ref) ? undefined : ref);
const issue = (more: Partial<RawIssue>): RawIssue => ({
  line: 2,
  key: "K-9",
  name: "x",
  type: "",
  status: "",
  labels: [],
  sprints: [],
  ...more,
});

describe("links", () => {
  it("prefers the Epic Link, takes an epic parent by id, and keeps a sub-task's parent", () => {
    const report = new ReportCollector();
    expect(links(issue({ parent: "10001" }), "story", keyOf, typeOf, report)).toEqual({
      epic: "K-1",
      parent: undefined,
    });
    expect(links(issue({ epicLink: "K-7", parent: "K-1" }), "bug", keyOf, typeOf, report)).toEqual({
      epic: "K-7",
      parent: undefined,
    });
    expect(links(issue({ parent: "K-2" }), "subtask", keyOf, typeOf, report)).toEqual({
      epic: undefined,
      parent: "K-2",
    });
    expect(report.approximationList()).toEqual([
      { what: "epic links to issues not in the file kept as keys", count: 1 },
    ]);
  });

  it("reports the links it cannot keep", () => {
    const report = new ReportCollector();
    links(issue({ parent: "999" }), "subtask", keyOf, typeOf, report);
    links(issue({ parent: "K-2" }), "task", keyOf, typeOf, report);
    links(issue({ parent: "K-1" }), "epic", keyOf, typeOf, report);
    links(issue({ parent: "K-5" }), "subtask", keyOf, typeOf, report);
    expect(report.approximationList().map((a) => a.what)).toEqual([
      "parent links to issue ids not in the file left out",
      "parent links of items that are not sub-tasks, to issues that are not epics in the file, left out",
      "parents of epics left out: Keel's backlog has nothing above an epic",
      "sub-task parents not in the file kept as keys",
    ]);
  });
});
