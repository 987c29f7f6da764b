import type { AgileSettings, BacklogItem, Workflow } from "@keel/model";
import { epicMembers } from "./epic-members.js";
import { itemEstimate } from "./item-estimate.js";
import { isDone } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { EpicRollup } from "./types.js";

/**
 * Progress of each epic (in rank order) from the items under it (`epicMembers`). Done counts items
 * done now, by estimate; by item count when nothing under it is estimated.
 */
export function epicRollup(
  items: readonly BacklogItem[],
  workflow: Workflow,
  settings: AgileSettings,
): EpicRollup[] {
  const resolve = statusResolver(workflow);
  const children = epicMembers(items);
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
