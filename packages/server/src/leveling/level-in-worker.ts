import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PlanError, type PlanLeveling, type PlanLevelingOptions, type Problem } from "@keel/engine";
import type { Plan } from "@keel/model";

/** The worker runs compiled JS from dist/, which sits at the same depth as src/. */
const WORKER = new URL("../../dist/leveling/level-worker.js", import.meta.url);
/** Past its budget a search stops by itself; this only guards against a runaway one. */
const GRACE_MS = 30_000;

export type WorkerLeveling = Omit<PlanLeveling, "plan">;

type Reply = { ok: true; result: WorkerLeveling } | { ok: false; problems?: Problem[]; message?: string };

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Levels a plan in a worker thread, so a search of a few seconds never stalls other requests; at
 * most one search per core runs at a time, the others queue.
 */
export async function levelInWorker(
  plan: Plan,
  options: Omit<PlanLevelingOptions, "now">,
): Promise<WorkerLeveling> {
  if (running >= availableParallelism()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<WorkerLeveling>((resolve, reject) => {
      // No inherited flags: a test runner's `--conditions source` would point the worker at TypeScript.
      const worker = new Worker(WORKER, { workerData: { plan, options }, execArgv: [] });
      const timer = setTimeout(() => void worker.terminate(), (options.budgetMs ?? 0) + GRACE_MS);
      worker.once("message", (reply: Reply) => {
        if (reply.ok) resolve(reply.result);
        else if (reply.problems !== undefined) reject(new PlanError(reply.problems));
        else reject(new Error(`leveling failed: ${reply.message}`));
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the leveling worker stopped (exit code ${code})`));
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}
