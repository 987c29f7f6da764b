import type { PlanSchedule } from "@keel/engine";
import type { Plan } from "@keel/model";
import { toCsv } from "./csv/index.js";
import { toIcal } from "./ical.js";
import { toMermaidGantt } from "./mermaid.js";
import type { MspdiExportOptions } from "./mspdi/index.js";
import { toMspdi } from "./mspdi/index.js";
import { toPlanYaml } from "./plan-yaml/serialize.js";

export const EXPORT_FORMATS = ["mspdi", "csv", "ical", "mermaid", "yaml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that carry dates need the plan's schedule; plan formats convert even an unschedulable plan. */
export const NEEDS_SCHEDULE: ReadonlySet<ExportFormat> = new Set(["mspdi", "ical", "mermaid"]);

/** Media type and file extension of each export format, for downloads. */
export const EXPORT_FILES: Readonly<
  Record<ExportFormat, { readonly type: string; readonly extension: string }>
> = {
  mspdi: { type: "application/xml", extension: "xml" },
  csv: { type: "text/csv", extension: "csv" },
  ical: { type: "text/calendar", extension: "ics" },
  mermaid: { type: "text/plain", extension: "mmd" },
  yaml: { type: "application/yaml", extension: "yaml" },
};

export interface ExportInput {
  readonly plan: Plan;
  /** Required by the formats in NEEDS_SCHEDULE. */
  readonly schedule?: PlanSchedule | undefined;
  /** What an MS Project import carried besides the plan (baselines), written back to MS Project XML. */
  readonly mspdi?: Pick<MspdiExportOptions, "resources" | "assignments" | "baselines"> | undefined;
  /** DTSTAMP for iCalendar output; the current time when absent. */
  readonly now?: Date | undefined;
}

/** A plan in one of the export formats: MS Project XML, task CSV, iCalendar, Mermaid gantt or Keel YAML. */
export function exportPlan(format: ExportFormat, input: ExportInput): string {
  const { plan, schedule } = input;
  if (NEEDS_SCHEDULE.has(format) && schedule === undefined) {
    throw new Error(`exporting to ${format} needs the plan's schedule`);
  }
  switch (format) {
    case "yaml":
      return toPlanYaml(plan);
    case "csv":
      return toCsv(plan);
    case "mspdi": {
      const m = input.mspdi;
      return toMspdi(plan, {
        ...(schedule === undefined ? {} : { schedule }),
        ...(m?.resources === undefined ? {} : { resources: m.resources }),
        ...(m?.assignments === undefined ? {} : { assignments: m.assignments }),
        ...(m?.baselines === undefined ? {} : { baselines: m.baselines }),
      });
    }
    case "ical":
      return toIcal(schedule as PlanSchedule, input.now === undefined ? {} : { now: input.now });
    case "mermaid":
      return toMermaidGantt(schedule as PlanSchedule);
  }
}
