import type { StaleItem } from "@keel/engine";
import type { RiskScales } from "@keel/model";
import { useState } from "react";
import { api } from "../api/client.js";
import type { PlanWrite } from "../plan/use-plan-write.js";
import { FilterBar } from "./FilterBar.js";
import { ItemTable } from "./ItemTable.js";
import { EMPTY_FILTER, filterItems, type ItemFilter, type SortState } from "./item-filter.js";
import type { KindView } from "./kind-views.js";
import { QuickAdd } from "./QuickAdd.js";
import { KINDS, type RaidKind, type RecordOf } from "./raid-kinds.js";
import { itemsPath } from "./raid-queries.js";

interface KindPanelProps<K extends RaidKind> {
  readonly projectId: string;
  readonly kind: K;
  readonly items: readonly RecordOf[K][] | undefined;
  readonly error: Error | null;
  readonly view: KindView<RecordOf[K]>;
  readonly scales: RiskScales;
  readonly filter: ItemFilter;
  readonly setFilter: (filter: ItemFilter) => void;
  readonly sort: SortState | undefined;
  readonly setSort: (sort: SortState) => void;
  readonly stale: ReadonlyMap<string, StaleItem>;
  readonly canEdit: boolean;
  readonly write: PlanWrite;
  readonly open: (id: string) => void;
  readonly remove: (item: RecordOf[K]) => void;
  /** A heat map cell narrowing the risks, in words, and how to let go of it. */
  readonly cell?: string | undefined;
  readonly clearCell?: () => void;
  /** A note above the table (the dependencies' effect on the Gantt). */
  readonly note?: string | undefined;
}

/** One tab of the RAID log: quick add, the filter row and the register's table, or what to do when it is empty. */
export function KindPanel<K extends RaidKind>(props: KindPanelProps<K>) {
  const { projectId, kind, items, error, view, filter, setFilter, canEdit, write } = props;
  const info = KINDS[kind];
  const [fresh, setFresh] = useState<string>();
  if (error !== null) return <p className="form-error">{error.message}</p>;
  const all = items ?? [];
  const shown = filterItems(all, filter, (i) => view.facet?.get(i), view.searchable);
  return (
    <>
      {canEdit && (
        <QuickAdd
          projectId={projectId}
          kind={kind}
          taken={all.map((i) => i.id)}
          scales={props.scales}
          write={write}
          added={(id) => {
            setFresh(id);
            // A filter that hides the new item would make it look lost.
            setFilter(EMPTY_FILTER);
            props.clearCell?.();
          }}
        />
      )}
      {props.note !== undefined && <p className="muted sheet-hint raid-note">{props.note}</p>}
      {items === undefined ? (
        <p className="muted">Loading…</p>
      ) : all.length === 0 ? (
        <div className="empty raid-empty">
          <p>{view.empty}</p>
          {!canEdit && (
            <p className="muted">
              You can view this project; ask a member to add {info.title.toLowerCase()}.
            </p>
          )}
        </div>
      ) : (
        <>
          <FilterBar
            info={info}
            items={all}
            shown={shown.length}
            filter={filter}
            setFilter={setFilter}
            facet={view.facet}
            cell={props.cell}
            clearCell={props.clearCell}
          />
          {shown.length === 0 ? (
            <div className="empty raid-empty">
              <p>No {info.title.toLowerCase()} match these filters.</p>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setFilter(EMPTY_FILTER);
                  props.clearCell?.();
                }}
              >
                Clear filters
              </button>
            </div>
          ) : (
            <ItemTable
              kind={kind}
              items={shown}
              view={view}
              sort={props.sort ?? view.defaultSort}
              setSort={props.setSort}
              stale={props.stale}
              canEdit={canEdit}
              fresh={fresh}
              save={(item, patch) =>
                write(() =>
                  api("PATCH", itemsPath(projectId, kind, item.id), { ...patch, version: item.version }),
                )
              }
              open={props.open}
              remove={props.remove}
            />
          )}
        </>
      )}
    </>
  );
}
