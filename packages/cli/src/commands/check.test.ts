import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import {
  BAD_REFERENCE_PLAN,
  CONFLICT_PLAN,
  CYCLE_PLAN,
  LATE_PLAN,
  planFiles,
  TINY_PLAN,
} from "../testing/plan-files.js";
import { check } from "./check.js";

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "tiny.yaml": TINY_PLAN,
    "late.yaml": LATE_PLAN,
    "cycle.yaml": CYCLE_PLAN,
    "typo.yaml": BAD_REFERENCE_PLAN,
    "conflict.yaml": CONFLICT_PLAN,
    "broken.yaml": "project: { name: x\ntasks: [\n",
  });
});
afterAll(() => files.cleanup());

async function runCheck(name: string) {
  const output = bufferedOutput();
  const file = files.path(name);
  const code = await check(file, output);
  return { code, file, stdout: output.stdout, stderr: output.stderr };
}

describe("keel check", () => {
  it("passes a clean plan with a one-line summary", async () => {
    const { code, file, stdout, stderr } = await runCheck("tiny.yaml");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toBe(
      `${file}: 0 errors, 0 warnings; 5 tasks, 2027-01-04 09:00 → 2027-01-13 17:00, 8 working days\n`,
    );
    expect(stderr).toBe("");
  });

  it("fails a cycle and points at the task's line", async () => {
    const { code, file, stdout } = await runCheck("cycle.yaml");
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout).toBe(
      `${file}:3:5: error: the links form a cycle: a → b → c → a\n${file}: 1 error, 0 warnings\n`,
    );
  });

  it("fails an unknown predecessor at the line that names it", async () => {
    const { code, file, stdout } = await runCheck("typo.yaml");
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout.startsWith(`${file}:7:`)).toBe(true);
    expect(stdout).toMatch(/: error: .*`desgn`.*did you mean `design`/);
  });

  it("fails a missed deadline, reported as an error", async () => {
    const { code, file, stdout } = await runCheck("late.yaml");
    expect(code).toBe(ExitCode.planFailed);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith(`${file}:`)).toBe(true);
    expect(lines[0]).toMatch(/:\d+:\d+: error: task "ga" .*deadline 2027-01-11/);
    expect(lines[1]).toBe(
      `${file}: 1 error, 0 warnings; 5 tasks, 2027-01-04 09:00 → 2027-01-13 17:00, 8 working days`,
    );
  });

  it("passes a plan whose only findings are warnings", async () => {
    const { code, file, stdout } = await runCheck("conflict.yaml");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/:5:5: warning: task "build" cannot meet its FNLT 2027-01-11 constraint/);
    expect(stdout).toContain(`${file}: 0 errors, 1 warning; 2 tasks`);
  });

  it("fails YAML that does not parse", async () => {
    const { code, file, stdout } = await runCheck("broken.yaml");
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout).toContain(`${file}:2:1: error: YAML`);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/: [1-9]\d* errors?, 0 warnings$/);
  });
});
