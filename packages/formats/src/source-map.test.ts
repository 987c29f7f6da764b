import type { Problem } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { locateProblems, RecordedSourceMap } from "./source-map.js";

const sourceMap = new RecordedSourceMap(
  new Map([["build", { line: 8, column: 5 }]]),
  [{ line: 10, column: 13 }],
  new Map([["standard", { line: 2, column: 3 }]]),
);

const problem = (extra: Partial<Problem>): Problem => ({
  code: "cycle",
  severity: "error",
  message: "m",
  ...extra,
});

describe("locateProblems", () => {
  it("points at the link, else the task, else the calendar", () => {
    const found = locateProblems(
      [
        problem({ linkIndex: 0, taskId: "build" }),
        problem({ taskId: "build", severity: "warning", message: "late" }),
        problem({ calendarId: "standard" }),
        problem({ linkIndex: 7, taskId: "build" }),
      ],
      sourceMap,
      "p.yaml",
    );
    expect(found.map((d) => [d.line, d.column, d.severity])).toEqual([
      [10, 13, "error"],
      [8, 5, "warning"],
      [2, 3, "error"],
      [8, 5, "error"],
    ]);
    expect(found[1]).toEqual({ file: "p.yaml", line: 8, column: 5, severity: "warning", message: "late" });
  });

  it("falls back to line 1, column 1 when the place is unknown or there is no source map", () => {
    expect(locateProblems([problem({ taskId: "nope" })], sourceMap, "p.yaml")[0]).toMatchObject({
      line: 1,
      column: 1,
    });
    expect(locateProblems([problem({ taskId: "build" })], undefined, "p.sm")[0]).toMatchObject({
      file: "p.sm",
      line: 1,
      column: 1,
    });
  });
});
