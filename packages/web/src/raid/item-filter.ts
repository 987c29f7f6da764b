/** What the filter row above a RAID table asks for; "" means any. */
export interface ItemFilter {
  readonly status: string;
  /** An owner's name, or `NO_OWNER` for items nobody owns. */
  readonly owner: string;
  /** The kind's own facet: a risk's category, an issue's severity, a dependency's provider. */
  readonly facet: string;
  readonly text: string;
  /** Only these ids (a heat map cell); undefined for all. */
  readonly ids?: readonly string[] | undefined;
}

export const NO_OWNER = "\u0000none";

export const EMPTY_FILTER: ItemFilter = { status: "", owner: "", facet: "", text: "" };

export interface Filterable {
  readonly id: string;
  readonly name: string;
  readonly owner?: string | undefined;
  readonly status: string;
}

/** True when any part of the filter is set. */
export function isFiltering(filter: ItemFilter): boolean {
  return (
    filter.status !== "" ||
    filter.owner !== "" ||
    filter.facet !== "" ||
    filter.text.trim() !== "" ||
    filter.ids !== undefined
  );
}

/**
 * The items the filter lets through. The text matches, ignoring case, anywhere in what `searchable`
 * gives (id and name at least); every word typed must match.
 */
export function filterItems<T extends Filterable>(
  items: readonly T[],
  filter: ItemFilter,
  facetOf: (item: T) => string | undefined,
  searchable: (item: T) => readonly (string | undefined)[],
): T[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const ids = filter.ids === undefined ? undefined : new Set(filter.ids);
  return items.filter((item) => {
    if (ids !== undefined && !ids.has(item.id)) return false;
    if (filter.status !== "" && item.status !== filter.status) return false;
    if (
      filter.owner === NO_OWNER
        ? item.owner !== undefined
        : filter.owner !== "" && item.owner !== filter.owner
    )
      return false;
    if (filter.facet !== "" && facetOf(item) !== filter.facet) return false;
    if (words.length === 0) return true;
    const haystack = [item.id, item.name, ...searchable(item)].join("\n").toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

const COLLATOR = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Text in reading order with numbers by value: R2 before R10. */
export function compareNatural(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

export type SortDirection = "asc" | "desc";

export interface SortState {
  readonly column: string;
  readonly direction: SortDirection;
}

/**
 * Items ordered by `value`, ascending or descending; items without a value go last either way, and
 * ties keep id order, so the table does not reshuffle as data refreshes.
 */
export function sortItems<T extends { readonly id: string }>(
  items: readonly T[],
  value: (item: T) => string | number | undefined,
  direction: SortDirection,
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...items].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
    } else {
      const order =
        typeof va === "number" && typeof vb === "number" ? va - vb : compareNatural(String(va), String(vb));
      if (order !== 0) return sign * order;
    }
    return compareNatural(a.id, b.id);
  });
}

/** Clicking a column's header: sorts by it (its natural first direction), or flips it when it already sorts. */
export function toggleSort(sort: SortState, column: string, first: SortDirection = "asc"): SortState {
  if (sort.column !== column) return { column, direction: first };
  return { column, direction: sort.direction === "asc" ? "desc" : "asc" };
}

/** The values a select in the filter row offers: each one once, in natural order, blanks left out. */
export function distinctValues<T>(items: readonly T[], get: (item: T) => string | undefined): string[] {
  const values = new Set<string>();
  for (const item of items) {
    const v = get(item);
    if (v !== undefined && v !== "") values.add(v);
  }
  return [...values].sort(compareNatural);
}
