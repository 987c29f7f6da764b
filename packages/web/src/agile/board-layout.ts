import type { BacklogItem, Swimlanes, Workflow, WorkflowStatus } from "@keel/model";

export interface BoardColumn {
  readonly status: WorkflowStatus;
  /** Cards in the column across every lane. */
  readonly count: number;
  /** Holds more cards than its WIP limit. */
  readonly over: boolean;
  /** Holds exactly its limit: the next card takes it over. */
  readonly full: boolean;
}

export interface BoardLane<T> {
  /** The assignee or epic key; "" for the lane of cards with none. */
  readonly key: string;
  readonly title: string;
  /** One list of cards per column, in column order, each in rank order. */
  readonly cells: readonly (readonly T[])[];
}

export interface BoardLayout<T> {
  readonly columns: readonly BoardColumn[];
  readonly lanes: readonly BoardLane<T>[];
  /** Cards whose status the workflow has no column for. */
  readonly strays: readonly T[];
}

type Card = Pick<BacklogItem, "id" | "status" | "rank" | "assignee" | "epic">;

/**
 * Cards in columns by status (workflow order) and in swimlanes by assignee or epic. Lanes are sorted
 * by title, the lane of cards without an assignee (or epic) last; with no swimlanes there is one lane.
 */
export function boardLayout<T extends Card>(
  items: readonly T[],
  workflow: Workflow,
  swimlanes: Swimlanes,
  laneTitle: (key: string) => string,
): BoardLayout<T> {
  const statuses = workflow.statuses;
  const column = new Map(statuses.map((s, i) => [s.id, i]));
  const sorted = [...items].sort((a, b) => a.rank - b.rank);
  const laneKey = (i: T) =>
    swimlanes === "assignee" ? (i.assignee ?? "") : swimlanes === "epic" ? (i.epic ?? "") : "";
  const lanes = new Map<string, T[][]>();
  const strays: T[] = [];
  const counts = statuses.map(() => 0);
  for (const item of sorted) {
    const at = column.get(item.status);
    if (at === undefined) {
      strays.push(item);
      continue;
    }
    const key = laneKey(item);
    let cells = lanes.get(key);
    if (cells === undefined) {
      cells = statuses.map(() => []);
      lanes.set(key, cells);
    }
    cells[at]?.push(item);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  if (lanes.size === 0)
    lanes.set(
      "",
      statuses.map(() => []),
    );
  const ordered = [...lanes.entries()]
    .map(([key, cells]) => ({ key, title: laneTitle(key), cells }))
    .sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : a.title.localeCompare(b.title)));
  return {
    columns: statuses.map((status, i) => {
      const count = counts[i] ?? 0;
      return {
        status,
        count,
        over: status.wip !== undefined && count > status.wip,
        full: status.wip !== undefined && count === status.wip,
      };
    }),
    lanes: ordered,
    strays,
  };
}
