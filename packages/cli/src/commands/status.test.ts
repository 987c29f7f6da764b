import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { asPlannedBaseline, earnedValue, type StatusReport } from "@keel/engine";
import { readPlan } from "@keel/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { run } from "../run.js";
import { planFiles } from "../testing/plan-files.js";
import { periodDays } from "./status.js";

const DEMO = fileURLToPath(new URL("../../../../examples/status-demo.yaml", import.meta.url));
const demoText = readFileSync(DEMO, "utf8");
const chromium = process.env.KEEL_CHROMIUM ?? "/usr/bin/chromium";

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  const { plan } = readPlan(demoText, "status-demo.yaml");
  const baseline = asPlannedBaseline(plan, "2027-01-04T09:00:00Z");
  files = await planFiles({
    "no-status.yaml": demoText.replace("  statusDate: 2027-02-10\n", ""),
    // A saved baseline without the UX task: added since, with no change request behind it.
    "baseline.json": JSON.stringify({
      ...baseline,
      name: "Kick-off",
      tasks: baseline.tasks.filter((t) => t.id !== "ux"),
    }),
    "not-a-baseline.json": JSON.stringify({ name: "x" }),
  });
});
afterAll(() => files.cleanup());

async function keel(...argv: string[]) {
  const output = bufferedOutput();
  const code = await run(["status", ...argv], output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

async function json(...argv: string[]): Promise<StatusReport> {
  const { code, stdout, stderr } = await keel(DEMO, "--format", "json", ...argv);
  expect(stderr).toBe("");
  expect(code).toBe(ExitCode.ok);
  return JSON.parse(stdout);
}

describe("keel status", () => {
  it("reports the example RED for its late milestone and its high risk past review, in plain text", async () => {
    const { code, stdout, stderr } = await keel(DEMO);
    expect(stderr).toBe("");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Customer portal relaunch: status report\n");
    expect(stdout).toContain(
      "Overall: RED\n" +
        "- Milestone late: Front end feature-complete was due Tue 9 Feb and is not reached; now expected Tue 16 Feb.\n" +
        "- A high risk is open and past the review date: Single sign-on migration by IT collides with launch (exposure 16 of 25, review was due Fri 5 Feb, owner Priya Shah).\n",
    );
    expect(stdout).toContain(
      "Schedule performance (SPI) is 0.81, below 0.9: 19 % less work done than planned by now.",
    );
    expect(stdout).toContain("Next update: Wed 17 Feb");
  });

  it("gives the engine's numbers: earned value against the plan as planned", async () => {
    const report = await json();
    const { plan } = readPlan(demoText, "status-demo.yaml");
    const ev = earnedValue(plan, asPlannedBaseline(plan, "2027-02-10T00:00:00Z"), {
      asOf: "2027-02-10",
    }).project;
    expect(report.metrics).toMatchObject({
      SPI: ev.SPI,
      CPI: ev.CPI,
      PV: ev.PV,
      EV: ev.EV,
      BAC: ev.BAC,
      EAC: ev.EAC,
    });
    expect(report.baseline).toBe("As planned");
    expect(report.areas.schedule.reasons.map((r) => r.rule)).toEqual([
      "milestone-late",
      "finish-slip-amber",
      "milestone-slipping",
      "spi-amber",
      "tasks-overdue",
      "dependency-late",
    ]);
    expect(report.milestones.map((m) => [m.name, m.state])).toEqual([
      ["Design signed off", "done"],
      ["Front end feature-complete", "late"],
      ["Beta ready", "slipping"],
      ["Portal live", "slipping"],
    ]);
  });

  it("forecasts P50/P80 when risks carry a delay, unless told not to", async () => {
    const { forecast, metrics } = await json("-n", "500");
    if (forecast === undefined) throw new Error("no forecast");
    expect(forecast.p50 <= forecast.p80).toBe(true);
    expect(forecast.p50 >= metrics.finish.slice(0, 10)).toBe(true);
    expect((await json("-n", "0")).forecast).toBeUndefined();
  });

  it("takes a saved baseline, or none", async () => {
    const saved = await json("--baseline", files.path("baseline.json"), "-n", "0");
    expect(saved.baseline).toBe("Kick-off");
    expect(saved.areas.scope.reasons.map((r) => r.text)).toEqual([
      "Work changed since the baseline without an approved change request: 1 task added (UX design and prototype tests).",
    ]);
    const none = await json("--no-baseline", "-n", "0");
    expect(none.baseline).toBeNull();
    expect([none.areas.cost.rag, none.areas.scope.rag]).toEqual(["GREY", "GREY"]);
  });

  it("reports over a longer period", async () => {
    const report = await json("--period", "2w", "-n", "0");
    expect(report.period).toEqual({ from: "2027-01-28", to: "2027-02-10" });
    expect(report.nextUpdate).toBe("2027-02-24");
    expect(periodDays("10d")).toBe(10);
    expect(periodDays("1m")).toMatch(/--period expects days or weeks/);
  });

  it("writes Markdown and HTML to a file", async () => {
    const md = files.path("status.md");
    expect((await keel(DEMO, "-f", "md", "-o", md, "-n", "0")).code).toBe(ExitCode.ok);
    expect(readFileSync(md, "utf8")).toMatch(/^# Customer portal relaunch: status report\n/);
    const html = files.path("status.html");
    expect((await keel(DEMO, "-f", "html", "-o", html, "-n", "0")).code).toBe(ExitCode.ok);
    expect(readFileSync(html, "utf8")).toMatch(/^<!doctype html>/);
  });

  it.skipIf(!existsSync(chromium))(
    "prints a PDF to the file given",
    async () => {
      const pdf = files.path("status.pdf");
      const { code, stderr } = await keel(DEMO, "-f", "pdf", "-o", pdf, "-n", "0");
      expect(stderr).toBe("");
      expect(code).toBe(ExitCode.ok);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    30_000,
  );

  it("refuses what it cannot do, with the reason", async () => {
    expect(await keel(DEMO, "-f", "pdf")).toMatchObject({
      code: ExitCode.usage,
      stderr: "keel status: --format pdf writes a file: give -o report.pdf\n",
    });
    expect(await keel(files.path("no-status.yaml"))).toMatchObject({
      code: ExitCode.usage,
      stderr: expect.stringContaining("has no status date; give --as-of or set project.statusDate"),
    });
    expect((await keel(DEMO, "--as-of", "10/02/2027")).code).toBe(ExitCode.usage);
    expect((await keel(DEMO, "--period", "fortnight")).code).toBe(ExitCode.usage);
    const bad = await keel(DEMO, "--baseline", files.path("not-a-baseline.json"));
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.stderr).toContain("not a baseline");
  });

  it("notes when the report date is not the date of the plan's progress", async () => {
    const { code, stderr } = await keel(DEMO, "--as-of", "2027-02-12", "-n", "0");
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toBe("keel status: note: the plan's progress is as of 2027-02-10, not 2027-02-12\n");
  });
});
