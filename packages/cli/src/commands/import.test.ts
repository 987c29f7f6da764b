import { readFile } from "node:fs/promises";
import { parseMspdi, parsePlanYaml } from "@keel/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { planFiles } from "../testing/plan-files.js";
import { check } from "./check.js";
import { importPlan } from "./import.js";
import { schedule } from "./schedule.js";

const WEEKDAY = (d: number) =>
  `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`;

/** Two tasks, the second after the first with a one-day lag, and a custom field on the first. */
const MSPDI = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Mini launch</Name>
  <StartDate>2027-01-04T08:00:00</StartDate>
  <CalendarUID>1</CalendarUID>
  <MinutesPerDay>480</MinutesPerDay>
  <MinutesPerWeek>2400</MinutesPerWeek>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
    <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
    ${[2, 3, 4, 5, 6].map(WEEKDAY).join("")}
    <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
  </WeekDays></Calendar></Calendars>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration><DurationFormat>7</DurationFormat>
      <ExtendedAttribute><FieldID>188743731</FieldID><Value>x</Value></ExtendedAttribute></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
  </Tasks>
</Project>
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "mini.xml": MSPDI,
    "dtd.xml": MSPDI.replace("<Project ", '<!DOCTYPE Project SYSTEM "http://example.com/x.dtd">\n<Project '),
  });
});
afterAll(() => files.cleanup());

async function run(name: string, options: { report: boolean; output?: string }) {
  const output = bufferedOutput();
  const code = await importPlan(files.path(name), options, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel import", () => {
  it("prints the fidelity report per field family", async () => {
    const { code, stdout, stderr } = await run("mini.xml", { report: true });
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Import of .*mini\.xml\n/);
    expect(stdout).toMatch(/\ntasks +exact +2 +tasks\n/);
    expect(stdout).toMatch(/\nlinks +exact +1 +links\n/);
    expect(stdout).toMatch(
      /\ncustom fields +dropped +1 +task custom field values: Keel has no custom fields yet\n/,
    );
    expect(stdout).not.toContain("project:");
  });

  it("writes the plan as Keel YAML that reads back as the imported plan", async () => {
    const target = files.path("mini.yaml");
    const { code, stdout } = await run("mini.xml", { report: false, output: target });
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toBe("");
    const yaml = await readFile(target, "utf8");
    expect(parsePlanYaml(yaml, "mini.yaml").plan.tasks).toEqual(parseMspdi(MSPDI, "mini.xml").plan.tasks);
    expect(parsePlanYaml(yaml, "mini.yaml").plan.links).toEqual(parseMspdi(MSPDI, "mini.xml").plan.links);
  });

  it("prints the YAML on stdout without -o or --report", async () => {
    const { stdout } = await run("mini.xml", { report: false });
    expect(stdout).toMatch(/^project:/);
    expect(stdout).toContain("Build");
  });

  it("refuses a file with a DTD: exit 1, a diagnostic on stderr", async () => {
    const { code, stdout, stderr } = await run("dtd.xml", { report: true });
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/dtd\.xml:2:1: error: refusing a DTD/);
  });
});

describe("keel schedule and check on Microsoft Project XML", () => {
  it("schedules an .xml file directly", async () => {
    const output = bufferedOutput();
    expect(await schedule(files.path("mini.xml"), "csv", output)).toBe(ExitCode.ok);
    // Design Mon–Fri, a one-day lag, Build Tue–Wed of the next week.
    expect(output.stdout).toContain("2027-01-12T08:00:00");
    expect(output.stdout).toContain("2027-01-13T17:00:00");
  });

  it("checks an .xml file and reports its problems at file positions", async () => {
    const output = bufferedOutput();
    expect(await check(files.path("mini.xml"), output)).toBe(ExitCode.ok);
    expect(output.stdout).toMatch(/0 errors, 0 warnings; 2 tasks/);
    const bad = bufferedOutput();
    expect(await check(files.path("dtd.xml"), bad)).toBe(ExitCode.planFailed);
    expect(bad.stdout).toMatch(/dtd\.xml:2:1: error: refusing a DTD/);
  });
});
