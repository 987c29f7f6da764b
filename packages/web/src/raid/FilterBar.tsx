import { useId } from "react";
import { distinctValues, EMPTY_FILTER, type ItemFilter, isFiltering, NO_OWNER } from "./item-filter.js";
import type { Facet } from "./kind-views.js";
import { type KindInfo, type RaidRecord, titleCase } from "./raid-kinds.js";

interface FilterBarProps<T extends RaidRecord> {
  readonly info: KindInfo;
  /** All items of the kind: the selects offer their owners and facet values. */
  readonly items: readonly T[];
  readonly shown: number;
  readonly filter: ItemFilter;
  readonly setFilter: (filter: ItemFilter) => void;
  readonly facet: Facet<T> | undefined;
  /** The heat map cell the risks are narrowed to, said in words; cleared with `clearCell`. */
  readonly cell?: string | undefined;
  readonly clearCell?: () => void;
}

/** Search, status, owner and the kind's own facet above a RAID table, with how many items show. */
export function FilterBar<T extends RaidRecord>({
  info,
  items,
  shown,
  filter,
  setFilter,
  facet,
  cell,
  clearCell,
}: FilterBarProps<T>) {
  const id = useId();
  const owners = distinctValues(items, (i) => i.owner);
  const facetChoices =
    facet === undefined
      ? []
      : (facet.choices ?? distinctValues(items, facet.get).map((v) => ({ value: v, label: v })));
  const set = (change: Partial<ItemFilter>) => setFilter({ ...filter, ...change });
  const filtering = isFiltering(filter) || cell !== undefined;
  return (
    <search className="raid-filters" aria-label={`Filter ${info.title.toLowerCase()}`}>
      <input
        type="search"
        aria-label={`Search ${info.title.toLowerCase()}`}
        placeholder={`Search ${info.title.toLowerCase()}`}
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <label htmlFor={`${id}-status`}>Status</label>
      <select id={`${id}-status`} value={filter.status} onChange={(e) => set({ status: e.target.value })}>
        <option value="">All</option>
        {info.statuses.map((s) => (
          <option key={s} value={s}>
            {titleCase(s)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-owner`}>Owner</label>
      <select id={`${id}-owner`} value={filter.owner} onChange={(e) => set({ owner: e.target.value })}>
        <option value="">Anyone</option>
        <option value={NO_OWNER}>Nobody yet</option>
        {owners.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      {facet !== undefined && (
        <>
          <label htmlFor={`${id}-facet`}>{facet.label}</label>
          <select id={`${id}-facet`} value={filter.facet} onChange={(e) => set({ facet: e.target.value })}>
            <option value="">All</option>
            {facetChoices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </>
      )}
      {cell !== undefined && (
        <span className="raid-chip">
          {cell}
          <button type="button" aria-label={`Show all, not only ${cell}`} onClick={clearCell}>
            ✕
          </button>
        </span>
      )}
      <span className="raid-count muted" role="status">
        {filtering ? `${shown} of ${items.length}` : `${items.length}`}{" "}
        {items.length === 1 ? info.noun : info.title.toLowerCase()}
      </span>
      {filtering && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setFilter(EMPTY_FILTER);
            clearCell?.();
          }}
        >
          Clear filters
        </button>
      )}
    </search>
  );
}
