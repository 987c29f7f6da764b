import type { Sprint, SprintItemRecord } from "@keel/model";
import type { SprintOutcome, VelocityPoint } from "./types.js";

const total = (records: readonly SprintItemRecord[] | undefined) =>
  (records ?? []).reduce((sum, r) => sum + r.estimate, 0);

/** How a sprint went, from the records of what it committed to and completed. */
export function sprintOutcome(sprint: Sprint, capacityHours?: number): SprintOutcome {
  return {
    sprint: sprint.id,
    name: sprint.name,
    committed: total(sprint.committed),
    completed: total(sprint.completed),
    ...(capacityHours === undefined ? {} : { capacityHours }),
  };
}

/** The velocity chart: committed against completed per sprint, in the order given. */
export function velocity(outcomes: readonly SprintOutcome[]): VelocityPoint[] {
  return outcomes.map(({ sprint, name, committed, completed }) => ({ sprint, name, committed, completed }));
}
