import { PlanError, type PlanSchedule, raidProblems, schedulePlan } from "@keel/engine";
import type { Plan } from "@keel/model";
import type { Queryable } from "./database.js";
import { PlanRejectedError } from "./errors.js";
import { summarizeSchedule } from "./schedule-summary.js";

/** Schedules `plan`, turning the engine's refusal (a cycle, a risk score off its scale) into a store error. */
export function scheduleOrReject(plan: Plan, context = ""): PlanSchedule {
  const raid = raidProblems(plan);
  if (raid.length > 0)
    throw new PlanRejectedError(raid.map((p) => ({ ...p, message: `${context}${p.message}` })));
  try {
    return schedulePlan(plan);
  } catch (error) {
    if (error instanceof PlanError) {
      throw new PlanRejectedError(error.problems.map((p) => ({ ...p, message: `${context}${p.message}` })));
    }
    throw error;
  }
}

/**
 * Records, in the edit's transaction, which plan version the project's schedule is at and the
 * summary project lists show. The full result is written later, on first read (`saveScheduleResult`):
 * rewriting hundreds of kilobytes on every edit would cost more than the edit itself.
 */
export async function saveScheduleSummary(
  tx: Queryable,
  projectId: string,
  planVersion: number,
  plan: Plan,
  schedule: PlanSchedule,
): Promise<void> {
  await tx.query(
    `INSERT INTO schedules (project_id, plan_version, result, summary) VALUES ($1, $2, NULL, $3)
     ON CONFLICT (project_id) DO UPDATE SET plan_version = $2, result = NULL, summary = $3, computed_at = now()`,
    [projectId, planVersion, JSON.stringify(summarizeSchedule(schedule, plan))],
  );
}

/** Stores the full result for `planVersion`, unless the plan has moved on meanwhile. */
export async function saveScheduleResult(
  db: Queryable,
  projectId: string,
  planVersion: number,
  schedule: PlanSchedule,
): Promise<void> {
  await db.query("UPDATE schedules SET result = $3 WHERE project_id = $1 AND plan_version = $2", [
    projectId,
    planVersion,
    JSON.stringify(schedule),
  ]);
}
