import type { AgileSettings, BacklogItem } from "@keel/model";

/** An item's estimate in the team's unit (points or hours); 0 when it has none. */
export function itemEstimate(item: BacklogItem, settings: Pick<AgileSettings, "estimateUnit">): number {
  return (settings.estimateUnit === "hours" ? item.hours : item.points) ?? 0;
}
