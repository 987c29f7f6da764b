import type { PlanSchedule } from "@keel/engine";
import { formatDateTime, formatDays } from "./format.js";
import { outlineLevels } from "./outline.js";
import { textTable } from "./text-table.js";

const COLUMNS = [
  { header: "id" },
  { header: "name" },
  { header: "start" },
  { header: "finish" },
  { header: "float (d)", align: "right" },
  { header: "critical" },
] as const;

/** The schedule as a table: summary tasks' children indented, total float in working days, `*` on critical tasks. */
export function scheduleTable(schedule: PlanSchedule, minutesPerDay: number): string {
  const levels = outlineLevels(schedule.tasks);
  const rows = schedule.tasks.map((t) => [
    `${"  ".repeat(levels.get(t.id) ?? 0)}${t.id}`,
    t.name,
    formatDateTime(t.start),
    formatDateTime(t.finish),
    formatDays(t.totalFloatMinutes, minutesPerDay),
    t.critical ? "*" : "",
  ]);
  return textTable(COLUMNS, rows);
}
