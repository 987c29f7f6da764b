import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "./exit-code.js";
import { bufferedOutput } from "./output.js";
import { run } from "./run.js";
import { PSPLIB_PLAN, planFiles, TINY_PLAN } from "./testing/plan-files.js";

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({ "tiny.yaml": TINY_PLAN, "tiny.sm": PSPLIB_PLAN });
});
afterAll(() => files.cleanup());

async function keel(...argv: string[]) {
  const output = bufferedOutput();
  const code = await run(argv, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel (in-process)", () => {
  it("routes each command and defaults schedule to a table", async () => {
    const { code, stdout } = await keel("schedule", files.path("tiny.yaml"));
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/^id +name +start +finish +float \(d\) +critical\n/);
  });

  it("accepts -f as --format", async () => {
    const { stdout } = await keel("schedule", "-f", "json", files.path("tiny.yaml"));
    expect(JSON.parse(stdout).project.name).toBe("Tiny launch");
  });

  it("reads a PSPLIB instance: one period is one working day", async () => {
    const { code, stdout } = await keel("schedule", "--format", "json", files.path("tiny.sm"));
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(stdout);
    expect(json.project.durationWorkingDays).toBe(6);
    expect(json.criticalPaths).toEqual([["j1", "j2", "j4", "j5"]]);
  });

  it("prints help listing every command, exit 0", async () => {
    const { code, stdout } = await keel("--help");
    expect(code).toBe(ExitCode.ok);
    for (const command of ["check <plan>", "schedule [options] <plan>", "critical <plan>"]) {
      expect(stdout).toContain(command);
    }
    expect(stdout).toContain("Exit codes: 0 ok, 1");
  });

  it("prints a command's help with its options", async () => {
    const { code, stdout } = await keel("schedule", "--help");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain('-f, --format <format>  output format (choices: "table", "json", "csv"');
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const { code, stdout } = await keel("--version");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toBe(`${pkg.version}\n`);
  });

  it.each([
    [["frob"], "unknown command 'frob'"],
    [["schedule", "--colour", "x.yaml"], "unknown option '--colour'"],
    [["schedule", "--format", "xml", "x.yaml"], "Allowed choices are table, json, csv"],
    [["check"], "missing required argument 'plan'"],
    [["check", "a.yaml", "b.yaml"], "too many arguments"],
    [[], "Usage: keel"],
  ])("exits 2 on a usage error: %j", async (argv, message) => {
    const { code, stdout, stderr } = await keel(...argv);
    expect(code).toBe(ExitCode.usage);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  it("exits 2 with one line when the plan file is missing", async () => {
    const missing = files.path("missing.yaml");
    const { code, stderr } = await keel("check", missing);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe(`keel: cannot read ${missing}: no such file\n`);
  });
});
