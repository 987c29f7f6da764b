import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { CYCLE_PLAN, planFiles } from "../testing/plan-files.js";
import { type ForecastFlags, forecast } from "./forecast.js";

const LAUNCH = `project: { name: Launch, start: 2027-01-04 }
tasks:
  - id: design
    name: API design
    duration: 3d/5d/9d
  - id: build
    name: Build
    duration: 5d/8d/15d
    after: [design]
  - id: docs
    name: Docs
    duration: 1d
    after: [design]
  - id: ga
    name: GA
    milestone: true
    after: [build, docs]
    deadline: 2027-01-29
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "launch.yaml": LAUNCH,
    "cycle.yaml": CYCLE_PLAN,
    "bad.yaml": LAUNCH.replace("5d/8d/15d", "5d/8d/4d"),
  });
});
afterAll(() => files.cleanup());

async function run(name: string, flags: Partial<ForecastFlags> = {}) {
  const output = bufferedOutput();
  const code = await forecast(files.path(name), { format: "table", iterations: "2000", ...flags }, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel forecast", () => {
  it("prints finish percentiles, deadline probabilities and the top tasks", async () => {
    const { code, stdout, stderr } = await run("launch.yaml");
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Forecast: 2,000 iterations, seed 1, triangular\n/);
    expect(stdout).toMatch(/\nP80 {2}2027-01-\d\d \d\d:\d\d +\d+\.\d\n/);
    expect(stdout).toMatch(/\nga {2}2027-01-29 +\d+\.\d %\n/);
    const top = stdout.split("Top tasks by criticality\n")[1]?.split("\n") ?? [];
    // design and build are always critical; docs (1d, fixed) almost never.
    expect(top[2]).toMatch(/^(design|build|ga) /);
    expect(stdout).toMatch(/tornado\)\nid +sensitivity\n[- ]+\nbuild +0\.\d\d +#{30}\n/);
  });

  it("prints JSON with iterations, finish, deadlines and tasks; the same seed gives the same output", async () => {
    const a = await run("launch.yaml", { format: "json", seed: "9" });
    const b = await run("launch.yaml", { format: "json", seed: "9" });
    expect(a.stdout).toBe(b.stdout);
    const json = JSON.parse(a.stdout);
    expect(Object.keys(json).slice(0, 4)).toEqual(["iterations", "finish", "deadlines", "tasks"]);
    expect(json.iterations).toBe(2000);
    expect(Object.keys(json.finish)).toEqual(expect.arrayContaining(["p10", "p50", "p80", "p90", "p95"]));
    expect(json.finish.p50 <= json.finish.p80 && json.finish.p80 <= json.finish.p95).toBe(true);
    expect(json.deadlines).toEqual([expect.objectContaining({ id: "ga", probability: expect.any(Number) })]);
    const build = json.tasks.find((t: { id: string }) => t.id === "build");
    expect(build.criticality).toBe(1);
    expect(build.sensitivity).toBeGreaterThan(0.5);
    const other = await run("launch.yaml", { format: "json", seed: "10" });
    expect(other.stdout).not.toBe(a.stdout);
  });

  it("spreads tasks without an estimate with --uncertainty", async () => {
    const fixed = JSON.parse((await run("launch.yaml", { format: "json" })).stdout);
    const spread = JSON.parse((await run("launch.yaml", { format: "json", uncertainty: "50" })).stdout);
    expect(fixed.tasks.find((t: { id: string }) => t.id === "docs").uncertain).toBe(false);
    expect(spread.tasks.find((t: { id: string }) => t.id === "docs").uncertain).toBe(true);
  });

  it("gives the same output on threads forced with --threads as on the default one", async () => {
    const chosen = await run("launch.yaml", { format: "json", seed: "4" });
    const forced = await run("launch.yaml", { format: "json", seed: "4", threads: "2" });
    expect(forced.code).toBe(ExitCode.ok);
    expect(forced.stdout).toBe(chosen.stdout);
  });

  it("exits 2 on bad flags", async () => {
    for (const flags of [
      { iterations: "0" },
      { iterations: "abc" },
      { seed: "-1" },
      { uncertainty: "150" },
      { threads: "0" },
    ]) {
      const { code, stderr, stdout } = await run("launch.yaml", flags);
      expect(code).toBe(ExitCode.usage);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^keel forecast: --\w+ expects a whole number/);
    }
  });

  it("exits 1 with diagnostics naming the task when the plan is broken", async () => {
    const bad = await run("bad.yaml");
    expect(bad.code).toBe(ExitCode.planFailed);
    expect(bad.stderr).toMatch(/bad\.yaml:\d+:\d+: error: .*8d.*4d|bad\.yaml:\d+:\d+: error: .*build/);
    const cycle = await run("cycle.yaml");
    expect(cycle.code).toBe(ExitCode.planFailed);
    expect(cycle.stderr).toContain("error: the links form a cycle");
  });
});
