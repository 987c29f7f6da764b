import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatDay, parseDay } from "@keel/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { type BacktestFlags, backtest } from "./backtest.js";

const DATA = resolve(__dirname, "../../../../../shared/data/throughput/agile-project-dataset.csv");
const hasData = existsSync(DATA);
if (!hasData) console.warn(`throughput data not found at ${DATA}: the real-data backtest is skipped`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-backtest-"));
  // One item a day for 200 days from 2027-01-01, then nothing.
  const start = parseDay("2027-01-01") as number;
  const rows = ["id,created,finished"];
  for (let d = 0; d < 200; d++) rows.push(`T${d},${formatDay(start + d)},${formatDay(start + d)}`);
  await writeFile(join(dir, "steady.csv"), `${rows.join("\n")}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(file: string, flags: Partial<BacktestFlags>) {
  const output = bufferedOutput();
  const code = await backtest(file, { format: "table", iterations: "200", ...flags }, output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel backtest", () => {
  it("reports hit rates: all hits while the throughput holds", async () => {
    const { code, stdout } = await run(join(dir, "steady.csv"), { window: "28" });
    expect(code).toBe(ExitCode.ok);
    // Cuts from day 28 to day 144 (200 − 56), every 7 days: 17 cuts, every forecast exact.
    expect(stdout).toMatch(/\n2 weeks +17 +100\.0 % +100\.0 % +100\.0 %\n/);
    expect(stdout).toMatch(/\n8 weeks +17 +100\.0 % +100\.0 % +100\.0 %\n/);
  });

  it("counts the misses after the throughput stops", async () => {
    const { stdout } = await run(join(dir, "steady.csv"), { window: "28", format: "json", to: "2027-07-19" });
    const r = JSON.parse(stdout);
    // Cuts on days 28, 35, …, 196 (2027-07-16): 25. A 2-week horizon ends by day 200 for cuts ≤ 186: 23.
    expect(r.horizons[0]).toEqual({ weeks: 2, cuts: 25, hitRate: { p50: 0.92, p85: 0.92, p95: 0.92 } });
  });

  it("refuses a history too short and bad flags", async () => {
    expect((await run(join(dir, "steady.csv"), { window: "180" })).stderr).toMatch(/too short to backtest/);
    expect((await run(join(dir, "steady.csv"), { step: "0" })).code).toBe(ExitCode.usage);
  });

  it("names the sampling and window it forecast with", async () => {
    const blocks = await run(join(dir, "steady.csv"), { window: "28" });
    expect(blocks.stdout).toMatch(
      /^Backtest: blocks of 28 days, 28-day window; cuts every 7 days from 2027-01-29/,
    );
    const daily = await run(join(dir, "steady.csv"), { window: "28", sampling: "daily", format: "json" });
    expect(JSON.parse(daily.stdout)).toMatchObject({ window: 28, sampling: "daily", excludeWeekends: false });
    expect((await run(join(dir, "steady.csv"), { sampling: "daily", block: "14" })).code).toBe(
      ExitCode.usage,
    );
  });

  it.skipIf(!hasData)("holds P85 and P95 within 5 points of nominal on the real data", async () => {
    // Cuts until 2017-12-01, before the export's trailing stragglers.
    const active = { iterations: "1000", from: "2013-07-22", to: "2017-12-01" };
    const measure = async (flags: Partial<BacktestFlags>) => {
      const table = await run(DATA, { ...active, ...flags });
      expect(table.code).toBe(ExitCode.ok);
      console.log(table.stdout);
      return JSON.parse((await run(DATA, { ...active, ...flags, format: "json" })).stdout);
    };
    const chosen = await measure({});
    expect(chosen.horizons.map((h: { weeks: number }) => h.weeks)).toEqual([2, 4, 8]);
    for (const h of chosen.horizons) {
      expect(h.cuts).toBe(228);
      expect(Math.abs(h.hitRate.p85 - 0.85)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(h.hitRate.p95 - 0.95)).toBeLessThanOrEqual(0.05);
      // The median is not within 5 points (measured 60–61 %: the long window lags a growing team);
      // this bound only guards against it getting worse.
      expect(h.hitRate.p50).toBeGreaterThanOrEqual(0.5);
      expect(h.hitRate.p50).toBeLessThanOrEqual(0.63);
    }
    // The former default, independent days from 12 weeks, reached its 8-week P85 at under 70 % of cuts.
    const former = await measure({ sampling: "daily", window: "84" });
    expect(former.horizons[2].hitRate.p85).toBeLessThan(0.7);
  });
});
