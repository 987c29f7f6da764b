import { readFile, writeFile } from "node:fs/promises";
import {
  asPlannedBaseline,
  type ForecastResult,
  forecastVaries,
  type StatusReport,
  statusReport,
} from "@keel/engine";
import { statusHtml, statusMarkdown, statusText } from "@keel/formats";
import { type Baseline, baselineSchema, isLocalDate, isLocalDateTime } from "@keel/model";
import { CHROMIUM_MISSING, forecastInWorkers, htmlToPdf } from "@keel/server";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { UsageError } from "../usage-error.js";

export const STATUS_FORMATS = ["text", "md", "html", "pdf", "json"] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export interface StatusFlags {
  /** The status date; the plan's `statusDate` when absent. */
  readonly asOf?: string | undefined;
  /** Reporting period: `1w`, `2w`, `10d`; one week by default. */
  readonly period?: string | undefined;
  /** A baseline JSON file; false (`--no-baseline`) for none; the plan as planned when absent. */
  readonly baseline?: string | false | undefined;
  /** Forecast iterations for P50/P80; 0 for none. */
  readonly iterations?: string | undefined;
  readonly format: StatusFormat;
  readonly output?: string | undefined;
}

const DEFAULT_ITERATIONS = 2000;

/** `1w` → 7, `2w` → 14, `10d` → 10 calendar days; a message when it is not a period. */
export function periodDays(text: string): number | string {
  const m = /^\s*(\d+)\s*([dw])\s*$/i.exec(text);
  const n = m === null ? 0 : Number(m[1]) * ((m[2] as string).toLowerCase() === "w" ? 7 : 1);
  return n >= 1 && n <= 366 ? n : `--period expects days or weeks such as 1w, 2w or 10d, not "${text}"`;
}

async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${error instanceof Error ? error.message : error})`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${file}: not a baseline: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}; expected { name, savedAt, tasks: [{ id, start, finish, durationMinutes }] } as the API returns it`,
    );
  }
  return parsed.data;
}

function render(report: StatusReport, format: Exclude<StatusFormat, "pdf">): string {
  switch (format) {
    case "md":
      return statusMarkdown(report);
    case "html":
      return statusHtml(report);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "text":
      return statusText(report);
  }
}

async function write(file: string, body: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, body);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * `keel status`: the status report of a plan file for the reporting period ending on the status
 * date, as text, Markdown, HTML, PDF or JSON. A plan file holds no saved baseline, so the plan as
 * planned (the same plan with its progress left out) stands in, as for `keel evm`; `--baseline`
 * reads a saved one (the API's JSON), `--no-baseline` reports without. When the plan has
 * three-point estimates or risks with a delay, a forecast adds P50/P80 dates.
 */
export async function status(file: string, flags: StatusFlags, output: Output): Promise<ExitCode> {
  const usage = (message: string) => {
    output.err(`keel status: ${message}\n`);
    return ExitCode.usage;
  };
  if (flags.asOf !== undefined && !isLocalDate(flags.asOf) && !isLocalDateTime(flags.asOf)) {
    return usage(`--as-of expects a date YYYY-MM-DD or a date-time, not "${flags.asOf}"`);
  }
  const days = periodDays(flags.period ?? "1w");
  if (typeof days === "string") return usage(days);
  const iterations = flags.iterations === undefined ? DEFAULT_ITERATIONS : Number(flags.iterations);
  if (!/^\d+$/.test(flags.iterations ?? "0") || iterations > 1_000_000) {
    return usage(`--iterations expects a whole number from 0 to 1000000, not "${flags.iterations}"`);
  }
  // A terminal is no place for a PDF; a file is.
  if (flags.format === "pdf" && flags.output === undefined) {
    return usage("--format pdf writes a file: give -o report.pdf");
  }

  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const { plan, schedule } = result;
  const asOf = flags.asOf ?? plan.project.statusDate;
  if (asOf === undefined) return usage(`${file} has no status date; give --as-of or set project.statusDate`);
  if (plan.project.statusDate !== undefined && asOf.slice(0, 10) !== plan.project.statusDate.slice(0, 10)) {
    output.err(`keel status: note: the plan's progress is as of ${plan.project.statusDate}, not ${asOf}\n`);
  }
  const baseline =
    flags.baseline === false
      ? undefined
      : flags.baseline === undefined
        ? asPlannedBaseline(plan, `${asOf.slice(0, 10)}T00:00:00Z`)
        : await readBaseline(flags.baseline);

  // Only uncertainty makes a forecast say more than the schedule does.
  let forecast: ForecastResult | undefined;
  if (iterations > 0 && forecastVaries(plan)) {
    forecast = await forecastInWorkers(plan, { iterations, seed: 1 });
  }

  const report = statusReport({ plan, schedule, baseline, asOf, periodDays: days, forecast });
  if (flags.format === "pdf") {
    let pdf: Uint8Array;
    try {
      pdf = await htmlToPdf(statusHtml(report));
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith(CHROMIUM_MISSING))) throw error;
      output.err(`keel status: ${error.message}\n`);
      return ExitCode.unavailable;
    }
    await write(flags.output as string, pdf);
    return ExitCode.ok;
  }
  const body = render(report, flags.format);
  if (flags.output === undefined) output.out(body);
  else await write(flags.output, body);
  return ExitCode.ok;
}
