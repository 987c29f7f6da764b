import type { Link, LinkType, Plan, Task } from "@keel/model";

/** A task's own fields as PATCH takes them (null clears an optional one); not its place in the outline. */
export type TaskFields = { readonly [K in keyof Omit<Task, "id" | "parent">]?: Task[K] | null };

/** What names one link: two links between the same tasks differ in their type. */
export interface LinkKey {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
}

/**
 * One edit of the plan that the browser shows before the server has it: the same edit is applied
 * to the plan in the schedule worker and (as records) to the lists the page shows.
 */
export type PlanEdit =
  | { readonly kind: "task"; readonly id: string; readonly fields: TaskFields }
  /** A new link, at `at` in the plan's list of links (the server lists them by id), else at its end. */
  | { readonly kind: "add-link"; readonly link: Link; readonly at?: number | undefined }
  | { readonly kind: "remove-link"; readonly link: LinkKey };

/**
 * The item with `fields` on top, as the server merges a PATCH: null clears a field, and undefined
 * leaves it as it is (JSON does not send it).
 */
export function withFields<T extends object>(item: T, fields: object): T {
  const merged = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

function sameLink(a: LinkKey, b: LinkKey): boolean {
  return a.from === b.from && a.to === b.to && a.type === b.type;
}

/** The plan after the edit (the one given is left as it was); a task or link it lacks is not edited. */
export function applyPlanEdit(plan: Plan, edit: PlanEdit): Plan {
  switch (edit.kind) {
    case "task": {
      const at = plan.tasks.findIndex((t) => t.id === edit.id);
      if (at < 0) return plan;
      const tasks = [...plan.tasks];
      tasks[at] = withFields(plan.tasks[at] as Task, edit.fields);
      return { ...plan, tasks };
    }
    case "add-link": {
      const links = [...plan.links];
      const at = edit.at === undefined ? links.length : Math.max(0, Math.min(links.length, edit.at));
      links.splice(at, 0, edit.link);
      return { ...plan, links };
    }
    case "remove-link": {
      const at = plan.links.findIndex((l) => sameLink(l, edit.link));
      if (at < 0) return plan;
      return { ...plan, links: plan.links.filter((_, i) => i !== at) };
    }
  }
}

export function applyPlanEdits(plan: Plan, edits: readonly PlanEdit[]): Plan {
  return edits.reduce(applyPlanEdit, plan);
}
