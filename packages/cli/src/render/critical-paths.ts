import type { PlanSchedule, TaskResult } from "@keel/engine";
import { formatDateTime } from "./format.js";
import { printable } from "./printable.js";
import { textTable } from "./text-table.js";

/** Each critical path as a block: the chain `a → b → c`, then each task's dates in path order. */
export function criticalPathsText(schedule: PlanSchedule): string {
  const { criticalPaths, tasks } = schedule;
  if (criticalPaths.length === 0) return "No critical path: no task has zero or negative float.\n";
  const byId = new Map<string, TaskResult>(tasks.map((t) => [t.id, t]));
  return criticalPaths
    .map((path, i) => {
      const title =
        criticalPaths.length === 1 ? "Critical path" : `Critical path ${i + 1} of ${criticalPaths.length}`;
      const rows = path.map((id) => {
        const t = byId.get(id);
        return [id, t?.name ?? "", t ? formatDateTime(t.start) : "", t ? formatDateTime(t.finish) : ""];
      });
      const table = textTable(
        [{ header: "id" }, { header: "name" }, { header: "start" }, { header: "finish" }],
        rows,
      );
      return `${title}: ${printable(path.join(" → "))}\n\n${table}`;
    })
    .join("\n");
}
