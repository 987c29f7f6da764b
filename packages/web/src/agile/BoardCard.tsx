import type { EstimateUnit, WorkflowStatus } from "@keel/model";
import type { ItemRecord } from "./agile-api.js";
import { startItemDrag } from "./drag.js";
import { estimateOf, formatEstimate } from "./estimate.js";
import { TYPE_NAMES } from "./item-types.js";

interface BoardCardProps {
  readonly item: ItemRecord;
  readonly statuses: readonly WorkflowStatus[];
  readonly unit: EstimateUnit;
  readonly assignee: string | undefined;
  readonly epic: string | undefined;
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly move: (status: string) => void;
  readonly edit: () => void;
}

/** A card on the board: drag it to another column, or choose the column in its status box. */
export function BoardCard({
  item,
  statuses,
  unit,
  assignee,
  epic,
  canEdit,
  busy,
  move,
  edit,
}: BoardCardProps) {
  const estimate = estimateOf(item, unit);
  return (
    <article
      className={`board-card type-${item.type}${busy ? " is-busy" : ""}`}
      data-item={item.id}
      aria-label={`${item.id} ${item.name}`}
      draggable={canEdit}
      onDragStart={(e) => startItemDrag(e, item.id)}
    >
      <div className="board-card-top">
        <span className="item-key">{item.id}</span>
        <span className={`type-tag type-${item.type}`}>{TYPE_NAMES[item.type]}</span>
        <span className="item-estimate" title="Estimate">
          {estimate === undefined ? "" : formatEstimate(estimate, unit)}
        </span>
      </div>
      <p className="board-card-name">{item.name}</p>
      {(assignee !== undefined || epic !== undefined) && (
        <p className="board-card-meta muted">
          {assignee !== undefined && <span>{assignee}</span>}
          {epic !== undefined && <span className="epic-chip">{epic}</span>}
        </p>
      )}
      {canEdit && (
        <div className="board-card-actions">
          <select
            aria-label={`Status of ${item.id}`}
            value={item.status}
            disabled={busy}
            onChange={(e) => move(e.target.value)}
          >
            {statuses.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-small" aria-label={`Edit ${item.id}`} onClick={edit}>
            Edit
          </button>
        </div>
      )}
    </article>
  );
}
