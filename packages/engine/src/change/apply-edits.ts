import {
  type Assignment,
  type Link,
  type Plan,
  type PlanEdit,
  type Task,
  withEstimateFollowingDuration,
  workingLengths,
} from "@keel/model";

/** An edit that no longer fits the plan (its task, link or assignment has gone, or already exists). */
export interface StaleEdit {
  /** Position in the edit list, from 0. */
  readonly index: number;
  readonly edit: PlanEdit;
  readonly message: string;
}

export interface AppliedEdits {
  /** The fork: the plan with every edit that still applies. */
  readonly plan: Plan;
  /** The edits skipped, in order. */
  readonly stale: readonly StaleEdit[];
}

/** Fields every task has: an edit may change them but not clear them. */
const REQUIRED: ReadonlySet<string> = new Set(["name", "milestone", "duration", "constraint"]);

/**
 * Applies a change request's edits to a plan, in order, and returns a new plan (the input is not
 * changed). An edit that does not fit the plan as it is now is skipped and reported as stale, so
 * the fork follows the plan as it moves on and the user decides whether to drop such edits.
 */
export function applyEdits(plan: Plan, edits: readonly PlanEdit[]): AppliedEdits {
  let tasks: Task[] = [...plan.tasks];
  let links: Link[] = [...plan.links];
  let assignments: Assignment[] | undefined = plan.assignments && [...plan.assignments];
  const removed = new Set<string>();
  const resources = new Set((plan.resources ?? []).map((r) => r.id));
  const stale: StaleEdit[] = [];

  edits.forEach((edit, index) => {
    const label = `edit ${index + 1} (${edit.op})`;
    const ids = new Set(tasks.map((t) => t.id));
    const gone = (id: string) => `task "${id}", which is no longer in the plan`;
    const problem = ((): string | undefined => {
      switch (edit.op) {
        case "addTask": {
          const { id, parent } = edit.task;
          if (ids.has(id)) return `${label} adds task "${id}", which is already in the plan`;
          if (parent !== null && !ids.has(parent)) return `${label} puts task "${id}" under ${gone(parent)}`;
          tasks.splice(insertionIndex(tasks, parent), 0, edit.task);
          return undefined;
        }
        case "updateTask": {
          const at = tasks.findIndex((t) => t.id === edit.id);
          if (at < 0) return `${label} names ${gone(edit.id)}`;
          const current = tasks[at] as Task;
          const next: Record<string, unknown> = { ...current };
          // A new duration scales the task's three-point estimate, as an edit through the API does.
          const set = withEstimateFollowingDuration(current, edit.set, workingLengths(plan.project));
          for (const [key, value] of Object.entries(set)) {
            if (value === undefined) continue;
            if (value !== null) next[key] = value;
            else if (REQUIRED.has(key))
              return `${label} clears "${key}" of task "${edit.id}", which every task needs`;
            else delete next[key];
          }
          tasks[at] = next as unknown as Task;
          return undefined;
        }
        case "removeTask": {
          if (!ids.has(edit.id)) return `${label} names ${gone(edit.id)}`;
          const subtree = descendants(tasks, edit.id);
          subtree.add(edit.id);
          tasks = tasks.filter((t) => !subtree.has(t.id));
          links = links.filter((l) => !subtree.has(l.from) && !subtree.has(l.to));
          assignments = assignments?.filter((a) => !subtree.has(a.task));
          for (const id of subtree) removed.add(id);
          return undefined;
        }
        case "addLink": {
          const { from, to } = edit.link;
          const missing = [from, to].find((id) => !ids.has(id));
          if (missing !== undefined)
            return `${label} links "${from}" → "${to}", but task "${missing}" is no longer in the plan`;
          if (links.some((l) => l.from === from && l.to === to)) {
            return `${label} links "${from}" → "${to}", which are already linked`;
          }
          links.push(edit.link);
          return undefined;
        }
        case "removeLink": {
          const kept = links.filter((l) => l.from !== edit.from || l.to !== edit.to);
          if (kept.length === links.length) {
            return `${label} removes the link "${edit.from}" → "${edit.to}", which is no longer in the plan`;
          }
          links = kept;
          return undefined;
        }
        case "assign": {
          const { task, resource } = edit.assignment;
          if (!ids.has(task)) return `${label} names ${gone(task)}`;
          if (!resources.has(resource))
            return `${label} names resource "${resource}", which is not in the plan`;
          if (assignments?.some((a) => a.task === task && a.resource === resource)) {
            return `${label} assigns "${resource}" to task "${task}", who is already assigned to it`;
          }
          assignments = [...(assignments ?? []), edit.assignment];
          return undefined;
        }
        case "unassign": {
          const kept = (assignments ?? []).filter(
            (a) => a.task !== edit.task || a.resource !== edit.resource,
          );
          if (kept.length === (assignments ?? []).length) {
            return `${label} takes "${edit.resource}" off task "${edit.task}", but it is not assigned to it`;
          }
          assignments = kept;
          return undefined;
        }
      }
    })();
    if (problem !== undefined) stale.push({ index, edit, message: problem });
  });

  const out: Plan = { ...plan, tasks, links, ...(assignments === undefined ? {} : { assignments }) };
  return { plan: removed.size === 0 ? out : dropFromRaid(out, removed), stale };
}

/** Ids of every task below `id` in the outline. */
function descendants(tasks: readonly Task[], id: string): Set<string> {
  const below = new Set<string>();
  // Outline order puts a summary before its children, so one pass finds children's children too.
  for (const t of tasks) if (t.parent !== null && (t.parent === id || below.has(t.parent))) below.add(t.id);
  return below;
}

/** Where a new task under `parent` goes: after the parent's last descendant, or at the end at top level. */
function insertionIndex(tasks: readonly Task[], parent: string | null): number {
  if (parent === null) return tasks.length;
  const below = descendants(tasks, parent);
  let last = tasks.findIndex((t) => t.id === parent);
  tasks.forEach((t, i) => {
    if (below.has(t.id)) last = i;
  });
  return last + 1;
}

/** The RAID log without links to removed tasks (a risk of a removed task no longer delays anything). */
function dropFromRaid(plan: Plan, removed: ReadonlySet<string>): Plan {
  const keep = (ids: readonly string[]) => ids.filter((id) => !removed.has(id));
  return {
    ...plan,
    ...(plan.risks && { risks: plan.risks.map((r) => ({ ...r, tasks: keep(r.tasks) })) }),
    ...(plan.assumptions && {
      assumptions: plan.assumptions.map((a) => (a.tasks ? { ...a, tasks: keep(a.tasks) } : a)),
    }),
    ...(plan.issues && { issues: plan.issues.map((i) => (i.tasks ? { ...i, tasks: keep(i.tasks) } : i)) }),
    ...(plan.dependencies && {
      dependencies: plan.dependencies.map((d) => ({ ...d, tasks: keep(d.tasks) })),
    }),
  };
}
