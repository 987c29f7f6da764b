import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FormatError } from "../diagnostic.js";
import { readPlan } from "../read-plan.js";
import { CSV_COLUMNS, parseCsvPlan, toCsv } from "./plan-csv.js";
import { parseCsv, writeCsv } from "./rfc4180.js";

const examples = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const exampleFiles = readdirSync(examples).filter((f) => f.endsWith(".yaml"));

function errors(text: string): string[] {
  try {
    parseCsvPlan(text, "t.csv");
  } catch (error) {
    if (error instanceof FormatError)
      return error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    throw error;
  }
  return [];
}

const HEADER =
  "id,name,parent,milestone,duration,estimate,constraint,constraint date,deadline,calendar,predecessors,notes\r\n";

describe("RFC 4180", () => {
  it("quotes commas, quotes and line breaks, and reads them back", () => {
    const rows = [["a,b", 'say "hi"', "two\nlines", "plain", " padded", ""]];
    const text = writeCsv(rows);
    expect(text).toBe('"a,b","say ""hi""","two\nlines",plain," padded",\r\n');
    expect(parseCsv(text)).toEqual({ records: [{ line: 1, fields: rows[0] }] });
  });

  it("counts lines inside quoted fields and reports an unclosed quote", () => {
    expect(parseCsv('a,"x\ny"\nb,c\n')).toEqual({
      records: [
        { line: 1, fields: ["a", "x\ny"] },
        { line: 3, fields: ["b", "c"] },
      ],
    });
    expect(parseCsv('a\n"open')).toEqual({ error: "a quoted field is never closed", line: 2 });
  });
});

describe("plan CSV", () => {
  it.each(exampleFiles)("round-trips %s: plan → CSV → plan", (name) => {
    const plan = readPlan(readFileSync(examples + name, "utf8"), name).plan;
    const csv = toCsv(plan);
    const back = parseCsvPlan(csv, "plan.csv", {
      project: plan.project,
      calendars: plan.calendars,
      ...(plan.resources === undefined ? {} : { resources: plan.resources }),
      ...(plan.risks === undefined ? {} : { risks: plan.risks }),
    });
    // The CSV carries the tasks; the RAID log and change requests stay with the YAML.
    const { assumptions: _a, issues: _i, dependencies: _d, changes: _c, ...taskPlan } = plan;
    expect(back).toEqual(taskPlan);
    // Without the YAML's project and calendars, the #project row still carries name and start.
    const alone = readPlan(csv, "plan.csv");
    expect(alone.format).toBe("csv");
    expect(alone.plan.tasks).toEqual(plan.tasks);
    expect(alone.plan.links).toEqual(plan.links);
    expect(alone.plan.project.name).toBe(plan.project.name);
    expect(alone.plan.project.start).toBe(plan.project.start);
  });

  it("writes predecessors as id, id TYPE and id TYPE±lag", () => {
    const plan = readPlan(readFileSync(`${examples}product-launch.yaml`, "utf8"), "p.yaml").plan;
    const rows = parseCsv(toCsv(plan));
    if ("error" in rows) throw new Error(rows.error);
    const byId = new Map(rows.records.map((r) => [r.fields[0], r.fields]));
    const at = (id: string, column: (typeof CSV_COLUMNS)[number]) =>
      byId.get(id)?.[CSV_COLUMNS.indexOf(column)];
    expect(at("feedback", "predecessors")).toBe("onboard SS+2d");
    expect(at("press-briefings", "predecessors")).toBe("go-no-go FS-2d");
    expect(at("rc", "predecessors")).toBe("blockers; perf-fixes; pentest-fixes");
    expect(at("perf", "estimate")).toBe("3d/5d/9d");
    expect(["milestone", "duration", "constraint", "deadline"].map((c) => at("ga", c as never))).toEqual([
      "yes",
      "0d",
      "",
      "2027-03-31",
    ]);
    expect(byId.get("#project")?.slice(0, 2)).toEqual(["#project", "Relay beta to GA launch"]);
  });

  it("reads a hand-written CSV with columns in any order and blank optional cells", () => {
    const plan = parseCsvPlan(
      'ID,Name,Duration,Predecessors,Constraint Date\n#project,Demo,,,2027-01-04\na,Design,5d,,\nb,"Build, test",3d,"a FS+1d",\nc,Ship,,a;b FF,\n',
      "demo.csv",
    );
    expect(plan.tasks.map((t) => [t.id, t.name, t.parent, t.duration.value])).toEqual([
      ["a", "Design", null, 5],
      ["b", "Build, test", null, 3],
      ["c", "Ship", null, 0],
    ]);
    expect(plan.links).toEqual([
      { from: "a", to: "b", type: "FS", lag: { value: 1, unit: "d", elapsed: false } },
      { from: "a", to: "c", type: "FS", lag: { value: 0, unit: "d", elapsed: false } },
      { from: "b", to: "c", type: "FF", lag: { value: 0, unit: "d", elapsed: false } },
    ]);
    expect(errors("id,name,predecessors\n#project,Demo,\na,A,\n")).toEqual([
      '1:1 no project start: add a row with id #project and the start date in "constraint date"',
    ]);
  });

  it("reports every bad cell with its line and column", () => {
    const text = `${HEADER}#project,P,,,,,,2027-01-04,,,,\na,A,,maybe,5x,,SNET,,2027-02-30,,zz,\na,B,nope,,1d,1d,,,,,a SS+q,\n`;
    expect(errors(text)).toEqual([
      '3:4 milestone is "maybe"; expected yes or empty',
      expect.stringMatching(/^3:5 "5x" has an unknown unit "x"/),
      "3:8 constraint SNET needs a date",
      '3:9 deadline "2027-02-30" is not a date YYYY-MM-DD',
      '4:1 task id "a" is used twice (first on line 3)',
      '4:6 estimate "1d" needs three values: optimistic/most likely/pessimistic',
      '4:3 task "a": parent "nope" is not a task in this file',
      '3:11 task "a": predecessor "zz" is not a task in this file',
      expect.stringMatching(/^4:11 predecessor "a SS\+q": "q" is not a duration/),
    ]);
    expect(errors("id,name,colour\n")).toEqual([
      '1:3 unknown column "colour"; expected id, name, parent, milestone, duration, estimate, work, constraint, constraint date, deadline, calendar, predecessors, resources, priority, notes, percent complete, actual start, actual finish, actual cost, remaining',
    ]);
    const progress = "id,name,constraint date,percent complete,actual start,actual cost,remaining\n";
    expect(errors(`${progress}#project,P,2027-01-04,,,,\na,A,,140,2027-13-01,-5,2x\n`)).toEqual([
      '3:4 percent complete "140" is not a number from 0 to 100',
      '3:5 actual start "2027-13-01" is not a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM',
      '3:6 actual cost "-5" is not an amount of 0 or more',
      expect.stringMatching(/^3:7 "2x" has an unknown unit "x"/),
    ]);
  });
});
