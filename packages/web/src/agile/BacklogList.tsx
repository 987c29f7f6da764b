import type { AgileSettings } from "@keel/model";
import { type DragEvent, type KeyboardEvent, useState } from "react";
import type { ItemRecord } from "./agile-api.js";
import { parseLabels } from "./backlog-filter.js";
import { dragsItem, droppedItem, startItemDrag } from "./drag.js";
import { estimateOf, parseEstimate } from "./estimate.js";
import { InlineText } from "./InlineText.js";
import { TYPE_NAMES } from "./item-types.js";

export const LABELS_LIST = "agile-labels";

interface BacklogListProps {
  /** The items shown, in rank order. */
  readonly items: readonly ItemRecord[];
  readonly settings: AgileSettings;
  readonly epics: readonly ItemRecord[];
  readonly canEdit: boolean;
  /** The sprint being planned, which "Add to sprint" puts an item in. */
  readonly sprintName: string | undefined;
  readonly patch: (item: ItemRecord, fields: Record<string, unknown>) => Promise<string | undefined>;
  readonly setStatus: (item: ItemRecord, status: string) => void;
  /** Moves an item one place up (−1) or down (1). */
  readonly step: (item: ItemRecord, delta: number) => void;
  /** An item (from this list or the sprint) dropped at a position of this list. */
  readonly dropAt: (id: string, index: number) => void;
  readonly addToSprint: (item: ItemRecord) => void;
  readonly open: (id: string) => void;
  readonly empty: string;
}

/**
 * The ranked backlog: drag a row (or use its arrows, or Alt+↑/↓ in the row) to re-rank; estimate,
 * status, epic and labels are edited in place; the name opens the whole item.
 */
export function BacklogList({
  items,
  settings,
  epics,
  canEdit,
  sprintName,
  patch,
  setStatus,
  step,
  dropAt,
  addToSprint,
  open,
  empty,
}: BacklogListProps) {
  // Where a dragged row would land: before the item at this index.
  const [target, setTarget] = useState<number>();
  const unit = settings.estimateUnit;

  function over(event: DragEvent<HTMLElement>, index: number) {
    if (!canEdit || !dragsItem(event)) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    setTarget(event.clientY > box.top + box.height / 2 ? index + 1 : index);
  }

  function drop(event: DragEvent) {
    const id = droppedItem(event);
    event.preventDefault();
    if (id !== undefined && target !== undefined) dropAt(id, target);
    setTarget(undefined);
  }

  function onKeyDown(event: KeyboardEvent, item: ItemRecord) {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    step(item, event.key === "ArrowUp" ? -1 : 1);
  }

  if (items.length === 0)
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for mouse drags; "← Backlog" in the sprint does the same by keyboard.
      <div
        className={`backlog-empty muted${target !== undefined ? " is-drop-target" : ""}`}
        onDragOver={(e) => {
          if (!canEdit || !dragsItem(e)) return;
          e.preventDefault();
          setTarget(0);
        }}
        onDragLeave={() => setTarget(undefined)}
        onDrop={drop}
      >
        {empty}
      </div>
    );

  return (
    <ol className="backlog-list" aria-label="Backlog, in rank order" onDragLeave={() => setTarget(undefined)}>
      {items.map((item, index) => {
        const estimate = estimateOf(item, unit);
        return (
          <li
            key={item.id}
            data-item={item.id}
            className={[
              "backlog-row",
              target === index ? "drop-before" : "",
              target === index + 1 && index === items.length - 1 ? "drop-after" : "",
            ]
              .join(" ")
              .trim()}
            draggable={canEdit}
            onDragStart={(e) => startItemDrag(e, item.id)}
            onDragOver={(e) => over(e, index)}
            onDrop={drop}
            onKeyDown={(e) => onKeyDown(e, item)}
          >
            <span className="drag-handle" aria-hidden="true" title="Drag to re-rank">
              ⠿
            </span>
            <span className="item-key">{item.id}</span>
            <span className={`type-tag type-${item.type}`}>{TYPE_NAMES[item.type]}</span>
            <button
              type="button"
              className="link-button item-name"
              aria-label={`Open ${item.id}, ${item.name}`}
              onClick={() => open(item.id)}
            >
              {item.name}
            </button>
            <select
              className="row-select"
              aria-label={`Epic of ${item.id}`}
              value={item.epic ?? ""}
              disabled={!canEdit}
              onChange={(e) => void patch(item, { epic: e.target.value === "" ? null : e.target.value })}
            >
              <option value="">No epic</option>
              {epics.map((epic) => (
                <option key={epic.id} value={epic.id}>
                  {epic.name}
                </option>
              ))}
              {item.epic !== undefined && !epics.some((e) => e.id === item.epic) && (
                <option value={item.epic}>{item.epic}</option>
              )}
            </select>
            <InlineText
              label={`Labels of ${item.id}`}
              value={(item.labels ?? []).join(", ")}
              placeholder="labels"
              size={10}
              list={LABELS_LIST}
              disabled={!canEdit}
              save={(text) => {
                const labels = parseLabels(text);
                return patch(item, { labels: labels.length === 0 ? null : labels });
              }}
            />
            <select
              className="row-select"
              aria-label={`Status of ${item.id}`}
              value={item.status}
              disabled={!canEdit}
              onChange={(e) => setStatus(item, e.target.value)}
            >
              {settings.workflow.statuses.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              {!settings.workflow.statuses.some((s) => s.id === item.status) && (
                <option value={item.status}>{item.status}</option>
              )}
            </select>
            <InlineText
              label={`Estimate of ${item.id}`}
              value={estimate === undefined ? "" : String(estimate)}
              placeholder={unit === "points" ? "pts" : "h"}
              size={3}
              inputMode="decimal"
              disabled={!canEdit}
              save={(text) => {
                const parsed = parseEstimate(text);
                if ("error" in parsed) return Promise.resolve(parsed.error);
                return patch(item, { [unit]: parsed.value ?? null });
              }}
            />
            {canEdit && (
              <span className="row-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Move ${item.id} up`}
                  disabled={index === 0}
                  onClick={() => step(item, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Move ${item.id} down`}
                  disabled={index === items.length - 1}
                  onClick={() => step(item, 1)}
                >
                  ↓
                </button>
                {sprintName !== undefined && (
                  <button
                    type="button"
                    className="btn btn-small"
                    title={`Add to ${sprintName}`}
                    onClick={() => addToSprint(item)}
                  >
                    {/* One flex item: the button's gap would split the words around the hidden key. */}
                    <span>
                      Add<span className="visually-hidden"> {item.id}</span> to sprint
                      <span aria-hidden="true"> →</span>
                    </span>
                  </button>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
