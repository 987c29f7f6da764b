import { dependencyDate, type Plan } from "@keel/model";
import type { Problem } from "../problem.js";

/**
 * Per task id, the latest date an external dependency it waits for arrives. The compiler turns it
 * into a start-no-earlier-than floor, so a provider's slipping promise moves the tasks.
 */
export function dependencyWaits(plan: Plan, problems: Problem[]): Map<string, string> {
  const waits = new Map<string, string>();
  const taskIds = new Set(plan.tasks.map((t) => t.id));
  for (const d of plan.dependencies ?? []) {
    const date = dependencyDate(d);
    for (const id of d.tasks) {
      if (!taskIds.has(id)) {
        problems.push({
          code: "unknown-task",
          severity: "error",
          taskId: id,
          message: `dependency "${d.id}" names unknown task "${id}"`,
        });
        continue;
      }
      if (date === undefined) continue;
      const current = waits.get(id);
      if (current === undefined || date > current) waits.set(id, date);
    }
  }
  return waits;
}
