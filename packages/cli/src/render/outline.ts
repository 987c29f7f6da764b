/** Outline depth of each task (0 = top level); tasks come in outline order, so a parent precedes its children. */
export function outlineLevels(
  tasks: readonly { readonly id: string; readonly parent: string | null }[],
): Map<string, number> {
  const levels = new Map<string, number>();
  for (const t of tasks) {
    const parentLevel = t.parent === null ? undefined : levels.get(t.parent);
    levels.set(t.id, parentLevel === undefined ? 0 : parentLevel + 1);
  }
  return levels;
}
