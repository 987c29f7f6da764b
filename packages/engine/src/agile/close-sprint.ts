import type { AgileSettings, BacklogItem, Sprint, Workflow } from "@keel/model";
import { itemEstimate } from "./item-estimate.js";
import { isDone } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { SprintClose } from "./types.js";

/**
 * What closing a sprint records: the items planned in it that are done now (by their current
 * status), with their estimates, and the unfinished ones to carry over, both in rank order.
 */
export function closeSprint(
  sprint: Sprint,
  items: readonly BacklogItem[],
  workflow: Workflow,
  settings: AgileSettings,
): SprintClose {
  const resolve = statusResolver(workflow);
  const inSprint = items
    .filter((i) => i.sprint === sprint.id)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    completed: inSprint
      .filter((i) => isDone(i, resolve))
      .map((i) => ({ item: i.id, estimate: itemEstimate(i, settings) })),
    unfinished: inSprint.filter((i) => !isDone(i, resolve)).map((i) => i.id),
  };
}
