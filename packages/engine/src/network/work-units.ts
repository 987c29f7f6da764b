import type { Plan } from "@keel/model";
import type { Problem } from "../problem.js";

/**
 * Per task id, the units of work resources assigned to it: the divisor of an effort-driven task's
 * work. Also checks that resources are unique and assignments name known tasks and resources.
 */
export function workUnitsByTask(plan: Plan, problems: Problem[]): Map<string, number> {
  const units = new Map<string, number>();
  const resources = new Map<string, string>();
  for (const r of plan.resources ?? []) {
    if (resources.has(r.id)) {
      problems.push({
        code: "duplicate-resource",
        severity: "error",
        resourceId: r.id,
        message: `resource id "${r.id}" is used twice`,
      });
    }
    resources.set(r.id, r.type);
  }
  const taskIds = new Set(plan.tasks.map((t) => t.id));
  for (const a of plan.assignments ?? []) {
    const type = resources.get(a.resource);
    if (type === undefined) {
      problems.push({
        code: "unknown-resource",
        severity: "error",
        taskId: a.task,
        resourceId: a.resource,
        message: `task "${a.task}" is assigned to unknown resource "${a.resource}"`,
      });
      continue;
    }
    if (!taskIds.has(a.task)) {
      problems.push({
        code: "unknown-task",
        severity: "error",
        resourceId: a.resource,
        message: `resource "${a.resource}" is assigned to unknown task "${a.task}"`,
      });
      continue;
    }
    if (type === "work") units.set(a.task, (units.get(a.task) ?? 0) + a.units);
  }
  return units;
}
