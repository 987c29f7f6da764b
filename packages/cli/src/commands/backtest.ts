import { type BacktestResult, backtestThroughput, ThroughputError } from "@keel/engine";
import { formatDay, parseDay } from "@keel/formats";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { textTable } from "../render/text-table.js";
import { type HistoryFlags, historyOptions, historyStart, readHistory, samplingLabel } from "./throughput.js";

export interface BacktestFlags extends HistoryFlags {
  readonly step?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

export function backtestTable(r: BacktestResult): string {
  return (
    `Backtest: ${samplingLabel(r)}, ${r.window}-day window; ` +
    `cuts every ${r.step} days from ${formatDay(r.from)} to ${formatDay(r.to)}` +
    `${r.skipped > 0 ? ` (${r.skipped} skipped: no items in the window)` : ""}\n` +
    "Share of cuts at which the actual count reached the forecast count (calibrated: about 50/85/95 %)\n" +
    textTable(
      [
        { header: "horizon" },
        { header: "cuts", align: "right" },
        { header: "P50 hit", align: "right" },
        { header: "P85 hit", align: "right" },
        { header: "P95 hit", align: "right" },
      ],
      r.horizons.map((h) => [
        `${h.weeks} weeks`,
        String(h.cuts),
        percent(h.hitRate.p50),
        percent(h.hitRate.p85),
        percent(h.hitRate.p95),
      ]),
    )
  );
}

/** `keel backtest`: how often the throughput forecast's P50/P85/P95 counts were reached in the past. */
export async function backtest(file: string, flags: BacktestFlags, output: Output): Promise<ExitCode> {
  const usage = (message: string) => {
    output.err(`keel backtest: ${message}\n`);
    return ExitCode.usage;
  };
  const options = historyOptions(flags, 2000);
  if (typeof options === "string") return usage(options);
  const step = flags.step === undefined ? 7 : Number(flags.step);
  if (!/^\d+$/.test(flags.step ?? "7") || step < 1 || step > 3650) {
    return usage(`--step expects a whole number of days from 1 to 3650, not "${flags.step}"`);
  }
  const from = flags.from === undefined ? undefined : parseDay(flags.from);
  if (flags.from !== undefined && from === undefined)
    return usage(`--from expects a date YYYY-MM-DD, not "${flags.from}"`);
  const to = flags.to === undefined ? undefined : parseDay(flags.to);
  if (flags.to !== undefined && to === undefined)
    return usage(`--to expects a date YYYY-MM-DD, not "${flags.to}"`);
  const csv = await readHistory("backtest", file, output);
  if (!csv) return ExitCode.planFailed;
  let result: BacktestResult;
  try {
    result = backtestThroughput(
      csv.items.map((i) => i.finished),
      {
        ...options,
        historyStart: historyStart(csv),
        step,
        horizonsWeeks: [2, 4, 8],
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      },
    );
  } catch (error) {
    if (!(error instanceof ThroughputError)) throw error;
    output.err(`keel backtest: ${error.message}\n`);
    return ExitCode.planFailed;
  }
  if (flags.format === "json") {
    const json = {
      ...result,
      from: formatDay(result.from),
      to: formatDay(result.to),
      historyItems: csv.items.length,
      dropped: csv.dropped.length,
    };
    output.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    output.out(backtestTable(result));
  }
  return ExitCode.ok;
}
