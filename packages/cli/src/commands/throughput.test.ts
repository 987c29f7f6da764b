import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { droppedSummary, formatDay, parseDay, readThroughputCsv } from "@keel/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { type ThroughputFlags, throughput } from "./throughput.js";

/** The shared data set, beside the repository (never copied into it). */
export const THROUGHPUT_DATA = resolve(
  __dirname,
  "../../../../../shared/data/throughput/agile-project-dataset.csv",
);
const hasData = existsSync(THROUGHPUT_DATA);
if (!hasData) console.warn(`throughput data not found at ${THROUGHPUT_DATA}: real-data tests skipped`);

/** Two items finished every day from 2027-01-01 for 84 days, plus dirty rows. */
function steadyCsv(): string {
  const rows = ['"id","created_date","finished_date"'];
  const start = parseDay("2027-01-01") as number;
  for (let d = 0; d < 84; d++) {
    for (let k = 0; k < 2; k++) rows.push(`"T${d}-${k}",${formatDay(start + d - 3)},${formatDay(start + d)}`);
  }
  rows.push(`"bad1",2027-02-10,2027-02-01`); // line 170: finished before created
  rows.push(`"bad2",,2027-02-01`); // missing created
  rows.push(`"bad3",2027-02-30,2027-03-01`); // no such date
  return `${rows.join("\n")}\n`;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-throughput-"));
  await writeFile(join(dir, "steady.csv"), steadyCsv());
  await writeFile(join(dir, "nodates.csv"), "id,owner\n1,a\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(name: string, flags: Partial<ThroughputFlags>) {
  const output = bufferedOutput();
  const code = await throughput(join(dir, name), { format: "table", iterations: "500", ...flags }, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("throughput CSV", () => {
  it("drops dirty rows and names their lines", () => {
    const csv = readThroughputCsv(steadyCsv());
    expect(csv.items).toHaveLength(168);
    expect(csv.dropped.map((d) => [d.line, d.reason])).toEqual([
      [170, "finished before created"],
      [171, "missing date"],
      [172, "unparsable date"],
    ]);
    expect(droppedSummary(csv.dropped)).toMatch(
      /^Dropped 3 rows: 1 finished before created, 1 missing date, 1 unparsable date\n {2}line 170: finished before created/,
    );
    expect(() => readThroughputCsv("id,owner\n1,a\n")).toThrow(/no finished-date column/);
  });

  it("parses only real dates", () => {
    expect(parseDay("1970-01-02")).toBe(1);
    expect(parseDay("2027-02-29")).toBeUndefined();
    expect(parseDay("2027-1-2")).toBeUndefined();
    expect(formatDay(parseDay("2028-02-29") as number)).toBe("2028-02-29");
  });
});

describe("keel throughput", () => {
  it("forecasts when N items are done, exactly for a constant throughput", async () => {
    const { code, stdout, stderr } = await run("steady.csv", { remaining: "10" });
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toMatch(/^Dropped 3 rows/);
    // Last finish 2027-03-25; 2 a day from 2027-03-26: the 10th item on the 5th day.
    expect(stdout).toMatch(/Forecast from 2027-03-26\n/);
    expect(stdout).toMatch(/\nP85 {2}2027-03-30 +5\n/);
    expect(stdout).toMatch(/History: 168 items used, 3 rows dropped;/);
    // 252 days by default, but no earlier than the first item was created: whole weeks from 2027-01-01.
    expect(stdout).toMatch(/window 2027-01-01 … 2027-03-25: 168 items in 84 days\n/);
    expect(stdout).toMatch(/^Throughput forecast: 500 iterations, seed 1, blocks of 28 days\n/);
  });

  it("samples blocks of days by default, or single days or weeks as asked", async () => {
    const json = async (flags: Partial<ThroughputFlags>) =>
      JSON.parse((await run("steady.csv", { by: "2027-04-08", format: "json", ...flags })).stdout);
    expect(await json({})).toMatchObject({ sampling: "block", blockDays: 28, items: { p85: 28 } });
    expect(await json({ block: "7", window: "30" })).toMatchObject({
      blockDays: 7,
      windowStart: parseDay("2027-02-26"),
    });
    expect(await json({ sampling: "daily", excludeWeekends: true, window: "84" })).toMatchObject({
      sampling: "daily",
      excludeWeekends: true,
      items: { p85: 20 },
    });
    expect(await json({ weekly: true })).toMatchObject({ sampling: "weekly", items: { p85: 28 } });
    const daily = await run("steady.csv", { remaining: "10", sampling: "daily" });
    expect(daily.stdout).toMatch(/^Throughput forecast: 500 iterations, seed 1, daily samples\n/);
    const working = await run("steady.csv", { remaining: "10", excludeWeekends: true });
    expect(working.stdout).toMatch(/, blocks of 28 days, weekends excluded\n/);
    const usage = async (flags: Partial<ThroughputFlags>) => {
      const r = await run("steady.csv", { remaining: "10", ...flags });
      return [r.code, r.stderr.trim()];
    };
    expect(await usage({ weekly: true, sampling: "block" })).toEqual([
      ExitCode.usage,
      "keel throughput: --weekly contradicts --sampling block",
    ]);
    expect(await usage({ sampling: "weekly", block: "14" })).toEqual([
      ExitCode.usage,
      "keel throughput: --block applies to block sampling, not weekly",
    ]);
    expect(await usage({ weekly: true, excludeWeekends: true })).toEqual([
      ExitCode.usage,
      "keel throughput: --exclude-weekends applies to daily and block sampling, not weekly",
    ]);
    expect((await usage({ block: "0" }))[0]).toBe(ExitCode.usage);
  });

  it("forecasts how many items by a date, as JSON", async () => {
    const { code, stdout } = await run("steady.csv", { by: "2027-04-08", format: "json" });
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(stdout);
    expect(json.items).toEqual({ p50: 28, p85: 28, p95: 28 });
    expect(json.days).toBe(14);
    expect(json.dropped.rows).toBe(3);
  });

  it("refuses bad flags and a window without throughput", async () => {
    expect((await run("steady.csv", {})).code).toBe(ExitCode.usage);
    expect((await run("steady.csv", { remaining: "3", by: "2027-05-01" })).code).toBe(ExitCode.usage);
    expect((await run("steady.csv", { by: "2027-13-01" })).stderr).toMatch(/--by expects a date/);
    const empty = await run("steady.csv", { remaining: "3", asOf: "2028-01-01" });
    expect(empty.code).toBe(ExitCode.planFailed);
    expect(empty.stderr).toMatch(/no items finished in the 252-day window/);
    expect((await run("nodates.csv", { remaining: "3" })).code).toBe(ExitCode.planFailed);
  });

  it.skipIf(!hasData)("reads the real data set and reports the rows it drops", async () => {
    const output = bufferedOutput();
    const code = await throughput(
      THROUGHPUT_DATA,
      { format: "json", remaining: "100", asOf: "2018-01-01", iterations: "2000" },
      output,
    );
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(output.stdout);
    expect(json.historyItems + json.dropped.rows).toBe(4123);
    console.log(`throughput data: ${json.historyItems} items used; ${output.stderr.split("\n")[0]}`);
    console.log(
      `100 items from 2018-01-01: P50 ${json.finish.p50}, P85 ${json.finish.p85}, P95 ${json.finish.p95}`,
    );
    expect(json.finish.p50 <= json.finish.p85 && json.finish.p85 <= json.finish.p95).toBe(true);
  });
});
