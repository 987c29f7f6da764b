/** What the task picker needs of a task. */
export interface OutlineTask {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  readonly position: number;
}

export interface LeafTask {
  readonly id: string;
  readonly name: string;
  /** The summary tasks above it, outermost first: where it sits in the plan. */
  readonly path: string;
}

/**
 * The tasks RAID items link to: every task that is not a summary task, in outline order (as the plan
 * view lists them), each with its summary tasks' names.
 */
export function leafTasks(tasks: readonly OutlineTask[]): LeafTask[] {
  const children = new Map<string | null, OutlineTask[]>();
  for (const t of tasks) children.set(t.parent, [...(children.get(t.parent) ?? []), t]);
  const out: LeafTask[] = [];
  const visit = (parent: string | null, path: readonly string[]) => {
    const kids = [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position);
    for (const t of kids) {
      if (children.has(t.id)) visit(t.id, [...path, t.name]);
      else out.push({ id: t.id, name: t.name, path: path.join(" › ") });
    }
  };
  visit(null, []);
  return out;
}
