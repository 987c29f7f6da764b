/** What outline edits need of a task: its place among its siblings, and the version to send back. */
export interface OutlineTask {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  readonly position: number;
  readonly version: number;
}

/** A task's new place in the outline, as a PATCH or bulk update sends it. */
export interface Move {
  readonly id: string;
  readonly version: number;
  readonly parent: string | null;
  readonly position: number;
}

function siblingsOf(tasks: readonly OutlineTask[], parent: string | null): OutlineTask[] {
  return tasks.filter((t) => t.parent === parent).sort((a, b) => a.position - b.position);
}

/** The selected tasks none of whose ancestors is selected, in outline order: the ones an edit moves. */
export function topSelected(tasks: readonly OutlineTask[], selected: ReadonlySet<string>): OutlineTask[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const hasSelectedAncestor = (t: OutlineTask): boolean => {
    for (let p = t.parent; p !== null; p = byId.get(p)?.parent ?? null) if (selected.has(p)) return true;
    return false;
  };
  return tasks.filter((t) => selected.has(t.id) && !hasSelectedAncestor(t));
}

/**
 * Indent, as in MS Project: each selected task becomes the last child of the nearest task above it at
 * its level that is not moving too. Returns a message when no selected task can be indented.
 */
export function indentMoves(tasks: readonly OutlineTask[], selected: ReadonlySet<string>): Move[] | string {
  const moving = topSelected(tasks, selected);
  const movingIds = new Set(moving.map((t) => t.id));
  const next = new Map<string, number>();
  const moves: Move[] = [];
  for (const t of moving) {
    const siblings = siblingsOf(tasks, t.parent);
    const above = siblings
      .slice(0, siblings.indexOf(t))
      .reverse()
      .find((s) => !movingIds.has(s.id));
    if (above === undefined) continue;
    const position = next.get(above.id) ?? lastChildPosition(tasks, above.id) + 1;
    next.set(above.id, position + 1);
    moves.push({ id: t.id, version: t.version, parent: above.id, position });
  }
  if (moves.length > 0) return moves;
  const first = moving[0];
  return first === undefined
    ? "Select a task to indent."
    : `“${first.name}” has no task above it at its level to become its summary task.`;
}

/**
 * Outdent: each selected task moves up one level, to just after its former summary task. Returns a
 * message when no selected task can be outdented.
 */
export function outdentMoves(tasks: readonly OutlineTask[], selected: ReadonlySet<string>): Move[] | string {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const moving = topSelected(tasks, selected).filter((t) => t.parent !== null);
  if (moving.length === 0) return "Only a task inside a summary task can be outdented.";
  const moves: Move[] = [];
  const groups = new Map<string, OutlineTask[]>();
  for (const t of moving) groups.set(t.parent as string, [...(groups.get(t.parent as string) ?? []), t]);
  for (const [parent, group] of groups) {
    const summary = byId.get(parent) as OutlineTask;
    const siblings = siblingsOf(tasks, summary.parent);
    const after = siblings[siblings.indexOf(summary) + 1]?.position ?? summary.position + 1;
    const step = (after - summary.position) / (group.length + 1);
    group.forEach((t, i) => {
      moves.push({
        id: t.id,
        version: t.version,
        parent: summary.parent,
        position: summary.position + step * (i + 1),
      });
    });
  }
  return moves;
}

/** Where a task inserted just above `before` goes: the same summary task, between it and the one above. */
export function insertionPoint(
  tasks: readonly OutlineTask[],
  before: OutlineTask | undefined,
): { parent: string | null; position: number } {
  if (before === undefined) return { parent: null, position: lastChildPosition(tasks, null) + 1 };
  const siblings = siblingsOf(tasks, before.parent);
  const above = siblings[siblings.indexOf(before) - 1];
  return {
    parent: before.parent,
    position: above === undefined ? before.position - 1 : (above.position + before.position) / 2,
  };
}

/** The tasks to delete with `ids`: they and everything under them, children before their summary task. */
export function deletionOrder(tasks: readonly OutlineTask[], ids: ReadonlySet<string>): OutlineTask[] {
  const children = new Map<string | null, OutlineTask[]>();
  for (const t of tasks) children.set(t.parent, [...(children.get(t.parent) ?? []), t]);
  const order: OutlineTask[] = [];
  const visit = (t: OutlineTask) => {
    for (const child of children.get(t.id) ?? []) visit(child);
    order.push(t);
  };
  for (const t of topSelected(tasks, ids)) visit(t);
  return order;
}

function lastChildPosition(tasks: readonly OutlineTask[], parent: string | null): number {
  let last = 0;
  for (const t of tasks) if (t.parent === parent) last = Math.max(last, t.position);
  return last;
}

/** A readable id for a new task from its name (`Write the FAQ` → `write-the-faq`), unique in `taken`. */
export function newTaskId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "task";
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
