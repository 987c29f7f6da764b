import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { CYCLE_PLAN, LATE_PLAN, planFiles, TINY_PLAN } from "../testing/plan-files.js";
import { critical } from "./critical.js";

const TWO_PATHS = `project: { name: Two paths, start: 2027-01-04 }
tasks:
  - id: api
    duration: 3d
  - id: ui
    duration: 3d
  - id: ship
    milestone: true
    after: [api, ui]
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "tiny.yaml": TINY_PLAN,
    "late.yaml": LATE_PLAN,
    "cycle.yaml": CYCLE_PLAN,
    "two.yaml": TWO_PATHS,
    "empty.yaml": "project: { name: Empty, start: 2027-01-04 }\ntasks: []\n",
  });
});
afterAll(() => files.cleanup());

async function runCritical(name: string) {
  const output = bufferedOutput();
  const code = await critical(files.path(name), output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel critical", () => {
  it("prints the chain, then each task's dates in path order", async () => {
    const { code, stdout } = await runCritical("tiny.yaml");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toBe(
      [
        "Critical path: design → build → ga",
        "",
        "id      name         start             finish",
        "------  -----------  ----------------  ----------------",
        "design  API design   2027-01-04 09:00  2027-01-08 17:00",
        "build   Build, test  2027-01-11 09:00  2027-01-13 17:00",
        "ga      GA           2027-01-13 17:00  2027-01-13 17:00",
        "",
      ].join("\n"),
    );
  });

  it("numbers the blocks when several paths are critical", async () => {
    const { stdout } = await runCritical("two.yaml");
    const titles = stdout.split("\n").filter((l) => l.startsWith("Critical path"));
    expect(titles.sort()).toEqual(["Critical path 1 of 2: api → ship", "Critical path 2 of 2: ui → ship"]);
  });

  it("says so when there is no critical path", async () => {
    const { code, stdout } = await runCritical("empty.yaml");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toBe("No critical path: no task has zero or negative float.\n");
  });

  it("puts warnings on stderr", async () => {
    const { code, stderr } = await runCritical("late.yaml");
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toMatch(/: warning: task "ga" .*deadline/);
  });

  it("exits 1 with diagnostics when the plan cannot be scheduled", async () => {
    const { code, stdout, stderr } = await runCritical("cycle.yaml");
    expect(code).toBe(ExitCode.planFailed);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: the links form a cycle");
  });
});
