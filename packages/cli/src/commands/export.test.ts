import { readFile } from "node:fs/promises";
import { parseMspdi, parsePlanYaml, readPlan } from "@keel/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { run } from "../run.js";
import { CYCLE_PLAN, LATE_PLAN, planFiles, TINY_PLAN } from "../testing/plan-files.js";
import { check } from "./check.js";
import { type ExportFormat, exportPlan } from "./export.js";
import { schedule } from "./schedule.js";

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({ "tiny.yaml": TINY_PLAN, "late.yaml": LATE_PLAN, "cycle.yaml": CYCLE_PLAN });
});
afterAll(() => files.cleanup());

async function runExport(name: string, to: ExportFormat, target?: string) {
  const output = bufferedOutput();
  const code = await exportPlan(
    files.path(name),
    { to, output: target, now: new Date("2027-01-01T00:00:00Z") },
    output,
  );
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel export", () => {
  it("writes CSV that keel schedule and keel check read back", async () => {
    const target = files.path("tiny.csv");
    const { code, stdout, stderr } = await runExport("tiny.yaml", "csv", target);
    expect([code, stdout, stderr]).toEqual([ExitCode.ok, "", ""]);
    const csv = await readFile(target, "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "id,name,parent,milestone,duration,estimate,work,constraint,constraint date,deadline,calendar,predecessors,resources,priority,notes,percent complete,actual start,actual finish,actual cost,remaining",
    );
    expect(csv).toContain('build,"Build, test",eng,,3d,,,,,,,design,,,,,,,,\r\n');
    expect(readPlan(csv, "tiny.csv").plan.tasks).toEqual(parsePlanYaml(TINY_PLAN, "tiny.yaml").plan.tasks);

    const fromCsv = bufferedOutput();
    const fromYaml = bufferedOutput();
    expect(await schedule(target, "json", fromCsv)).toBe(ExitCode.ok);
    expect(await schedule(files.path("tiny.yaml"), "json", fromYaml)).toBe(ExitCode.ok);
    expect(fromCsv.stdout).toBe(fromYaml.stdout);
    expect(await check(target, bufferedOutput())).toBe(ExitCode.ok);
  });

  it("writes YAML and Microsoft Project XML that read back as the plan", async () => {
    const yaml = await runExport("tiny.yaml", "yaml");
    expect(parsePlanYaml(yaml.stdout, "x.yaml").plan).toEqual(parsePlanYaml(TINY_PLAN, "tiny.yaml").plan);
    const xml = await runExport("tiny.yaml", "mspdi");
    expect(xml.code).toBe(ExitCode.ok);
    expect(parseMspdi(xml.stdout, "x.xml").plan.tasks.map((t) => t.name)).toEqual([
      "Engineering",
      "API design",
      "Build, test",
      "Docs",
      "GA",
    ]);
    expect(xml.stdout).toContain("<Start>2027-01-04T");
  });

  it("writes iCalendar and Mermaid, and reports a missed deadline on stderr", async () => {
    const ics = await runExport("late.yaml", "ical");
    expect(ics.code).toBe(ExitCode.ok);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.stdout).toContain("SUMMARY:Deadline: GA\r\nDESCRIPTION:");
    expect(ics.stdout).toContain("DTSTART;VALUE=DATE:20270111\r\n");
    expect(ics.stderr).toMatch(/late\.yaml:\d+:\d+: warning: .*deadline/);
    const gantt = await runExport("tiny.yaml", "mermaid");
    expect(gantt.stdout).toMatch(/^gantt\n/);
    expect(gantt.stdout).toContain("    section Engineering\n");
    expect(gantt.stdout).toMatch(/ {4}GA :milestone, crit, ga, 2027-01-\d\d \d\d:\d\d, 0d\n/);
  });

  it("exits 1 with diagnostics when a dated format needs a schedule the plan cannot have", async () => {
    const { code, stdout, stderr } = await runExport("cycle.yaml", "mermaid");
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/cycle\.yaml:3:\d+: error: /);
    // A plan format still converts it.
    expect((await runExport("cycle.yaml", "csv")).code).toBe(ExitCode.ok);
  });

  it("is a keel command with a mandatory --to", async () => {
    const ok = bufferedOutput();
    expect(await run(["export", files.path("tiny.yaml"), "--to", "mermaid"], ok)).toBe(ExitCode.ok);
    expect(ok.stdout).toMatch(/^gantt\n/);
    const missing = bufferedOutput();
    expect(await run(["export", files.path("tiny.yaml")], missing)).toBe(ExitCode.usage);
    expect(missing.stderr).toContain("--to");
    const bad = bufferedOutput();
    expect(await run(["export", files.path("tiny.yaml"), "--to", "pdf"], bad)).toBe(ExitCode.usage);
  });
});
