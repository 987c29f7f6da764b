import type { EpicRollup } from "@keel/engine";
import type { EstimateUnit } from "@keel/model";
import { useId } from "react";
import type { ItemRecord } from "./agile-api.js";
import { formatEstimate } from "./estimate.js";

interface EpicsPanelProps {
  readonly epics: readonly ItemRecord[];
  readonly rollups: readonly EpicRollup[] | undefined;
  readonly unit: EstimateUnit;
  readonly taskNames: ReadonlyMap<string, string>;
  readonly open: (id: string) => void;
  /** Narrows the backlog to one epic's items. */
  readonly show: (id: string) => void;
}

/** The epics with how far each has come (done of total) and the plan tasks it rolls up into. */
export function EpicsPanel({ epics, rollups, unit, taskNames, open, show }: EpicsPanelProps) {
  const id = useId();
  if (epics.length === 0) return null;
  const byEpic = new Map((rollups ?? []).map((r) => [r.epic, r]));
  return (
    <section className="epics" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Epics</h3>
      <ul className="epic-list">
        {epics.map((epic) => {
          const r = byEpic.get(epic.id);
          const estimated = r !== undefined && r.total > 0;
          return (
            <li key={epic.id} className="epic-card" data-epic={epic.id}>
              <div className="epic-head">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Open ${epic.id}, ${epic.name}`}
                  onClick={() => open(epic.id)}
                >
                  <span className="item-key">{epic.id}</span> {epic.name}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Show the items of ${epic.id}`}
                  onClick={() => show(epic.id)}
                >
                  Items
                </button>
              </div>
              {r === undefined ? (
                <p className="muted epic-figures">No items yet.</p>
              ) : (
                <>
                  <div
                    className="epic-bar"
                    // The figures beside it say the same in words.
                    aria-hidden="true"
                  >
                    <span style={{ width: `${Math.min(100, r.percent)}%` }} />
                  </div>
                  <p className="epic-figures">
                    {r.doneItems} of {r.items} items done
                    {estimated && ` · ${formatEstimate(r.done, unit)} of ${formatEstimate(r.total, unit)}`}
                    {` · ${Math.round(r.percent)} %`}
                  </p>
                </>
              )}
              {(epic.tasks ?? []).length > 0 && (
                <p className="muted epic-tasks">
                  Plan: {(epic.tasks ?? []).map((t) => taskNames.get(t) ?? t).join(", ")}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
