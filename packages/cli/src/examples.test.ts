import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { levelPlan, resourceLoad, schedulePlan } from "@keel/engine";
import { readPlan } from "@keel/formats";
import { describe, expect, it } from "vitest";
import { analyse, type Scheduled } from "./analyse.js";
import { check } from "./commands/check.js";
import { ExitCode } from "./exit-code.js";
import { bufferedOutput } from "./output.js";
import { planFiles } from "./testing/plan-files.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".yaml"));

async function scheduled(name: string): Promise<Scheduled> {
  const result = await analyse(`${EXAMPLES}${name}`);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result;
}

function task(result: Scheduled, id: string) {
  const t = result.schedule.tasks.find((x) => x.id === id);
  if (t === undefined) throw new Error(`no task ${id}`);
  return t;
}

describe("examples/", () => {
  it("has the three documented examples", () => {
    expect(files).toEqual(
      expect.arrayContaining(["cloud-migration.yaml", "product-launch.yaml", "team-quarter.yaml"]),
    );
  });

  it.each(files)("%s passes keel check with no errors or warnings", async (name) => {
    const output = bufferedOutput();
    const code = await check(`${EXAMPLES}${name}`, output);
    expect(output.stdout).toMatch(/: 0 errors, 0 warnings; /);
    expect(code).toBe(ExitCode.ok);
  });

  it("product-launch reaches GA two working days before its 31 March deadline", async () => {
    const r = await scheduled("product-launch.yaml");
    expect(r.schedule.tasks.length).toBeGreaterThanOrEqual(25);
    expect(r.schedule.tasks.length).toBeLessThanOrEqual(40);
    expect(r.schedule.project).toMatchObject({ start: "2027-01-04T09:00:00", finish: "2027-03-29T17:00:00" });
    expect(task(r, "ga")).toMatchObject({ deadline: "2027-03-31", deadlineMissed: false, critical: true });
    // The SS link with a 2-day lag starts feedback two working days into onboarding.
    expect(task(r, "feedback").start).toBe("2027-01-06T09:00:00");
    // The 2-day lead starts press briefings before the go/no-go meeting.
    expect(task(r, "press-briefings").start < task(r, "go-no-go").finish).toBe(true);
    expect(r.schedule.criticalPaths[0]).toEqual([
      "beta-open",
      "onboard",
      "feedback",
      "triage",
      "beta-exit",
      "pentest",
      "pentest-fixes",
      "rc",
      "staging-soak",
      "go-no-go",
      "deploy",
      "ga",
    ]);
  });

  it("cloud-migration waits for its vendors and the change freeze, and closes the colo in Q2", async () => {
    const r = await scheduled("cloud-migration.yaml");
    expect(r.schedule.project.finish).toBe("2027-06-17T17:00:00");
    expect(task(r, "interconnect-live").start).toBe("2027-05-03T09:00:00");
    expect(task(r, "replication-licence").start).toBe("2027-05-03T09:00:00");
    // Two calendar days after the TTL change would be 21 May, inside the freeze; the switch waits for it to end.
    expect(task(r, "switch").start).toBe("2027-05-31T09:00:00");
    // 30 calendar days' notice, weekends included.
    expect(task(r, "contract-closed").finish).toBe("2027-06-17T17:00:00");
    expect(task(r, "contract-closed").deadlineMissed).toBe(false);
  });

  it("team-quarter finishes inside Q3, with the part-time calendar stretching Farah's work", async () => {
    const r = await scheduled("team-quarter.yaml");
    expect(r.schedule.project).toMatchObject({ start: "2027-07-01T09:00:00", finish: "2027-09-14T17:00:00" });
    expect(task(r, "q3-review").deadlineMissed).toBe(false);
    // 4 working days Monday to Wednesday, after the 5 July holiday: Tue 6, Wed 7, Mon 12, Tue 13.
    expect(task(r, "pg-inventory")).toMatchObject({
      start: "2027-07-06T09:00:00",
      finish: "2027-07-13T17:00:00",
    });
    expect(r.schedule.criticalPaths[0]?.at(-1)).toBe("q3-review");
    expect(r.schedule.criticalPaths[0]).toContain("offline-sync");
  });

  it("team-quarter overbooks people, and leveling resolves it without moving the fixed dates", () => {
    const { plan } = readPlan(readFileSync(`${EXAMPLES}team-quarter.yaml`, "utf8"), "team-quarter.yaml");
    const unleveled = schedulePlan(plan);
    const over = resourceLoad(plan, unleveled).overAllocations;
    expect(new Set(over.map((o) => o.resource))).toEqual(new Set(["ana", "ben", "farah", "gus"]));
    // Ben's vacation, and a Thursday, on which part-time Farah does not work.
    expect(over).toContainEqual(expect.objectContaining({ resource: "ben", from: "2027-08-06" }));
    expect(over).toContainEqual(expect.objectContaining({ resource: "farah", from: "2027-07-29" }));

    const startOf = (s: typeof unleveled, id: string) => s.tasks.find((t) => t.id === id)?.start;
    for (const mode of ["delay", "optimise"] as const) {
      const leveled = levelPlan(plan, { mode, seed: 1, maxSchedules: 2000 });
      expect(resourceLoad(leveled.plan, leveled.schedule).overAllocations).toEqual([]);
      expect(leveled.moves.length).toBeGreaterThan(0);
      for (const m of leveled.moves) expect(m.reason).toMatch(/^`[\w-]+` \+\d+d: \S/);
      // Priority 1000 and a must-start-on date never move.
      for (const id of ["pg-inventory", "pg-regression", "pg-switchover", "mid-demo"]) {
        expect(startOf(leveled.schedule, id)).toBe(startOf(unleveled, id));
      }
      expect(leveled.schedule.tasks.find((t) => t.id === "q3-review")?.deadlineMissed).toBe(false);
    }
    // Delay mode keeps the interview loop (priority 900) in place, at the cost of the finish.
    const delay = levelPlan(plan);
    expect(startOf(delay.schedule, "hiring")).toBe(startOf(unleveled, "hiring"));
    expect(delay.moves.find((m) => m.task === "runbooks")?.reason).toContain("gus is off 2027-07-16");
    const optimise = levelPlan(plan, { mode: "optimise", seed: 1, maxSchedules: 2000 });
    expect(optimise.schedule.project.finish <= delay.schedule.project.finish).toBe(true);
    // Within float, the finish stays and what cannot fit is reported.
    const withinFloat = levelPlan(plan, { withinFloat: true });
    expect(withinFloat.schedule.project.finish).toBe(unleveled.project.finish);
    expect(withinFloat.unresolved.length).toBeGreaterThan(0);
  });

  it("behaves as docs/getting-started.md says when the blockers' estimate grows", async () => {
    const launch = readFileSync(`${EXAMPLES}product-launch.yaml`, "utf8");
    expect(launch).toContain("duration: 10d/15d/25d");
    const files = await planFiles({
      "21d.yaml": launch.replace("10d/15d/25d", "10d/21d/25d"),
      "23d.yaml": launch.replace("10d/15d/25d", "10d/23d/25d"),
    });
    try {
      const moved = await analyse(files.path("21d.yaml"));
      if (!moved.ok) throw new Error("21d.yaml did not schedule");
      expect(moved.schedule.criticalPaths[0]).toContain("blockers");
      expect(moved.schedule.criticalPaths[0]).not.toContain("pentest");
      expect(moved.schedule.project.finish).toBe("2027-03-30T17:00:00");

      const output = bufferedOutput();
      expect(await check(files.path("23d.yaml"), output)).toBe(ExitCode.planFailed);
      expect(output.stdout).toContain(
        `${files.path("23d.yaml")}:152:9: error: task "ga" finishes 2027-04-01 17:00, after its deadline 2027-03-31`,
      );
    } finally {
      await files.cleanup();
    }
  });
});
