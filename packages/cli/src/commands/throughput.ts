import {
  forecastHowMany,
  forecastWhen,
  type HowManyForecast,
  RECOMMENDED_THROUGHPUT,
  type SamplingSettings,
  ThroughputError,
  type ThroughputOptions,
  type ThroughputSampling,
  type WhenForecast,
} from "@keel/engine";
import {
  droppedSummary,
  formatDay,
  parseDay,
  readThroughputCsv,
  type ThroughputCsv,
  ThroughputCsvError,
} from "@keel/formats";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";
import { textTable } from "../render/text-table.js";

export const THROUGHPUT_FORMATS = ["table", "json"] as const;
export type ThroughputFormat = (typeof THROUGHPUT_FORMATS)[number];
export const THROUGHPUT_SAMPLINGS = [
  "block",
  "daily",
  "weekly",
] as const satisfies readonly ThroughputSampling[];

/** Flags shared by keel throughput and keel backtest. */
export interface HistoryFlags {
  readonly window?: string | undefined;
  readonly seed?: string | undefined;
  readonly iterations?: string | undefined;
  readonly sampling?: ThroughputSampling | undefined;
  /** Days per block, for block sampling. */
  readonly block?: string | undefined;
  /** The same as `sampling: "weekly"`, kept from before there were three. */
  readonly weekly?: boolean | undefined;
  readonly excludeWeekends?: boolean | undefined;
  readonly format: ThroughputFormat;
}

export interface ThroughputFlags extends HistoryFlags {
  readonly remaining?: string | undefined;
  readonly by?: string | undefined;
  readonly asOf?: string | undefined;
}

function wholeNumber(text: string, name: string, min: number, max: number): number | string {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= min && n <= max
    ? n
    : `--${name} expects a whole number from ${min} to ${max}, not "${text}"`;
}

/** The engine options from the shared flags, or a usage message. Unset, they are the recommended settings. */
export function historyOptions(flags: HistoryFlags, defaultIterations: number): ThroughputOptions | string {
  const window =
    flags.window === undefined
      ? RECOMMENDED_THROUGHPUT.window
      : wholeNumber(flags.window, "window", 1, 36_500);
  const seed = flags.seed === undefined ? 1 : wholeNumber(flags.seed, "seed", 0, 0xffff_ffff);
  const iterations =
    flags.iterations === undefined
      ? defaultIterations
      : wholeNumber(flags.iterations, "iterations", 1, 1_000_000);
  const blockDays =
    flags.block === undefined
      ? RECOMMENDED_THROUGHPUT.blockDays
      : wholeNumber(flags.block, "block", 1, 36_500);
  for (const v of [window, seed, iterations, blockDays]) if (typeof v === "string") return v;
  if (flags.weekly && flags.sampling !== undefined && flags.sampling !== "weekly")
    return `--weekly contradicts --sampling ${flags.sampling}`;
  const sampling = flags.weekly ? "weekly" : (flags.sampling ?? RECOMMENDED_THROUGHPUT.sampling);
  if (flags.block !== undefined && sampling !== "block")
    return `--block applies to block sampling, not ${sampling}`;
  if (sampling === "weekly" && flags.excludeWeekends)
    return "--exclude-weekends applies to daily and block sampling, not weekly";
  return {
    window: window as number,
    seed: seed as number,
    iterations: iterations as number,
    sampling,
    ...(sampling === "block" ? { blockDays: blockDays as number } : {}),
    excludeWeekends: flags.excludeWeekends ?? false,
  };
}

/** The earliest created (or finished) day in the CSV: the window reaches no further back. */
export function historyStart(csv: ThroughputCsv): number {
  let start = Number.POSITIVE_INFINITY;
  for (const item of csv.items) start = Math.min(start, item.created, item.finished);
  return start;
}

/** How the runs drew their throughput, in words. */
export function samplingLabel(s: SamplingSettings): string {
  if (s.sampling === "weekly") return "weekly samples";
  if (s.sampling === "block")
    return `blocks of ${s.blockDays} days${s.excludeWeekends ? ", weekends excluded" : ""}`;
  return s.excludeWeekends ? "daily (working days) samples" : "daily samples";
}

/** Reads the CSV, reporting dropped rows on stderr; undefined (after an error message) when unusable. */
export async function readHistory(
  command: string,
  file: string,
  output: Output,
): Promise<ThroughputCsv | undefined> {
  const text = await readPlanFile(file);
  let csv: ThroughputCsv;
  try {
    csv = readThroughputCsv(text);
  } catch (error) {
    if (!(error instanceof ThroughputCsvError)) throw error;
    output.err(`keel ${command}: ${file}: ${error.message}\n`);
    return undefined;
  }
  output.err(droppedSummary(csv.dropped));
  if (csv.items.length === 0) {
    output.err(`keel ${command}: ${file}: no usable completed items\n`);
    return undefined;
  }
  return csv;
}

const pad = (n: number) => n.toLocaleString("en-US");

/** Fewer items than this in the window, and the forecast says more about the window than the team. */
const THIN_WINDOW = 10;

function header(r: WhenForecast | HowManyForecast, csv: ThroughputCsv, output: Output): string {
  if (r.total < THIN_WINDOW) {
    output.err(
      `keel throughput: warning: only ${r.total} item${r.total === 1 ? "" : "s"} finished in the window; pick a start with --as-of or widen --window\n`,
    );
  }
  return (
    `Throughput forecast: ${pad(r.iterations)} iterations, seed ${r.seed}, ${samplingLabel(r)}\n` +
    `History: ${pad(csv.items.length)} items used, ${pad(csv.dropped.length)} rows dropped; ` +
    `window ${formatDay(r.windowStart)} … ${formatDay(r.windowEnd)}: ${pad(r.total)} items in ` +
    `${r.samples.length} ${r.sampling === "weekly" ? "weeks" : "days"}\n` +
    `Forecast from ${formatDay(r.asOf)}\n\n`
  );
}

/**
 * `keel throughput`: Monte Carlo over recent throughput. --remaining N: when will N items be done;
 * --by DATE: how many items by the end of DATE. Dropped rows go to stderr; stdout carries the
 * table or JSON only.
 */
export async function throughput(file: string, flags: ThroughputFlags, output: Output): Promise<ExitCode> {
  const usage = (message: string) => {
    output.err(`keel throughput: ${message}\n`);
    return ExitCode.usage;
  };
  if ((flags.remaining === undefined) === (flags.by === undefined)) {
    return usage("give exactly one of --remaining <n> and --by <YYYY-MM-DD>");
  }
  const options = historyOptions(flags, 10_000);
  if (typeof options === "string") return usage(options);
  const remaining =
    flags.remaining === undefined ? 0 : wholeNumber(flags.remaining, "remaining", 1, 10_000_000);
  if (typeof remaining === "string") return usage(remaining);
  const by = flags.by === undefined ? undefined : parseDay(flags.by);
  if (flags.by !== undefined && by === undefined)
    return usage(`--by expects a date YYYY-MM-DD, not "${flags.by}"`);
  const asOf = flags.asOf === undefined ? undefined : parseDay(flags.asOf);
  if (flags.asOf !== undefined && asOf === undefined) {
    return usage(`--as-of expects a date YYYY-MM-DD, not "${flags.asOf}"`);
  }

  const csv = await readHistory("throughput", file, output);
  if (!csv) return ExitCode.planFailed;
  const finished = csv.items.map((i) => i.finished);
  const start = asOf ?? Math.max(...finished) + 1;
  const settings = { ...options, asOf: start, historyStart: historyStart(csv) };
  const dropped = { rows: csv.dropped.length, first: csv.dropped.slice(0, 5) };
  try {
    if (by === undefined) {
      const r = forecastWhen(finished, remaining as number, settings);
      const dates = {
        p50: formatDay(start + r.finish.p50),
        p85: formatDay(start + r.finish.p85),
        p95: formatDay(start + r.finish.p95),
      };
      if (flags.format === "json") {
        const { samples: _samples, remaining: n, finish, ...rest } = r;
        output.out(
          `${JSON.stringify({ remaining: n, finish: dates, finishOffsetDays: finish, ...rest, asOf: formatDay(start), historyItems: csv.items.length, dropped }, null, 2)}\n`,
        );
      } else {
        output.out(header(r, csv, output));
        output.out(`When will ${pad(r.remaining)} remaining items be done?\n`);
        output.out(
          textTable(
            [{ header: "" }, { header: "done by" }, { header: "days", align: "right" }],
            (["p50", "p85", "p95"] as const).map((k) => [k.toUpperCase(), dates[k], String(r.finish[k] + 1)]),
          ),
        );
      }
    } else {
      if (by < start) return usage(`--by ${flags.by} is before the forecast start ${formatDay(start)}`);
      const r = forecastHowMany(finished, by - start + 1, settings);
      if (flags.format === "json") {
        const { samples: _samples, items, ...rest } = r;
        output.out(
          `${JSON.stringify({ by: flags.by, items, ...rest, asOf: formatDay(start), historyItems: csv.items.length, dropped }, null, 2)}\n`,
        );
      } else {
        output.out(header(r, csv, output));
        output.out(
          `How many items by the end of ${flags.by} (${r.days} days)? Reached in at least that share of runs:\n`,
        );
        output.out(
          textTable(
            [{ header: "" }, { header: "items", align: "right" }],
            (["p50", "p85", "p95"] as const).map((k) => [k.toUpperCase(), pad(r.items[k])]),
          ),
        );
      }
    }
  } catch (error) {
    if (!(error instanceof ThroughputError)) throw error;
    output.err(`keel throughput: ${error.message}\n`);
    return ExitCode.planFailed;
  }
  return ExitCode.ok;
}
