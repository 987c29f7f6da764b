import type { Plan } from "@keel/model";
import type { Queryable } from "./database.js";
import { loadSnapshot, toPlan } from "./plan-snapshot.js";

/** Reads a project's plan in the engine's form: tasks in outline order, summaries before children. */
export async function loadPlan(db: Queryable, projectId: string): Promise<Plan> {
  return toPlan(await loadSnapshot(db, projectId));
}
