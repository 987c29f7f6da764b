import type { LocalDate, Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { type Diagnostic, FormatError } from "../diagnostic.js";
import { parsePlanYaml } from "./parse.js";
import { EXAMPLE_PLAN as EXAMPLE, FULL_PLAN } from "./test-plans.js";
import { MAX_NESTING } from "./yaml-document.js";

const days = (value: number) => ({ value, unit: "d" as const, elapsed: false });

/** The diagnostics parsePlanYaml throws, as `line:column message`. */
function errors(text: string): string[] {
  return diagnostics(text).map((d) => `${d.line}:${d.column} ${d.message}`);
}

function diagnostics(text: string): Diagnostic[] {
  try {
    parsePlanYaml(text, "plan.yaml");
  } catch (error) {
    if (error instanceof FormatError) return error.diagnostics;
    throw error;
  }
  throw new Error("expected the plan to be rejected");
}

/** A valid file around `tasks` (indented by two spaces under `tasks:`). */
const withTasks = (tasks: string) => `project: { name: P, start: 2027-01-04 }\ntasks:\n${tasks}`;

describe("parsePlanYaml: the example plan", () => {
  const { plan, sourceMap } = parsePlanYaml(EXAMPLE, "launch.yaml");

  it("normalizes into exactly this Plan", () => {
    const expected: Plan = {
      project: { name: "Beta to GA launch", start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
      calendars: [
        {
          id: "standard",
          workweek: ["mon", "tue", "wed", "thu", "fri"],
          hours: ["09:00-12:00", "13:00-17:00"],
          holidays: ["2027-01-18" as LocalDate],
          exceptions: [],
        },
      ],
      tasks: [
        {
          id: "design",
          name: "API design",
          parent: null,
          milestone: false,
          duration: days(5),
          constraint: { type: "ASAP" },
        },
        {
          id: "build",
          name: "build",
          parent: null,
          milestone: false,
          duration: days(5),
          estimate: { optimistic: days(3), mostLikely: days(5), pessimistic: days(9) },
          constraint: { type: "ASAP" },
        },
        {
          id: "docs",
          name: "docs",
          parent: null,
          milestone: false,
          duration: days(2),
          constraint: { type: "ASAP" },
        },
        {
          id: "ga",
          name: "ga",
          parent: null,
          milestone: true,
          duration: days(0),
          constraint: { type: "ASAP" },
          deadline: "2027-03-31" as LocalDate,
        },
      ],
      links: [
        { from: "design", to: "build", type: "FS", lag: days(0) },
        { from: "design", to: "docs", type: "SS", lag: days(1) },
        { from: "build", to: "ga", type: "FS", lag: days(0) },
        { from: "docs", to: "ga", type: "FS", lag: days(0) },
      ],
    };
    expect(plan).toStrictEqual(expected);
  });

  it("records where tasks, links and calendars were written", () => {
    expect(sourceMap.task("design")).toEqual({ line: 5, column: 5 });
    expect(sourceMap.task("ga")).toEqual({ line: 14, column: 5 });
    expect(sourceMap.task("nope")).toBeUndefined();
    expect(sourceMap.link(0)).toEqual({ line: 10, column: 13 });
    expect(sourceMap.link(1)).toEqual({ line: 13, column: 13 });
    expect(sourceMap.link(3)).toEqual({ line: 16, column: 20 });
    expect(sourceMap.link(4)).toBeUndefined();
    expect(sourceMap.calendar("standard")).toEqual({ line: 2, column: 11 });
  });
});

describe("parsePlanYaml: the rest of the format", () => {
  const text = FULL_PLAN;
  const { plan, sourceMap } = parsePlanYaml(text, "full.yaml");

  it("reads the project block", () => {
    expect(plan.project).toStrictEqual({
      name: "Full",
      start: "2027-01-04T09:30",
      timeZone: "Europe/Berlin",
      calendar: "night-shift",
      hoursPerDay: 7.5,
      hoursPerWeek: 37.5,
      statusDate: "2027-02-01",
    });
  });

  it("reads calendars: defaults, holidays in all forms, exceptions, inheritance from `base`", () => {
    const [office, night, weekend] = plan.calendars;
    const exceptions = [
      { from: "2027-05-01", to: "2027-05-01", name: "Labour Day", hours: [] },
      { from: "2027-12-24", to: "2027-12-31", name: "Shutdown", hours: [] },
      { from: "2027-02-12", to: "2027-02-12", hours: [] },
      { from: "2027-02-13", to: "2027-02-13", name: "Release Saturday", hours: ["10:00-14:00"] },
    ];
    expect(office).toStrictEqual({
      id: "office",
      name: "Office",
      workweek: ["mon", "tue", "wed", "thu", "fri"],
      hours: ["09:00-12:00", "13:00-17:00"],
      weekdayHours: { fri: ["09:00-13:00"] },
      holidays: ["2027-01-01"],
      exceptions,
    });
    expect(night).toStrictEqual({
      id: "night-shift",
      workweek: ["mon", "tue", "wed", "thu", "fri"],
      hours: ["22:00-24:00"],
      weekdayHours: { fri: ["09:00-13:00"] },
      holidays: ["2027-01-01"],
      exceptions,
    });
    expect(weekend).toStrictEqual({
      id: "weekend",
      workweek: ["sat", "sun"],
      hours: ["09:00-12:00", "13:00-17:00"],
      holidays: [],
      exceptions: [],
    });
    expect(sourceMap.calendar("office")).toEqual({ line: 11, column: 3 });
    expect(sourceMap.calendar("weekend")).toEqual({ line: 25, column: 5 });
  });

  it("flattens nested tasks in outline order with their parent", () => {
    expect(plan.tasks.map((t) => [t.id, t.parent, t.milestone])).toEqual([
      ["phase", null, false],
      ["a", "phase", false],
      ["b", "phase", false],
      ["c", "phase", false],
      ["done", null, true],
      ["launch", null, true],
    ]);
    const [phase, a, b, c] = plan.tasks;
    expect(phase).toMatchObject({
      name: "Phase one",
      duration: days(0),
      constraint: { type: "SNET", date: "2027-02-01" },
    });
    expect(a).toMatchObject({ duration: { value: 30, unit: "min", elapsed: false }, calendar: "weekend" });
    expect(a?.notes).toBe("Two lines\nof notes.\n");
    expect(b).toMatchObject({
      duration: { value: 3, unit: "d", elapsed: true },
      constraint: { type: "FNLT", date: "2027-03-01T17:00" },
    });
    expect(c?.duration).toEqual({ value: 3, unit: "w", elapsed: false });
    expect(c?.estimate?.pessimistic).toEqual({ value: 5, unit: "w", elapsed: false });
    expect(c?.constraint).toEqual({ type: "ALAP" });
    expect(plan.tasks.at(-1)).toStrictEqual({
      id: "launch",
      name: "launch",
      parent: null,
      milestone: true,
      duration: days(0),
      constraint: { type: "ASAP" },
      deadline: "2027-04-01",
    });
  });

  it("puts links in file order with their types and lags", () => {
    expect(plan.links).toStrictEqual([
      { from: "a", to: "b", type: "FS", lag: { percent: 50 } },
      { from: "a", to: "b", type: "SF", lag: { value: -1, unit: "d", elapsed: false } },
      { from: "b", to: "c", type: "FF", lag: { value: 4, unit: "h", elapsed: false } },
      { from: "phase", to: "done", type: "FS", lag: days(0) },
      { from: "done", to: "launch", type: "FS", lag: days(0) },
    ]);
    expect(sourceMap.link(1)).toEqual({ line: 41, column: 40 });
  });

  it("keeps the default calendar when the file has no calendar block", () => {
    const { plan } = parsePlanYaml(withTasks("  - { id: x, duration: 1d }\n"), "p.yaml");
    expect(plan.calendars).toEqual([
      {
        id: "standard",
        name: "Standard",
        workweek: ["mon", "tue", "wed", "thu", "fri"],
        hours: ["09:00-12:00", "13:00-17:00"],
        holidays: [],
        exceptions: [],
      },
    ]);
    expect(plan.project.calendar).toBe("standard");
  });
});

describe("parsePlanYaml: errors point at the offending line and column", () => {
  it("reports an unknown key at the key, with the closest known key", () => {
    expect(errors(withTasks("  - id: build\n    durtion: 5d\n"))).toEqual(
      [
        "4:5 unknown key `durtion` in task `build`; did you mean `duration`?",
        "3:5 task `build` needs a `duration`, such as 5d, `work`, or `milestone: true`",
      ].toSorted(),
    );
    expect(errors(`project: { name: P, start: 2027-01-04 }\ntaks: []\n`)).toEqual([
      "1:1 missing required key `tasks` at the top level",
      "2:1 unknown key `taks` at the top level; did you mean `tasks`?",
    ]);
    expect(
      errors(
        withTasks(
          "  - { id: a, duration: 1d }\n  - { id: b, duration: 1d, after: [{ task: a, tpye: SS }] }\n",
        ),
      ),
    ).toEqual(["4:47 unknown key `tpye` in `after[0]` of task `b`; did you mean `type`?"]);
  });

  it("lists the known keys when no key is close", () => {
    expect(errors(withTasks("  - { id: a, duration: 1d, owner: me }\n"))).toEqual([
      "3:28 unknown key `owner` in task `a`; expected one of: id, name, duration, work, assign, milestone, after, constraint, priority, deadline, calendar, notes, percentComplete, actualStart, actualFinish, actualCost, remainingDuration, tasks",
    ]);
  });

  it("reports wrong types with what was expected and what was found", () => {
    expect(
      errors(
        withTasks(
          "  - id: 42\n    duration: 1d\n  - id: b\n    name: [x]\n    milestone: yes\n    duration: 0\n",
        ),
      ),
    ).toEqual([
      '3:9 `id` of the task at `tasks[0]`: expected text, got 42; quote it if you mean text: "42"',
      "6:11 `name` of task `b`: expected text, got a list",
      '7:16 `milestone` of task `b`: expected true or false, got "yes"',
    ]);
    expect(errors("- just a list\n")).toEqual(["1:1 the plan: expected a mapping (key: value), got a list"]);
  });

  it("reports bad durations, lags, dates and hours", () => {
    expect(
      errors(
        withTasks(
          "  - id: a\n    duration: 5x\n  - id: b\n    duration: 5\n    after: [{ task: a, lag: soon }]\n  - id: c\n    duration: 9d/5d/3d\n    deadline: 2300-01-01\n",
        ),
      ),
    ).toEqual([
      '4:15 `duration` of task `a`: "5x" has an unknown unit "x"; expected a duration such as 30min, 4h, 5d, 2w or elapsed 3ed',
      '6:15 `duration` of task `b`: "5" has no unit; expected a duration such as 30min, 4h, 5d, 2w or elapsed 3ed',
      '7:29 `after[0].lag` of task `b`: "soon" is not a duration; expected a duration such as 30min, 4h, 5d, 2w or elapsed 3ed, a lead -1d, or 50%',
      "9:15 `duration` of task `c`: optimistic 9d is more than most likely 5d; write optimistic/most likely/pessimistic, such as 3d/5d/9d",
      '10:15 `deadline` of task `c`: expected a date YYYY-MM-DD between 1900 and 2200, got "2300-01-01"',
    ]);
    expect(
      errors(`project: { name: P, start: 1899-12-31 }\ncalendar: { hours: ["17:00-09:00"] }\ntasks: []\n`),
    ).toEqual([
      '1:28 `project.start`: expected a date YYYY-MM-DD between 1900 and 2200 or a date-time YYYY-MM-DDTHH:MM, got "1899-12-31"',
      '2:21 `hours[0]` of calendar `standard`: working interval "17:00-09:00" ends before it starts',
    ]);
  });

  it("compares three-point estimates only when the units convert without a calendar", () => {
    expect(() => parsePlanYaml(withTasks("  - { id: a, duration: 1w/4d/2w }\n"), "p.yaml")).not.toThrow();
    expect(errors(withTasks("  - { id: a, duration: 2h/90min/3h }\n"))).toEqual([
      "3:24 `duration` of task `a`: optimistic 2h is more than most likely 90min; write optimistic/most likely/pessimistic, such as 3d/5d/9d",
    ]);
  });

  it("reports constraint mistakes in both forms", () => {
    expect(
      errors(
        withTasks(
          "  - { id: a, duration: 1d, constraint: SNTE 2027-01-01 }\n  - { id: b, duration: 1d, constraint: SNET }\n  - { id: c, duration: 1d, constraint: { type: ASAP, date: 2027-01-01 } }\n",
        ),
      ),
    ).toEqual([
      '3:40 `constraint` of task `a`: unknown constraint type "SNTE"; expected one of ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO; did you mean `SNET`?',
      '4:40 `constraint` of task `b`: SNET needs a date, such as "SNET 2027-02-01"',
      "5:40 `constraint` of task `c`: ASAP takes no date; write just ASAP",
    ]);
  });

  it("points a duplicate task id at the second and names the first's line", () => {
    expect(errors(withTasks("  - id: design\n    duration: 1d\n  - id: design\n    duration: 2d\n"))).toEqual(
      ["5:9 duplicate task id `design`; first defined at line 3"],
    );
  });

  it("reports links to unknown tasks at that entry, with a suggestion", () => {
    expect(
      errors(
        withTasks(
          "  - id: design\n    duration: 1d\n  - id: build\n    duration: 1d\n    after: [design, desing, { task: qa }]\n",
        ),
      ),
    ).toEqual([
      "7:21 task `build`: `after` names unknown task `desing`; did you mean `design`?",
      "7:37 task `build`: `after` names unknown task `qa`",
    ]);
  });

  it("reports a task linking to itself", () => {
    expect(errors(withTasks("  - id: a\n    duration: 1d\n    after: [a]\n"))).toEqual([
      "5:13 task `a`: `after` names the task itself",
    ]);
  });

  it("reports unknown calendar ids, with the calendars there are", () => {
    expect(
      errors(`project: { name: P, start: 2027-01-04, calendar: nigth }
calendars: [{ id: night, base: offce }]
tasks:
  - { id: a, duration: 1d, calendar: weekend }
`),
    ).toEqual([
      "1:50 `project.calendar` names unknown calendar `nigth`; did you mean `night`?",
      "2:32 `base` of calendar `night` names unknown calendar `offce` (calendars: standard, night)",
      "4:38 task `a`: unknown calendar `weekend` (calendars: standard, night)",
    ]);
  });

  it("reports duplicate calendar ids and `base` loops", () => {
    expect(
      errors(`project: { name: P, start: 2027-01-04 }
calendar: { id: main }
calendars:
  - { id: main }
  - { id: a, base: a }
tasks: []
`),
    ).toEqual([
      "4:11 duplicate calendar id `main`; first defined at line 2",
      "5:20 calendar `a` is based on itself (a → a)",
    ]);
  });

  it("reports a calendar without any working time", () => {
    expect(
      errors(`project: { name: P, start: 2027-01-04 }
calendar: { workweek: [] }
calendars:
  - id: idle
    hours: []
  - id: weekend-only
    base: idle
    workweek: [sat]
    weekdayHours: { sat: ["10:00-12:00"] }
tasks: []
`),
    ).toEqual([
      "2:23 calendar `standard` has no working time: its `workweek` is empty",
      "5:12 calendar `idle` has no working time: no working hours on any day of its workweek",
    ]);
  });

  it("reports summary-task rules: no duration, no milestone, no FF/SF links into them", () => {
    expect(
      errors(
        withTasks(`  - id: a
    duration: 1d
  - id: phase
    duration: 5d
    milestone: true
    after: [{ task: a, type: FF }, { task: a, type: SS }]
    tasks:
      - { id: leaf }
`),
      ),
    ).toEqual([
      "6:5 task `phase` has subtasks, so its duration comes from them; remove `duration`",
      "7:5 task `phase` has subtasks, so it cannot be a milestone; remove `milestone` or add a milestone subtask",
      "8:30 task `phase` is a summary task, so an FF link cannot end at it (its finish comes from its subtasks); link to a subtask instead",
      "10:9 task `leaf` needs a `duration`, such as 5d, `work`, or `milestone: true`",
    ]);
  });

  it("rejects a milestone with a duration, which the engine would ignore", () => {
    expect(
      errors(
        withTasks(
          "  - id: a\n    milestone: true\n    duration: 2d\n  - { id: b, milestone: true, duration: 0h }\n",
        ),
      ),
    ).toEqual(["5:5 task `a` is a milestone, so it takes no time; remove `duration` or `milestone: true`"]);
  });

  it("reports every problem in one go, sorted by position", () => {
    const found = diagnostics(`project: { name: P, start: 2027-02-30, timeZone: Europe/Berln }
tasks:
  - { id: a, duration: 1d, after: [b] }
  - { id: a, duration: 1 }
`);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(["1:28", "1:50", "3:36", "4:11", "4:24"]);
    expect(found.every((d) => d.file === "plan.yaml" && d.severity === "error")).toBe(true);
    expect(found[1]?.message).toBe(
      '`project.timeZone`: unknown time zone "Europe/Berln"; expected an IANA name such as Europe/Berlin or America/New_York; did you mean `Europe/Berlin`?',
    );
  });

  it("reports a missing required key at the mapping that lacks it", () => {
    expect(errors(withTasks("  - name: no id\n    duration: 1d\n"))).toEqual([
      "3:5 missing required key `id` in the task at `tasks[0]`",
    ]);
  });

  it("reports exceptions and holidays that are neither a day nor a range", () => {
    expect(
      errors(`project: { name: P, start: 2027-01-04 }
calendar:
  holidays: [{ name: Nothing }, { from: 2027-01-05, to: 2027-01-01 }]
  exceptions: [{ date: 2027-01-01, from: 2027-01-01, to: 2027-01-02 }]
tasks: []
`),
    ).toEqual([
      "3:14 `holidays[0]` of calendar `standard`: a holiday needs `date`, or both `from` and `to`",
      "3:33 `holidays[1]` of calendar `standard`: a holiday ends (2027-01-01) before it starts (2027-01-05)",
      "4:16 `exceptions[0]` of calendar `standard`: an exception has `date` and `from`/`to`; give one day with `date` or a range with `from` and `to`",
    ]);
  });
});

describe("parsePlanYaml: YAML problems and hostile input", () => {
  it("reports malformed YAML with yaml's message and position", () => {
    expect(errors("project: { name: P, start: 2027-01-04\ntasks: []\n")).toEqual([
      "2:1 YAML: Flow map in block collection must be sufficiently indented and end with a }",
    ]);
    expect(errors("tasks:\n  - id: a\n    duration: 1d\n   - id: b\n")).toEqual([
      "4:4 YAML: All sequence items must start at the same column",
    ]);
    expect(errors("project: {}\nproject: {}\ntasks: []\n")).toEqual(["2:1 YAML: Map keys must be unique"]);
    expect(errors("project: {}\ntasks: [*first]\n")).toEqual([
      "2:9 YAML: Unresolved alias (the anchor must be set before the alias): first",
    ]);
  });

  it("says so when the file is empty", () => {
    expect(errors("")).toEqual(["1:1 the file is empty; a plan needs at least `project` and `tasks`"]);
    expect(errors("# yaml-language-server: $schema=keel-plan.schema.json\n\n")).toEqual([
      "1:1 the file is empty; a plan needs at least `project` and `tasks`",
    ]);
  });

  it("accepts one document only", () => {
    expect(errors(`${withTasks("  - { id: a, duration: 1d }\n")}---\nproject: {}\n`)).toEqual([
      "4:1 a plan file holds one YAML document; remove the `---` that starts a second one",
    ]);
  });

  it("refuses deep nesting before building it", () => {
    const deep = `project: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`;
    expect(errors(deep)).toEqual([
      `1:${10 + MAX_NESTING - 1} YAML nested more than ${MAX_NESTING} levels deep; a plan never needs this`,
    ]);
    const blockDeep = `tasks:\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- tasks:`).join("\n")}\n`;
    expect(errors(blockDeep)[0]).toMatch(/YAML nested more than 100 levels deep/);
  });

  it("refuses alias bombs", () => {
    let bomb = 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n';
    for (let i = 0; i < 9; i++) {
      const prev = i === 0 ? "a" : `b${i - 1}`;
      bomb += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(", ")}]\n`;
    }
    expect(errors(bomb)).toEqual([
      "1:1 YAML aliases expand too much (more than 100 uses); write the values out",
    ]);
  });

  it("refuses files over 32 MB before parsing them", () => {
    const huge = `# ${"x".repeat(33 * 1024 * 1024)}\n`;
    expect(errors(huge)).toEqual([
      "1:1 file is at least 33.0 MB; the limit is 32.0 MB — split the plan into smaller files",
    ]);
  });

  it("caps the list of errors in a badly broken file", () => {
    const tasks = Array.from(
      { length: 500 },
      (_, i) => `  - { id: t${i}, duration: 1d, after: [nope${i}] }`,
    ).join("\n");
    const found = diagnostics(withTasks(`${tasks}\n`));
    expect(found).toHaveLength(201);
    expect(found.at(-1)?.message).toBe("300 more errors not shown; fix the ones above first");
  });

  it("parses a large plan quickly", () => {
    const n = 20_000;
    const tasks = Array.from(
      { length: n },
      (_, i) => `  - id: t${i}\n    duration: 1d\n    after: [t${Math.max(0, i - 1)}${i === 0 ? "x" : ""}]`,
    );
    tasks[0] = "  - id: t0\n    duration: 1d";
    const started = performance.now();
    const { plan } = parsePlanYaml(withTasks(`${tasks.join("\n")}\n`), "big.yaml");
    expect(plan.tasks).toHaveLength(n);
    expect(plan.links).toHaveLength(n - 1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
