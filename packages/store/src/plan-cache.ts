import type { PlanSchedule } from "@keel/engine";
import type { PlanSnapshot } from "./plan-snapshot.js";

const MAX_PROJECTS = 200;

/** A project's plan at one version, with the schedule computed from it. */
export interface CachedPlan {
  readonly snapshot: PlanSnapshot;
  readonly schedule: PlanSchedule;
  readonly computedAt: string;
  /** The schedule record as JSON, made on first read. */
  json?: string;
}

/**
 * The latest plan and schedule of recently edited projects, in this process. An entry is used only
 * when its plan version is the one in the database, so edits made by other instances are never missed.
 */
export class PlanCache {
  readonly #entries = new Map<string, CachedPlan>();

  get(projectId: string, planVersion: number): CachedPlan | undefined {
    const entry = this.#entries.get(projectId);
    return entry?.snapshot.planVersion === planVersion ? entry : undefined;
  }

  set(projectId: string, entry: CachedPlan): void {
    const current = this.#entries.get(projectId);
    // Commits can be observed out of order; never replace a newer snapshot with an older one.
    if (current !== undefined && current.snapshot.planVersion > entry.snapshot.planVersion) return;
    this.#entries.delete(projectId);
    this.#entries.set(projectId, entry);
    if (this.#entries.size > MAX_PROJECTS) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  delete(projectId: string): void {
    this.#entries.delete(projectId);
  }
}
