import type { ProjectResult } from "@keel/engine";
import type { Diagnostic } from "@keel/formats";
import { diagnosticLine } from "./diagnostic-line.js";
import { formatDateTime } from "./format.js";
import { plural } from "./plural.js";
import { printable } from "./printable.js";

/** The lines under the schedule table: the project's dates and length, then every warning. */
export function scheduleFooter(project: ProjectResult, warnings: readonly Diagnostic[]): string {
  const lines = [
    `Project   ${printable(project.name)}`,
    `Start     ${formatDateTime(project.start)}`,
    `Finish    ${formatDateTime(project.finish)}`,
    `Duration  ${plural(project.durationWorkingDays, "working day")}`,
    `Warnings  ${warnings.length === 0 ? "none" : warnings.length}`,
  ];
  return [...lines.map((l) => `${l}\n`), ...warnings.map((w) => `  ${diagnosticLine(w)}`)].join("");
}
