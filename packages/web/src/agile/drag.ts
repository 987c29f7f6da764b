import type { DragEvent } from "react";

/** The drag data type of a backlog item card or row: its key. */
export const ITEM_DRAG = "application/x-keel-item";

export function startItemDrag(event: DragEvent, id: string): void {
  event.dataTransfer.setData(ITEM_DRAG, id);
  event.dataTransfer.effectAllowed = "move";
}

/** Whether an item is being dragged over: only then does a drop target take it. */
export function dragsItem(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(ITEM_DRAG);
}

export function droppedItem(event: DragEvent): string | undefined {
  const id = event.dataTransfer.getData(ITEM_DRAG);
  return id === "" ? undefined : id;
}
