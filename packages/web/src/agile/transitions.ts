import type { WorkflowTransition } from "@keel/model";

/**
 * The workflow's allowed moves as the setup form edits them. Statuses are named by a key (a
 * status's id, or a form row's key before it has one); `order` is the board order. Unlike the
 * stored workflow, an empty list here allows nothing: "every move allowed" is the form's own switch.
 */

/** The `from` of a move allowed from any status. */
export const ANY_STATUS = "*";

/** Whether the list holds exactly this move. */
export function hasTransition(list: readonly WorkflowTransition[], from: string, to: string): boolean {
  return list.some((t) => t.from === from && t.to === to);
}

/** Whether the list lets an item move from one status to another, directly or from any status. */
export function allowed(list: readonly WorkflowTransition[], from: string, to: string): boolean {
  return hasTransition(list, from, to) || hasTransition(list, ANY_STATUS, to);
}

/** The list with the move added (once) or taken out. */
export function setTransition(
  list: readonly WorkflowTransition[],
  from: string,
  to: string,
  on: boolean,
): WorkflowTransition[] {
  const rest = list.filter((t) => t.from !== from || t.to !== to);
  return on ? [...rest, { from, to }] : rest;
}

/**
 * Moves for a status just placed in the board order: from the one before it and to the one after
 * it, so items can reach it and leave it (first or last in the order, the neighbour it has serves
 * both ways). Moves the list already allows, directly or from any status, are not repeated.
 */
export function linkStatus(
  list: readonly WorkflowTransition[],
  order: readonly string[],
  key: string,
): WorkflowTransition[] {
  const at = order.indexOf(key);
  const before = order[at - 1];
  const after = order[at + 1];
  const moves = [
    [before ?? after, key],
    [key, after ?? before],
  ] as const;
  let linked = [...list];
  for (const [from, to] of moves) {
    if (from !== undefined && to !== undefined && !allowed(linked, from, to)) {
      linked = setTransition(linked, from, to, true);
    }
  }
  return linked;
}

/** The list without the moves that name a status. */
export function withoutStatus(list: readonly WorkflowTransition[], key: string): WorkflowTransition[] {
  return list.filter((t) => t.from !== key && t.to !== key);
}

/** Each status to its neighbours in the board order, both ways: a plain list to start editing from. */
export function neighbourTransitions(order: readonly string[]): WorkflowTransition[] {
  return order.slice(1).flatMap((to, i) => {
    const from = order[i] as string;
    return [
      { from, to },
      { from: to, to: from },
    ];
  });
}

/** How many moves between two different statuses the list allows. */
export function allowedMoveCount(list: readonly WorkflowTransition[], order: readonly string[]): number {
  return order.reduce(
    (n, from) => n + order.filter((to) => to !== from && allowed(list, from, to)).length,
    0,
  );
}

/** The statuses an item starting in the first one can never reach, in board order. */
export function unreachable(list: readonly WorkflowTransition[], order: readonly string[]): string[] {
  const [first] = order;
  if (first === undefined) return [];
  const reached = new Set([first]);
  const queue = [first];
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    for (const to of order) {
      if (!reached.has(to) && allowed(list, from, to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return order.filter((key) => !reached.has(key));
}
