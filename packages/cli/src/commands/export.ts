import { writeFile } from "node:fs/promises";
import { PlanError, type PlanSchedule, schedulePlan } from "@keel/engine";
import {
  FormatError,
  locateProblems,
  readPlan,
  toCsv,
  toIcal,
  toMermaidGantt,
  toMspdi,
  toPlanYaml,
} from "@keel/formats";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { UsageError } from "../usage-error.js";

export const EXPORT_FORMATS = ["mspdi", "csv", "ical", "mermaid", "yaml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly to: ExportFormat;
  /** Write here; stdout when absent. */
  readonly output?: string | undefined;
  /** DTSTAMP for iCalendar output (tests); the current time when absent. */
  readonly now?: Date;
}

/** Formats that carry dates need the plan scheduled first; plan formats convert even an unschedulable plan. */
const NEEDS_SCHEDULE: ReadonlySet<ExportFormat> = new Set(["mspdi", "ical", "mermaid"]);

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
  const body = render(options, read, schedule);
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

function render(
  options: ExportOptions,
  read: ReturnType<typeof readPlan>,
  schedule: PlanSchedule | undefined,
): string {
  switch (options.to) {
    case "yaml":
      return toPlanYaml(read.plan);
    case "csv":
      return toCsv(read.plan);
    case "mspdi":
      return toMspdi(read.plan, {
        ...(schedule === undefined ? {} : { schedule }),
        ...(read.mspdi === undefined
          ? {}
          : {
              resources: read.mspdi.resources,
              assignments: read.mspdi.assignments,
              baselines: read.mspdi.baselines,
            }),
      });
    case "ical":
      return toIcal(schedule as PlanSchedule, options.now === undefined ? {} : { now: options.now });
    case "mermaid":
      return toMermaidGantt(schedule as PlanSchedule);
  }
}
