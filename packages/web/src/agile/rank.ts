/** Backlog order: each item has a rank, lower first; a move gives the moved item a rank between its new neighbours. */

export interface Ranked {
  readonly id: string;
  readonly rank: number;
}

/**
 * The rank that puts `id` at position `to` of `items` (in rank order, `id` among them or not):
 * halfway between its new neighbours, or one before the first / after the last.
 */
export function rankAt(items: readonly Ranked[], id: string, to: number): number {
  const others = items.filter((i) => i.id !== id);
  const at = Math.max(0, Math.min(to, others.length));
  const before = others[at - 1];
  const after = others[at];
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after?.rank ?? 0) - 1;
  if (after === undefined) return before.rank + 1;
  return (before.rank + after.rank) / 2;
}

/** The rank that moves `id` by `delta` places (−1: up one); undefined when it cannot move that way. */
export function rankAfterStep(items: readonly Ranked[], id: string, delta: number): number | undefined {
  const from = items.findIndex((i) => i.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length || delta === 0) return undefined;
  return rankAt(items, id, to);
}
