import { asPlannedBaseline, type EarnedValue, EvmError, type EvmMetrics, earnedValue } from "@keel/engine";
import { isLocalDate, isLocalDateTime } from "@keel/model";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { textTable } from "../render/text-table.js";

export const EVM_FORMATS = ["table", "json"] as const;

export interface EvmFlags {
  /** The status date; the plan's `statusDate` when absent. */
  readonly asOf?: string | undefined;
  readonly period?: "day" | "week" | undefined;
  readonly format: (typeof EVM_FORMATS)[number];
}

/** The metrics in the order the table shows them, with what each means in plain words. */
const ROWS: readonly (readonly [keyof EvmMetrics, string])[] = [
  ["PV", "planned value: budget of the work planned by the status date"],
  ["EV", "earned value: budget of the work done"],
  ["AC", "actual cost of the work done"],
  ["BAC", "budget at completion"],
  ["SV", "schedule variance EV − PV"],
  ["CV", "cost variance EV − AC"],
  ["SPI", "schedule performance EV / PV (below 1: behind)"],
  ["CPI", "cost performance EV / AC (below 1: over budget)"],
  ["EAC", "estimate at completion, BAC / CPI"],
  ["EAC_CPI_SPI", "estimate at completion if cost and schedule performance persist"],
  ["EAC_bottomUp", "AC + the remaining work as scheduled"],
  ["ETC", "estimate to complete, EAC − AC"],
  ["VAC", "variance at completion, BAC − EAC"],
  ["TCPI", "CPI the remaining work needs to meet BAC"],
  ["ES", "earned schedule: periods of the plan the work done is worth"],
  ["AT", "actual time: periods from the baseline start to the status date"],
  ["SPIt", "time-based schedule performance ES / AT"],
  ["SVt", "time-based schedule variance ES − AT, in periods"],
  ["IEACt", "forecast duration in periods, planned duration / SPI(t)"],
];

const INDICES = new Set<keyof EvmMetrics>(["SPI", "CPI", "TCPI", "SPIt"]);

function figure(key: keyof EvmMetrics, value: number | null): string {
  if (value === null) return "–";
  if (INDICES.has(key)) return value.toFixed(2);
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

function evmTable(r: EarnedValue): string {
  const unit = r.basis === "cost" ? "money" : "hours";
  const lines = [
    `Earned value as of ${r.asOf.replace("T", " ").slice(0, 16)}, on ${unit}; periods are ${r.period === "day" ? "working days" : "weeks"}\n`,
    textTable(
      [{ header: "metric" }, { header: "value", align: "right" }, { header: "meaning" }],
      ROWS.map(([key, meaning]) => [key, figure(key, r.project[key]), meaning]),
    ),
  ];
  if (r.unbaselined.length > 0)
    lines.push(`\nNot in the baseline (no budget): ${r.unbaselined.join(", ")}\n`);
  return lines.join("");
}

/**
 * `keel evm`: earned value and earned schedule of a plan file. A plan file holds no saved baseline,
 * so the baseline is the plan as planned: the same plan with its progress left out.
 */
export async function evm(file: string, flags: EvmFlags, output: Output): Promise<ExitCode> {
  if (flags.asOf !== undefined && !isLocalDate(flags.asOf) && !isLocalDateTime(flags.asOf)) {
    output.err(`keel evm: --as-of expects a date YYYY-MM-DD or a date-time, not "${flags.asOf}"\n`);
    return ExitCode.usage;
  }
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const asOf = flags.asOf ?? result.plan.project.statusDate;
  if (asOf === undefined) {
    output.err(`${file}: no status date; give --as-of or set project.statusDate\n`);
    return ExitCode.usage;
  }
  let report: EarnedValue;
  try {
    report = earnedValue(result.plan, asPlannedBaseline(result.plan, `${asOf.slice(0, 10)}T00:00:00Z`), {
      asOf,
      period: flags.period ?? "day",
    });
  } catch (error) {
    if (!(error instanceof EvmError)) throw error;
    for (const p of error.problems) output.err(`${file}: ${p.message}\n`);
    return ExitCode.planFailed;
  }
  output.out(flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : evmTable(report));
  return ExitCode.ok;
}
