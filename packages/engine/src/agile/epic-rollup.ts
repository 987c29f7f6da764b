import type { AgileSettings, BacklogItem, Workflow } from "@keel/model";
import { itemEstimate } from "./item-estimate.js";
import { isDone } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { EpicRollup } from "./types.js";

/**
 * Progress of each epic (in rank order) from the items under it: those naming it as their epic,
 * or whose parent chain (a sub-task's story) leads to an item that does, or to the epic itself.
 * Done counts items done now, by estimate; by item count when nothing under it is estimated.
 */
export function epicRollup(
  items: readonly BacklogItem[],
  workflow: Workflow,
  settings: AgileSettings,
): EpicRollup[] {
  const resolve = statusResolver(workflow);
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
  const children = new Map<string, BacklogItem[]>();
  for (const item of items) {
    if (item.type === "epic") continue;
    const epic = epicOf(item);
    if (epic === undefined) continue;
    const list = children.get(epic) ?? [];
    list.push(item);
    children.set(epic, list);
  }
  return items
    .filter((i) => i.type === "epic")
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((epic): EpicRollup => {
      const under = children.get(epic.id) ?? [];
      const done = under.filter((i) => isDone(i, resolve));
      const total = under.reduce((sum, i) => sum + itemEstimate(i, settings), 0);
      const doneEstimate = done.reduce((sum, i) => sum + itemEstimate(i, settings), 0);
      const share = total > 0 ? doneEstimate / total : under.length > 0 ? done.length / under.length : 0;
      return {
        epic: epic.id,
        name: epic.name,
        tasks: epic.tasks ?? [],
        items: under.length,
        doneItems: done.length,
        total: Math.round(total * 100) / 100,
        done: Math.round(doneEstimate * 100) / 100,
        percent: Math.round(share * 1000) / 10,
      };
    });
}
