import type { PlanSchedule, TaskResult } from "@keel/engine";
import { csv } from "./csv.js";

/** Columns named as in the JSON output, so scripts can switch between the two. */
const FIELDS = [
  "id",
  "name",
  "kind",
  "parent",
  "start",
  "finish",
  "earlyStart",
  "earlyFinish",
  "lateStart",
  "lateFinish",
  "durationMinutes",
  "totalFloatMinutes",
  "freeFloatMinutes",
  "critical",
  "deadline",
  "deadlineMissed",
] as const satisfies readonly (keyof TaskResult)[];

/** One header row, then one row per task in outline order; absent values are empty cells. */
export function scheduleCsv(schedule: PlanSchedule): string {
  const rows = schedule.tasks.map((t) => FIELDS.map((f) => String(t[f] ?? "")));
  return csv([FIELDS, ...rows]);
}
