import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { planFiles } from "../testing/plan-files.js";
import { type EvmFlags, evm } from "./evm.js";

// 7-hour days at 100 an hour: 700 a day. Design (5d) is done, over budget; build (10d) is 20 % done.
const PLAN = `project: { name: Launch, start: 2027-01-04, statusDate: 2027-01-13 }
resources:
  - { id: dana, name: Dana, costPerHour: 100 }
tasks:
  - { id: design, duration: 5d, assign: [dana], percentComplete: 100, actualStart: 2027-01-04, actualFinish: 2027-01-11, actualCost: 4500 }
  - { id: build, duration: 10d, after: [design], assign: [dana], percentComplete: 20, actualStart: 2027-01-12 }
  - { id: ship, milestone: true, after: [build] }
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "launch.yaml": PLAN,
    "no-status.yaml": PLAN.replace(", statusDate: 2027-01-13", ""),
  });
});
afterAll(() => files.cleanup());

async function run(name: string, flags: Partial<EvmFlags> = {}) {
  const output = bufferedOutput();
  const code = await evm(files.path(name), { format: "json", ...flags }, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel evm", () => {
  it("measures progress against the plan as planned, with the metric names as keys", async () => {
    const { code, stdout } = await run("launch.yaml");
    expect(code).toBe(ExitCode.ok);
    const { project } = JSON.parse(stdout);
    // PV: design 3,500 + three planned days of build 2,100. EV: 3,500 + 20 % of 7,000. AC: 4,500 + 1,400.
    expect(project).toMatchObject({ PV: 5600, EV: 4900, AC: 5900, BAC: 10500, SV: -700, CV: -1000 });
    expect(project.SPI).toBeCloseTo(0.875, 6);
    expect(project.CPI).toBeCloseTo(4900 / 5900, 6);
    expect(Object.keys(project)).toEqual([
      "PV",
      "EV",
      "AC",
      "BAC",
      "SV",
      "CV",
      "SPI",
      "CPI",
      "EAC",
      "EAC_CPI",
      "EAC_CPI_SPI",
      "EAC_bottomUp",
      "ETC",
      "VAC",
      "TCPI",
      "ES",
      "AT",
      "SPIt",
      "SVt",
      "IEACt",
    ]);
  });

  it("prints a table that explains each figure", async () => {
    const { code, stdout } = await run("launch.yaml", { format: "table" });
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/SPI\s+0\.88\s+schedule performance EV \/ PV/);
    expect(stdout).toMatch(/CV\s+-1,000\s+cost variance/);
  });

  it("asks for a status date when the plan has none", async () => {
    const { code, stderr } = await run("no-status.yaml");
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain("no status date; give --as-of or set project.statusDate");
    expect((await run("no-status.yaml", { asOf: "someday" })).stderr).toContain(
      '--as-of expects a date YYYY-MM-DD or a date-time, not "someday"',
    );
  });
});
