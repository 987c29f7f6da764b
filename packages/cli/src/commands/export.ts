import { writeFile } from "node:fs/promises";
import { PlanError, type PlanSchedule, schedulePlan } from "@keel/engine";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  FormatError,
  locateProblems,
  NEEDS_SCHEDULE,
  readPlan,
  exportPlan as renderPlan,
} from "@keel/formats";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { UsageError } from "../usage-error.js";

export { EXPORT_FORMATS, type ExportFormat };

export interface ExportOptions {
  readonly to: ExportFormat;
  /** Write here; stdout when absent. */
  readonly output?: string | undefined;
  /** DTSTAMP for iCalendar output (tests); the current time when absent. */
  readonly now?: Date;
}

/**
 * `keel export plan --to FORMAT [-o FILE]`: converts a plan in any readable format to Microsoft
 * Project XML, task CSV, iCalendar (milestones and deadlines), a Mermaid gantt chart or Keel YAML.
 * A plan that cannot be read (or scheduled, for dated formats) is exit 1 with diagnostics on stderr.
 */
export async function exportPlan(file: string, options: ExportOptions, output: Output): Promise<ExitCode> {
  const text = await readPlanFile(file);
  let read: ReturnType<typeof readPlan>;
  try {
    read = readPlan(text, file);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    for (const d of error.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  let schedule: PlanSchedule | undefined;
  if (NEEDS_SCHEDULE.has(options.to)) {
    try {
      schedule = schedulePlan(read.plan);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      for (const d of locateProblems(error.problems, read.sourceMap, file)) output.err(diagnosticLine(d));
      return ExitCode.planFailed;
    }
    for (const d of locateProblems(schedule.warnings, read.sourceMap, file)) output.err(diagnosticLine(d));
  }
  const body = renderPlan(options.to, {
    plan: read.plan,
    schedule,
    mspdi: read.mspdi,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (options.output === undefined) {
    output.out(body);
    return ExitCode.ok;
  }
  try {
    await writeFile(options.output, body);
  } catch (error) {
    throw new UsageError(`cannot write ${options.output}: ${error instanceof Error ? error.message : error}`);
  }
  return ExitCode.ok;
}
