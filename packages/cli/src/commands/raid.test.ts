import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { planFiles } from "../testing/plan-files.js";
import { type ChangeFlags, change } from "./change.js";
import { type RaidFlags, raid } from "./raid.js";

const LAUNCH = `project: { name: Launch, start: 2027-01-04 }
tasks:
  - { id: design, duration: 5d }
  - { id: build, duration: 10d, after: [design] }
  - { id: docs, duration: 3d, after: [design] }
  - { id: ship, milestone: true, after: [build, docs], deadline: 2027-01-29 }
risks:
  - id: vendor
    name: SDK ships late
    owner: Dana
    probability: 4
    impact: 5
    delay: 5d
    tasks: [build]
    strategy: mitigate
    residual: { probability: 2, impact: 3 }
    review: 2027-01-06
  - { id: rig, name: Test rig breaks, probability: 2, impact: 2 }
issues:
  - { id: I1, name: CI is flaky, severity: high, owner: Lee, due: 2027-01-08 }
dependencies:
  - { id: D1, name: Payment API, provider: Acme, needed: 2027-01-11, expected: 2027-01-13, tasks: [build] }
changes:
  - id: CR-1
    name: Add SSO
    requester: Sam
    reason: Enterprise customer
    status: submitted
    edits:
      - { op: updateTask, id: build, set: { duration: 15d } }
  - id: CR-2
    name: Gone task
    requester: Sam
    reason: Old
    edits:
      - { op: removeTask, id: ghost }
      - { op: updateTask, id: docs, set: { duration: 4d } }
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({ "launch.yaml": LAUNCH });
});
afterAll(() => files.cleanup());

async function runRaid(flags: Partial<RaidFlags> = {}) {
  const output = bufferedOutput();
  const code = await raid(
    files.path("launch.yaml"),
    { format: "table", today: "2027-01-10", ...flags },
    output,
  );
  return { code, stdout: output.stdout, stderr: output.stderr };
}

async function runChange(id: string, flags: Partial<ChangeFlags> = {}) {
  const output = bufferedOutput();
  const code = await change(
    files.path("launch.yaml"),
    id,
    { format: "table", iterations: "0", ...flags },
    output,
  );
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel raid", () => {
  it("lists risks by exposure with the heat map and flags what is overdue", async () => {
    const { code, stdout } = await runRaid();
    expect(code).toBe(ExitCode.ok);
    expect(stdout.indexOf("vendor")).toBeLessThan(stdout.indexOf("rig"));
    expect(stdout).toMatch(/vendor\s+SDK ships late\s+Dana\s+4×5\s+20 high\s+6\s+mitigate/);
    // Row "4 Likely": one risk in the impact-5 column before the response.
    expect(stdout).toMatch(/ {2}4 Likely {9} {2}\. {2}\. {2}\. {2}\. {2}1/);
    expect(stdout).toContain("Payment API");
    expect(stdout).toMatch(/2027-01-13 LATE/);
    expect(stdout).toContain("risk vendor (SDK ships late): review date passed, 2027-01-06; owner Dana");
    expect(stdout).toContain("issue I1 (CI is flaky): past its due date, 2027-01-08; owner Lee");
  });

  it("gives the same register as JSON", async () => {
    const { code, stdout } = await runRaid({ format: "json" });
    expect(code).toBe(ExitCode.ok);
    const report = JSON.parse(stdout);
    expect(report.risks.map((r: { id: string; exposure: number }) => [r.id, r.exposure])).toEqual([
      ["vendor", 20],
      ["rig", 4],
    ]);
    expect(report.heatMap.after.rows[3][2].risks).toEqual(["vendor"]);
    expect(report.stale.map((s: { id: string }) => s.id)).toEqual(["vendor", "I1"]);
  });

  it("refuses a bad --today", async () => {
    const { code, stderr } = await runRaid({ today: "tomorrow" });
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain('--today expects a date YYYY-MM-DD, not "tomorrow"');
  });
});

describe("keel change", () => {
  it("shows the finish moving by the days the request adds on the critical path", async () => {
    const { code, stdout } = await runChange("CR-1");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Impact of CR-1 (Add SSO)");
    expect(stdout).toMatch(/finish\s+\S+ \S+\s+\S+ \S+\s+\+5 working days/);
    expect(stdout).toContain("Deadlines newly missed: ship (2027-01-29)");
  });

  it("names stale edits on stderr and computes the rest", async () => {
    const { code, stdout, stderr } = await runChange("CR-2", { format: "json" });
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toContain('CR-2: edit 1 (removeTask) names task "ghost"');
    expect(JSON.parse(stdout).finish.days).toBe(0);
  });

  it("says which requests exist when the id is wrong", async () => {
    const { code, stderr } = await runChange("CR-9");
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain('no change request "CR-9"; it has CR-1, CR-2');
  });
});
