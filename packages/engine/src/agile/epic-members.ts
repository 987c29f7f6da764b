import type { BacklogItem } from "@keel/model";

/**
 * The items under each epic, by epic id: those naming it as their epic, or whose parent chain (a
 * sub-task's story) leads to an item that does, or to the epic itself. Epics are not members.
 */
export function epicMembers(items: readonly BacklogItem[]): Map<string, BacklogItem[]> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const epicOf = (item: BacklogItem): string | undefined => {
    const seen = new Set<string>();
    for (let current: BacklogItem | undefined = item; current !== undefined; ) {
      if (current.epic !== undefined) return current.epic;
      if (current.parent === undefined || seen.has(current.id)) return undefined;
      seen.add(current.id);
      current = byId.get(current.parent);
      if (current?.type === "epic") return current.id;
    }
    return undefined;
  };
  const members = new Map<string, BacklogItem[]>();
  for (const item of items) {
    if (item.type === "epic") continue;
    const epic = epicOf(item);
    if (epic === undefined) continue;
    const list = members.get(epic) ?? [];
    list.push(item);
    members.set(epic, list);
  }
  return members;
}
