import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { scheduleCsv } from "../render/schedule-csv.js";
import { scheduleFooter } from "../render/schedule-footer.js";
import { scheduleTable } from "../render/schedule-table.js";

export const SCHEDULE_FORMATS = ["table", "json", "csv"] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

/**
 * `keel schedule`: prints every task's dates and float. Errors go to stderr so stdout stays
 * parseable; warnings are part of the table and JSON, and go to stderr for CSV.
 */
export async function schedule(file: string, format: ScheduleFormat, output: Output): Promise<ExitCode> {
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const warnings = result.warnings.map((w) => w.diagnostic);
  switch (format) {
    case "table":
      output.out(scheduleTable(result.schedule, result.minutesPerDay));
      output.out(`\n${scheduleFooter(result.schedule.project, warnings)}`);
      break;
    case "json":
      output.out(`${JSON.stringify(result.schedule, null, 2)}\n`);
      break;
    case "csv":
      output.out(scheduleCsv(result.schedule));
      for (const d of warnings) output.err(diagnosticLine(d));
      break;
  }
  return ExitCode.ok;
}
