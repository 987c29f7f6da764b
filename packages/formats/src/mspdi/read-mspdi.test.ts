import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FormatError } from "../diagnostic.js";
import { readPlan } from "../read-plan.js";
import { MAX_FILE_BYTES } from "../size-limit.js";
import { parseMspdi } from "./read-mspdi.js";
import { fidelityCount, formatFidelityReport } from "./report.js";

// The reference data sits beside the repository (../shared/data), never inside it.
const data = fileURLToPath(new URL("../../../../../shared/data/mspdi/", import.meta.url));
const haveData = existsSync(data);
if (!haveData) console.warn(`MSPDI corpus tests skipped: reference data not found at ${data}`);
const load = (name: string) => parseMspdi(readFileSync(`${data}${name}`, "utf8"), name);

function thrown(f: () => void): FormatError {
  try {
    f();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

const NS = 'xmlns="http://schemas.microsoft.com/project"';
/** A minimal MSPDI file: the Standard calendar and any more given, the tasks given (UID, outline level, duration, extra XML). */
function mspdi(tasks: string, extra = "", calendars = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Project ${NS}>
  <Name>Mini</Name>
  <StartDate>2027-01-04T08:00:00</StartDate>
  <CalendarUID>1</CalendarUID>
  <MinutesPerDay>480</MinutesPerDay>
  <MinutesPerWeek>2400</MinutesPerWeek>
  ${extra}
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
    <WeekDays>
      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
      ${[2, 3, 4, 5, 6]
        .map(
          (d) =>
            `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`,
        )
        .join("\n")}
      <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
    </WeekDays></Calendar>${calendars}</Calendars>
  <Tasks>${tasks}</Tasks>
</Project>`;
}
const task = (uid: number, level: number, duration: string, more = "", format = 7) =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><OutlineLevel>${level}</OutlineLevel><Duration>${duration}</Duration><DurationFormat>${format}</DurationFormat>${more}</Task>`;

describe("parseMspdi on small files", () => {
  it("reads the outline, durations, milestones, constraints, deadlines, notes and lags", () => {
    const xml = mspdi(
      [
        task(1, 1, "PT0H0M0S", "<Summary>1</Summary>"),
        task(
          2,
          2,
          "PT16H0M0S",
          "<ConstraintType>4</ConstraintType><ConstraintDate>2027-01-05T08:00:00</ConstraintDate><Notes>a &amp; b</Notes>",
        ),
        task(
          3,
          2,
          "PT4H0M0S",
          "<Deadline>2027-01-08T17:00:00</Deadline><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>",
          5,
        ),
        task(
          4,
          1,
          "PT0H0M0S",
          "<Milestone>1</Milestone><PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type><LinkLag>-14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>0</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>",
        ),
      ].join(""),
    );
    const { plan, report } = parseMspdi(xml, "mini.xml");
    expect(plan.project).toEqual({
      name: "Mini",
      start: "2027-01-04T08:00",
      timeZone: "UTC",
      calendar: "1",
      hoursPerDay: 8,
      hoursPerWeek: 40,
    });
    expect(plan.tasks.map((t) => [t.id, t.parent, t.milestone, t.duration])).toEqual([
      ["1", null, false, { value: 0, unit: "d", elapsed: false }],
      ["2", "1", false, { value: 2, unit: "d", elapsed: false }],
      ["3", "1", false, { value: 4, unit: "h", elapsed: false }],
      ["4", null, true, { value: 0, unit: "d", elapsed: false }],
    ]);
    expect(plan.tasks[1]?.constraint).toEqual({ type: "SNET", date: "2027-01-05T08:00" });
    expect(plan.tasks[1]?.notes).toBe("a & b");
    expect(plan.tasks[2]?.deadline).toBe("2027-01-08");
    expect(plan.links).toEqual([
      { from: "2", to: "3", type: "SS", lag: { value: 1, unit: "d", elapsed: false } },
      { from: "3", to: "4", type: "FS", lag: { value: -1, unit: "d", elapsed: true } },
      { from: "2", to: "4", type: "FF", lag: { percent: 50 } },
    ]);
    expect(fidelityCount(report, "exact", "links")).toBe(3);
    expect(plan.calendars[0]).toMatchObject({
      workweek: ["mon", "tue", "wed", "thu", "fri"],
      hours: ["08:00-12:00", "13:00-17:00"],
    });
  });

  it("pins manually scheduled tasks with MSO and says so in the report", () => {
    const xml = mspdi(task(1, 1, "PT8H0M0S", "<Manual>1</Manual><Start>2027-01-06T08:00:00</Start>"));
    const { plan, report } = parseMspdi(xml, "manual.xml");
    expect(plan.tasks[0]?.constraint).toEqual({ type: "MSO", date: "2027-01-06T08:00" });
    expect(formatFidelityReport(report)).toMatch(/tasks +approximated +1 +manually scheduled tasks: pinned/);
  });

  it("reads a resource's own calendar that only adds days off as its time off, and its group", () => {
    const derived = (uid: number, exceptions: string) =>
      `<Calendar><UID>${uid}</UID><Name>C${uid}</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID><Exceptions>${exceptions}</Exceptions></Calendar>`;
    const exception = (from: string, to: string, working: boolean, name = "") =>
      `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences>${name}<Type>1</Type><DayWorking>${working ? 1 : 0}</DayWorking></Exception>`;
    const resource = (uid: number, calendar: number, more = "") =>
      `<Resource><UID>${uid}</UID><Name>R${uid}</Name><Type>1</Type>${more}<MaxUnits>1</MaxUnits><CalendarUID>${calendar}</CalendarUID></Resource>`;
    const xml = mspdi(
      [task(1, 1, "PT40H0M0S"), task(2, 1, "PT40H0M0S")].join(""),
      `<Resources>${[
        resource(1, 2, "<Group>Backend</Group>"),
        resource(2, 3),
        resource(3, 4),
        resource(4, 4),
      ].join("")}</Resources>
      <Assignments><Assignment><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment></Assignments>`,
      [
        derived(2, exception("2027-01-06", "2027-01-07", false, "<Name>Ski</Name>")),
        // A working Saturday is more than time off: the calendar stays.
        derived(3, exception("2027-01-09", "2027-01-09", true)),
        // Shared by two resources: a team calendar, not one person's time off.
        derived(4, exception("2027-01-08", "2027-01-08", false)),
      ].join(""),
    );
    const { plan, report } = parseMspdi(xml, "team.xml");
    expect(plan.resources?.map((r) => [r.id, r.calendar, r.group, r.timeOff])).toEqual([
      ["1", undefined, "Backend", [{ from: "2027-01-06", to: "2027-01-07", name: "Ski" }]],
      ["2", "3", undefined, undefined],
      ["3", "4", undefined, undefined],
      ["4", "4", undefined, undefined],
    ]);
    // The task R1 works on follows R1's days off, as in MS Project; so the calendar stays for it.
    expect(plan.tasks.map((t) => t.calendar)).toEqual(["2", undefined]);
    expect(plan.calendars.map((c) => c.id)).toEqual(["1", "2", "3", "4"]);
    expect(formatFidelityReport(report)).toMatch(/resource calendars that only add days off: read as/);
    // Without a task on it, the days-off calendar is only the resource's time off.
    const unassigned = parseMspdi(xml.replace(/<Assignments>.*<\/Assignments>/s, ""), "team.xml").plan;
    expect(unassigned.calendars.map((c) => c.id)).toEqual(["1", "3", "4"]);
    expect(unassigned.resources?.[0]?.timeOff).toHaveLength(1);
  });

  it("points at the task of a malformed duration", () => {
    const xml = mspdi(`\n${task(1, 1, "eight hours")}`);
    const line = xml.slice(0, xml.indexOf("<Task>")).split("\n").length;
    const error = thrown(() => parseMspdi(xml, "bad.xml"));
    expect(error.diagnostics[0]).toMatchObject({ file: "bad.xml", line, column: 1 });
    expect(error.diagnostics[0]?.message).toMatch(/task UID 1: <Duration> "eight hours" is not a duration/);
  });
});

describe("parseMspdi refuses unsafe or foreign input", () => {
  it("refuses a DTD and entity declarations before parsing", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<Project ${NS}><Name>&b;</Name></Project>`;
    const error = thrown(() => parseMspdi(bomb, "bomb.xml"));
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]).toMatchObject({ line: 2, column: 1 });
    expect(error.message).toMatch(/refusing a DTD/);
    const xxe = `<?xml version="1.0"?><!ENTITY x SYSTEM "file:///etc/passwd"><Project ${NS}/>`;
    expect(thrown(() => parseMspdi(xxe, "xxe.xml")).message).toMatch(/refusing an? entity declaration/);
  });

  it("refuses another namespace, another root, text that is not XML and truncated files", () => {
    expect(
      thrown(() => parseMspdi('<Project xmlns="urn:other"><Name>x</Name></Project>', "o.xml")).message,
    ).toMatch(
      /namespace "urn:other"; Microsoft Project XML uses xmlns="http:\/\/schemas.microsoft.com\/project"/,
    );
    expect(thrown(() => parseMspdi("<Plan/>", "p.xml")).message).toMatch(
      /a <Project> root element\), found <Plan>/,
    );
    expect(thrown(() => parseMspdi("project: x", "y.xml")).message).toMatch(/not well-formed XML/);
    expect(thrown(() => parseMspdi("", "e.xml")).message).toMatch(/empty file/);
    const full = mspdi(task(1, 1, "PT8H0M0S"));
    const cut = thrown(() => parseMspdi(full.slice(0, full.indexOf("</Tasks>")), "cut.xml"));
    expect(cut.message).toMatch(/the file ends inside <Project> <Tasks>; it looks truncated/);
    expect(cut.diagnostics[0]?.line).toBe(full.slice(0, full.indexOf("</Tasks>")).split("\n").length);
  });

  it("refuses a file over the size limit", () => {
    const big = `<Project ${NS}><Notes>${"x".repeat(MAX_FILE_BYTES)}</Notes></Project>`;
    expect(thrown(() => parseMspdi(big, "big.xml")).message).toMatch(/the limit is 32\.0 MB/);
  });

  it("is what readPlan picks for .xml files and for MSPDI content under another name", () => {
    const xml = mspdi(task(1, 1, "PT8H0M0S"));
    expect(readPlan(xml, "plan.xml").format).toBe("mspdi");
    expect(readPlan(xml, "-").format).toBe("mspdi");
    expect(readPlan(xml, "plan.xml").mspdi?.plan.tasks).toHaveLength(1);
  });
});

describe.skipIf(!haveData)("parseMspdi on the MPXJ corpus", () => {
  it("expands recurring calendar exceptions into the days MS Project lists", () => {
    const { plan, report } = load(
      "generated/calendar-recurring-exceptions/calendar-recurring-exceptions-project2016-mspdi.xml",
    );
    const days = (name: string) =>
      plan.calendars[0]?.exceptions
        .filter((e) => e.name === name)
        .map((e) => (e.from === e.to ? e.from : `${e.from}/${e.to}`));
    expect(days("Daily 1")).toEqual(["2000-01-01/2000-01-03"]);
    expect(days("Daily 2")).toEqual(["2000-02-01", "2000-02-04", "2000-02-07", "2000-02-10"]);
    expect(days("Weekly 2 Tuesday")).toEqual(["2001-01-02", "2001-01-16", "2001-01-30", "2001-02-13"]);
    expect(days("Weekly 7 Sunday")?.at(-1)).toBe("2002-03-17");
    expect(days("Monthly Relative 1")).toEqual(["2002-01-07", "2002-03-04", "2002-05-06"]);
    expect(days("Monthly Absolute 2")).toHaveLength(6);
    expect(days("Yearly Absolute 1")).toEqual(["2005-02-01", "2006-02-01", "2007-02-01"]);
    expect(days("Yearly Relative 1")).toEqual(["2004-03-02", "2005-03-01", "2006-03-07", "2007-03-06"]);
    const working = plan.calendars[0]?.exceptions.find((e) => e.name === "Recurring Working");
    expect(working?.hours).toEqual(["09:00-13:00", "14:00-17:00"]);
    expect(fidelityCount(report, "approximated", "calendars")).toBeGreaterThan(20);
  });

  it("reads link types and lags (tenths of a minute) from mspdirelations.xml", () => {
    const { plan } = load("mspdirelations.xml");
    expect(plan.links.map((l) => `${l.from}-${l.type}-${l.to}`)).toEqual([
      "1-FS-2",
      "2-SS-3",
      "3-FF-4",
      "4-SF-5",
    ]);
    expect(plan.links[1]?.lag).toEqual({ value: 1, unit: "d", elapsed: false });
  });

  it("reads resources, assignments, derived calendars and progress from mspdiresource.xml", () => {
    const imported = load("mspdiresource.xml");
    expect(imported.resources.map((r) => [r.id, r.name, r.type, r.calendar, r.costPerHour])).toEqual([
      ["1", "Wade Golden", "work", "3", 50],
      ["2", "Jon Iles", "work", "4", 75],
      ["3", "Brian Leach", "work", "5", 100],
      ["4", "Concrete", "material", "7", undefined],
    ]);
    expect(imported.assignments).toContainEqual({ task: "3", resource: "1", units: 1 });
    // Brian Leach's calendar derives from Night Shift: same week, flattened.
    const night = imported.plan.calendars.find((c) => c.id === "6");
    const brian = imported.plan.calendars.find((c) => c.id === "5");
    expect(brian?.weekdayHours).toEqual(night?.weekdayHours);
    expect(night?.weekdayHours?.mon).toEqual(["23:00-24:00"]);
    expect(imported.plan.tasks.filter((t) => t.percentComplete !== undefined)).toEqual([
      expect.objectContaining({
        id: "4",
        percentComplete: 100,
        actualStart: "2006-08-26T08:00",
        actualFinish: "2006-08-29T17:00",
      }),
    ]);
    expect(formatFidelityReport(imported.report)).toMatch(/progress +exact +1 +tasks with progress/);
  });

  it("reads numbered baselines from baselines.xml", () => {
    const { baselines } = load("baselines.xml");
    expect(baselines.map((b) => b.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `Baseline ${n}`));
    expect(baselines[0]?.tasks[0]).toEqual({
      id: "1",
      start: "2001-01-01T09:00",
      finish: "2000-01-01T17:30",
      durationMinutes: 450,
    });
  });

  it("counts custom fields as dropped", () => {
    const { report } = load("legacy/mspextattr.xml");
    expect(fidelityCount(report, "dropped", "custom fields")).toBeGreaterThan(0);
  });
});
