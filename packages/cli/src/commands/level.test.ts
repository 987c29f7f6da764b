import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { run } from "../run.js";
import { planFiles } from "../testing/plan-files.js";

const TEAM = `project: { name: Team, start: 2027-01-04 }
resources:
  - { id: alice, name: Alice Chen, timeOff: [{ from: 2027-01-11, to: 2027-01-12, name: PTO }] }
  - { id: bob, maxUnits: 50% }
tasks:
  - { id: migrate, duration: 3d, assign: [alice], priority: 800 }
  - { id: build, work: 4d, assign: [alice] }
  - { id: review, duration: 2d, assign: [{ resource: bob, units: 50% }], after: [build] }
`;

const NEVER = `project: { name: Team, start: 2027-01-04 }
resources:
  - { id: alice }
  - { id: bob, timeOff: [{ from: 2020-01-01, to: 2199-12-31 }] }
tasks:
  - { id: review, duration: 2d, assign: [bob] }
`;

const TOO_MUCH = `project: { name: Team, start: 2027-01-04 }
resources: [{ id: bob, maxUnits: 50% }]
tasks:
  - id: review
    duration: 2d
    assign: [bob]
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({ "team.yaml": TEAM, "too-much.yaml": TOO_MUCH, "never.yaml": NEVER });
});
afterAll(() => files.cleanup());

async function keel(...argv: string[]) {
  const output = bufferedOutput();
  const code = await run(argv, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel load, level and capacity", () => {
  it("lists over-allocated days with the tasks that cause them", async () => {
    const { code, stdout } = await keel("load", files.path("team.yaml"));
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("alice     2027-01-04  2027-01-06  200 %        21  migrate, build");
    const json = JSON.parse(
      (await keel("load", files.path("team.yaml"), "--by", "week", "-f", "json")).stdout,
    );
    expect(json.resources.map((r: { id: string }) => r.id)).toEqual(["alice", "bob"]);
    expect(json.resources[0].periods[0]).toMatchObject({ start: "2027-01-04", overAllocated: true });
  });

  it("levels by priority, explaining each move, and leaves nothing over-allocated", async () => {
    const { code, stdout } = await keel("level", files.path("team.yaml"));
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain(
      "`build` +7d: alice is on `migrate` 2027-01-04 to 2027-01-06; alice is off 2027-01-11 to 2027-01-12 (PTO)",
    );
    expect(stdout).toContain("`review` +7d: waits for `build`, which moved");
    const json = JSON.parse((await keel("level", files.path("team.yaml"), "-f", "json")).stdout);
    // The shape of `keel schedule --format json`, with the leveled dates.
    expect(Object.keys(json)).toEqual([
      "project",
      "tasks",
      "criticalPaths",
      "warnings",
      "moves",
      "constraints",
      "leveling",
    ]);
    // Only the task that waited for a person gets a date; `review` just follows it.
    expect(json.constraints).toEqual([{ task: "build", date: "2027-01-13T09:00" }]);
    expect(json.tasks.find((t: { id: string }) => t.id === "build").start).toBe("2027-01-13T09:00:00");
    expect(json.leveling).toMatchObject({
      mode: "delay",
      finishBefore: "2027-01-11T17:00:00",
      unresolved: [],
    });
  });

  it("refuses demand no resource can meet, at the task's line, and bad flags", async () => {
    const refused = await keel("level", files.path("too-much.yaml"));
    expect(refused.code).toBe(ExitCode.planFailed);
    expect(refused.stderr).toContain(
      'too-much.yaml:4:5: error: task "review" needs 100 % of "bob", who has at most 50 %',
    );
    const never = await keel("level", files.path("never.yaml"));
    expect(never.stderr).toContain(
      'never.yaml:4:5: error: resource "bob" has no working time on its calendar, so its tasks can never be done',
    );
    const flag = await keel("level", files.path("team.yaml"), "--seed", "x");
    expect(flag.code).toBe(ExitCode.usage);
    expect(flag.stderr).toContain('--seed expects a whole number from 0 to 4294967295, got "x"');
    const focus = await keel("capacity", files.path("team.yaml"), "--focus", "2");
    expect(focus.code).toBe(ExitCode.usage);
  });

  it("shows a weekly heat map of available hours against demand", async () => {
    const { code, stdout } = await keel(
      "capacity",
      files.path("team.yaml"),
      "--focus",
      "80%",
      "--to",
      "2027-01-15",
      "-f",
      "json",
    );
    expect(code).toBe(ExitCode.ok);
    const plan = JSON.parse(stdout);
    expect(plan.periods).toEqual(["2027-01-04", "2027-01-11"]);
    // Alice: 5 days × 7 h × 80 % in the first week; 3 days the second (2 days off).
    expect(plan.rows[0].cells.map((c: { availableHours: number }) => c.availableHours)).toEqual([28, 16.8]);
    expect(plan.over).toEqual(["2027-01-04"]);
  });

  const sm = fileURLToPath(new URL("../../../../../shared/data/psplib/j30/j301_1.sm", import.meta.url));
  it.skipIf(!existsSync(sm))(
    "levels a PSPLIB instance to its known optimum (needs ../shared/data)",
    async () => {
      const json = JSON.parse(
        (await keel("level", sm, "--mode", "optimise", "--seed", "1", "-f", "json")).stdout,
      );
      // j301_1: optimum 43 periods; the end milestone starts on working day 44.
      expect(json.project.durationWorkingDays).toBe(43);
    },
  );
});
