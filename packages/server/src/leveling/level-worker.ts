import { parentPort, workerData } from "node:worker_threads";
import { levelPlan, PlanError, type PlanLevelingOptions } from "@keel/engine";
import type { Plan } from "@keel/model";

/** Levels one plan off the server's request thread; see level-in-worker.ts. */
const { plan, options } = workerData as { plan: Plan; options: PlanLevelingOptions };
try {
  const { plan: _leveled, ...result } = levelPlan(plan, { ...options, now: () => performance.now() });
  parentPort?.postMessage({ ok: true, result });
} catch (error) {
  parentPort?.postMessage(
    error instanceof PlanError
      ? { ok: false, problems: error.problems }
      : { ok: false, message: error instanceof Error ? error.message : String(error) },
  );
}
