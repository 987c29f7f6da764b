import type { StaleItem } from "@keel/engine";
import { useState } from "react";
import { formatDate } from "../ui/format.js";
import { InlineEditor } from "./InlineEditor.js";
import { type SortState, sortItems, toggleSort } from "./item-filter.js";
import type { Column, KindView } from "./kind-views.js";
import { fieldPatch, formatValue } from "./raid-fields.js";
import { KINDS, type RaidKind, type RaidRecord, titleCase } from "./raid-kinds.js";

interface ItemTableProps<T extends RaidRecord> {
  readonly kind: RaidKind;
  /** The items the filter let through. */
  readonly items: readonly T[];
  readonly view: KindView<T>;
  readonly sort: SortState;
  readonly setSort: (sort: SortState) => void;
  /** This kind's stale items, by id. */
  readonly stale: ReadonlyMap<string, StaleItem>;
  readonly canEdit: boolean;
  /** The item just added, highlighted for a moment. */
  readonly fresh: string | undefined;
  /** Sends one field's change; resolves with a refusal to show in place. */
  readonly save: (item: T, patch: Record<string, unknown>) => Promise<string | undefined>;
  readonly open: (id: string) => void;
  readonly remove: (item: T) => void;
}

/**
 * One RAID register as a table: the id opens the item, a click on a cell edits it in place (Enter
 * saves, Escape cancels), headers sort, stale rows are marked.
 */
export function ItemTable<T extends RaidRecord>({
  kind,
  items,
  view,
  sort,
  setSort,
  stale,
  canEdit,
  fresh,
  save,
  open,
  remove,
}: ItemTableProps<T>) {
  const [editing, setEditing] = useState<{ id: string; key: string }>();
  const info = KINDS[kind];
  const name: Column<T> = {
    key: "name",
    label: titleCase(info.noun),
    sortValue: (item) => item.name,
    text: (item) => item.name,
    show: (item) => item.name,
    edit: { key: "name", label: "Name", type: "name" },
  };
  const idColumn: Column<T> = {
    key: "id",
    label: "Id",
    sortValue: (i) => i.id,
    text: (i) => i.id,
    show: (i) => i.id,
  };
  const columns = [name, ...view.columns];
  const byColumn = [idColumn, ...columns].find((c) => c.key === sort.column);
  const rows = byColumn === undefined ? items : sortItems(items, byColumn.sortValue, sort.direction);

  const header = (column: Column<T>) => {
    const sorted = sort.column === column.key;
    return (
      <th
        key={column.key}
        scope="col"
        className={column.numeric ? "num" : undefined}
        aria-sort={sorted ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
      >
        <button
          type="button"
          className="raid-sort"
          onClick={() => setSort(toggleSort(sort, column.key, column.firstDirection))}
        >
          {column.label}
          <span className="raid-sort-mark" aria-hidden="true">
            {sorted ? (sort.direction === "asc" ? "▴" : "▾") : ""}
          </span>
        </button>
      </th>
    );
  };

  const focusCell = (id: string, key: string) =>
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`tr[data-item="${CSS.escape(id)}"] button[data-field="${key}"]`)
        ?.focus(),
    );

  const cell = (item: T, column: Column<T>) => {
    const spec = column.edit;
    const isOpen = editing?.id === item.id && editing.key === column.key;
    const className = [column.numeric ? "num" : "", "raid-cell", isOpen ? "is-editing" : ""].join(" ").trim();
    const record = item as unknown as Record<string, unknown>;
    const extra = column.key === "name" ? <NameExtras item={item} stale={stale.get(item.id)} /> : undefined;
    if (spec === undefined || !canEdit)
      return (
        <td key={column.key} className={className}>
          {column.show(item)}
          {extra}
        </td>
      );
    const text = column.text(item);
    return (
      <td key={column.key} className={className}>
        {isOpen ? (
          <InlineEditor
            spec={spec}
            label={`${spec.label} of ${item.id}`}
            initial={formatValue(spec.type, record[spec.key])}
            save={async (value) => {
              const change = fieldPatch(record, spec, value);
              if ("error" in change) return change.error;
              return Object.keys(change.patch).length === 0 ? undefined : save(item, change.patch);
            }}
            done={() => {
              setEditing(undefined);
              focusCell(item.id, column.key);
            }}
          />
        ) : (
          <span className="raid-cell-extras">
            <button
              type="button"
              className="cell-button"
              data-field={column.key}
              aria-label={`${spec.label} of ${item.id}: ${text || "none"}. Edit`}
              onClick={() => setEditing({ id: item.id, key: column.key })}
            >
              {text === "" ? <span className="muted">–</span> : column.show(item)}
            </button>
            {extra}
          </span>
        )}
      </td>
    );
  };

  return (
    <div className="sheet-scroll raid-scroll">
      <table className="table raid-table">
        <caption className="visually-hidden">
          {info.title}: click a cell to change it, or an id to open the whole {info.noun}
        </caption>
        <thead>
          <tr>
            {header(idColumn)}
            {columns.map(header)}
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Delete</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr
              key={item.id}
              data-item={item.id}
              className={
                [stale.has(item.id) ? "is-stale" : "", item.id === fresh ? "is-fresh" : ""]
                  .join(" ")
                  .trim() || undefined
              }
            >
              <td className="raid-id">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Open ${item.id}, ${item.name}`}
                  onClick={() => open(item.id)}
                >
                  {item.id}
                </button>
              </td>
              {columns.map((column) => cell(item, column))}
              {canEdit && (
                <td className="raid-row-actions">
                  <button
                    type="button"
                    className="btn btn-small raid-quiet"
                    aria-label={`Delete ${item.id}`}
                    title={`Delete ${item.id}`}
                    onClick={() => remove(item)}
                  >
                    Delete
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** After the name: an opportunity says so, and a stale item says why it needs attention. */
function NameExtras({ item, stale }: { readonly item: RaidRecord; readonly stale: StaleItem | undefined }) {
  const opportunity = "kind" in item && item.kind === "opportunity";
  if (!opportunity && stale === undefined) return null;
  return (
    <>
      {opportunity && <span className="raid-tag raid-tag-opportunity">Opportunity</span>}
      {stale !== undefined && (
        <span className="stale-badge" title={`${stale.reason} (${formatDate(stale.date)})`}>
          Stale<span className="visually-hidden">: {stale.reason}</span>
        </span>
      )}
    </>
  );
}
