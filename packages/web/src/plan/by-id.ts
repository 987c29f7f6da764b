import { useMemo, useRef } from "react";

/** Items of a list by id: what the task table and the drags read of the task records. */
export interface ById<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
  keys(): Iterable<string>;
}

interface Index<T> {
  readonly list: readonly T[];
  readonly at: ReadonlyMap<string, number>;
}

/**
 * Looks items up in the list itself, by their positions; the positions are worked out again only
 * when the ids (or their order) change, not when an edit replaces one item of ten thousand.
 */
export function indexById<T extends { readonly id: string }>(
  list: readonly T[],
  before: Index<T> | undefined,
): Index<T> & ById<T> {
  const same =
    before !== undefined &&
    before.list.length === list.length &&
    list.every((t, i) => before.list[i]?.id === t.id);
  const at = same ? before.at : new Map(list.map((t, i) => [t.id, i]));
  return {
    list,
    at,
    get: (id) => {
      const i = at.get(id);
      return i === undefined ? undefined : list[i];
    },
    has: (id) => at.has(id),
    keys: () => at.keys(),
  };
}

/** `indexById` for a list a component shows, kept from one render to the next. */
export function useById<T extends { readonly id: string }>(list: readonly T[]): ById<T> {
  const kept = useRef<Index<T> | undefined>(undefined);
  return useMemo(() => {
    const index = indexById(list, kept.current);
    kept.current = index;
    return index;
  }, [list]);
}
