import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { CYCLE_PLAN, LATE_PLAN, planFiles, TINY_PLAN } from "../testing/plan-files.js";
import { type ScheduleFormat, schedule } from "./schedule.js";

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "tiny.yaml": TINY_PLAN,
    "late.yaml": LATE_PLAN,
    "cycle.yaml": CYCLE_PLAN,
    "escape.yaml": TINY_PLAN.replace("name: Docs", 'name: "\\e[2JDocs\\nmore"'),
  });
});
afterAll(() => files.cleanup());

async function runSchedule(name: string, format: ScheduleFormat) {
  const output = bufferedOutput();
  const file = files.path(name);
  const code = await schedule(file, format, output);
  return { code, file, stdout: output.stdout, stderr: output.stderr };
}

describe("keel schedule --format table", () => {
  it("prints tasks indented under summary tasks, float in days, critical marks and a footer", async () => {
    const { code, stdout, stderr } = await runSchedule("tiny.yaml", "table");
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        "id        name         start             finish            float (d)  critical",
        "--------  -----------  ----------------  ----------------  ---------  --------",
        "eng       Engineering  2027-01-04 09:00  2027-01-13 17:00          0  *",
        "  design  API design   2027-01-04 09:00  2027-01-08 17:00          0  *",
        "  build   Build, test  2027-01-11 09:00  2027-01-13 17:00          0  *",
        "docs      Docs         2027-01-11 09:00  2027-01-11 17:00          2",
        "ga        GA           2027-01-13 17:00  2027-01-13 17:00          0  *",
        "",
        "Project   Tiny launch",
        "Start     2027-01-04 09:00",
        "Finish    2027-01-13 17:00",
        "Duration  8 working days",
        "Warnings  none",
        "",
      ].join("\n"),
    );
  });

  it("lists a missed deadline under the table and still exits 0", async () => {
    const { code, file, stdout } = await runSchedule("late.yaml", "table");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/\nWarnings {2}1\n {2}.*: warning: task "ga" .*deadline 2027-01-11/);
    expect(stdout).toContain(`  ${file}:`);
    // The deadline pulls the late dates in, so the chain to GA has negative float.
    expect(stdout).toMatch(/\n {2}design .* -2 {2}\*\n/);
  });
});

describe("keel schedule on hostile text", () => {
  it("shows control characters from the plan as escapes, not as terminal commands", async () => {
    const { stdout } = await runSchedule("escape.yaml", "table");
    expect(stdout).toContain("\\u001b[2JDocs\\u000amore");
    expect(stdout).not.toContain("\u001b");
  });

  it("keeps the exact text in JSON", async () => {
    const { stdout } = await runSchedule("escape.yaml", "json");
    expect(JSON.parse(stdout).tasks[3].name).toBe("\u001b[2JDocs\nmore");
  });
});

describe("keel schedule --format json", () => {
  it("prints the engine's schedule: project, tasks, critical paths, warnings", async () => {
    const { code, stdout } = await runSchedule("tiny.yaml", "json");
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(stdout);
    expect(json.project).toMatchObject({
      name: "Tiny launch",
      start: "2027-01-04T09:00:00",
      finish: "2027-01-13T17:00:00",
      durationWorkingDays: 8,
    });
    expect(json.tasks.map((t: { id: string }) => t.id)).toEqual(["eng", "design", "build", "docs", "ga"]);
    expect(json.tasks[3]).toMatchObject({
      id: "docs",
      name: "Docs",
      start: "2027-01-11T09:00:00",
      finish: "2027-01-11T17:00:00",
      totalFloatMinutes: 2 * 420, // the default day is 09:00-12:00 + 13:00-17:00: 7 hours
      freeFloatMinutes: 2 * 420,
      critical: false,
    });
    expect(json.criticalPaths).toEqual([["design", "build", "ga"]]);
    expect(json.warnings).toEqual([]);
  });

  it("carries warnings inside the document, not on stderr", async () => {
    const { stdout, stderr } = await runSchedule("late.yaml", "json");
    expect(stderr).toBe("");
    expect(JSON.parse(stdout).warnings).toEqual([
      expect.objectContaining({ code: "missed-deadline", taskId: "ga" }),
    ]);
  });
});

describe("keel schedule --format csv", () => {
  it("prints a header and one row per task, quoting fields with commas", async () => {
    const { code, stdout } = await runSchedule("tiny.yaml", "csv");
    expect(code).toBe(ExitCode.ok);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "id,name,kind,parent,start,finish,earlyStart,earlyFinish,lateStart,lateFinish,durationMinutes,totalFloatMinutes,freeFloatMinutes,critical,deadline,deadlineMissed",
    );
    expect(lines).toHaveLength(7);
    expect(lines[3]).toBe(
      'build,"Build, test",task,eng,2027-01-11T09:00:00,2027-01-13T17:00:00,2027-01-11T09:00:00,2027-01-13T17:00:00,2027-01-11T09:00:00,2027-01-13T17:00:00,1260,0,0,true,,',
    );
  });

  it("sends warnings to stderr so stdout stays pure CSV", async () => {
    const { stdout, stderr } = await runSchedule("late.yaml", "csv");
    expect(stderr).toMatch(/: warning: task "ga" .*deadline/);
    expect(stdout).not.toContain("warning");
  });
});

describe("keel schedule on a plan that cannot be scheduled", () => {
  it("prints diagnostics on stderr, nothing on stdout, and exits 1", async () => {
    const { code, file, stdout, stderr } = await runSchedule("cycle.yaml", "json");
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${file}:3:5: error: the links form a cycle: a → b → c → a\n`);
  });
});
