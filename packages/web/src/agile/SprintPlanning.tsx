import type { EstimateUnit } from "@keel/model";
import { type DragEvent, useId, useState } from "react";
import { formatDate } from "../ui/format.js";
import type { ItemRecord, SprintPlan, SprintRecord } from "./agile-api.js";
import { commitment } from "./commitment.js";
import { dragsItem, droppedItem, startItemDrag } from "./drag.js";
import { estimateOf, formatEstimate } from "./estimate.js";

interface SprintPlanningProps {
  /** Sprints not started yet, in start order. */
  readonly planned: readonly SprintRecord[];
  readonly sprint: SprintRecord | undefined;
  readonly select: (id: string) => void;
  readonly plan: SprintPlan | undefined;
  readonly planError: Error | null;
  readonly unit: EstimateUnit;
  readonly canEdit: boolean;
  /** Another sprint is running: this one cannot start until it closes. */
  readonly activeName: string | undefined;
  readonly take: (id: string) => void;
  readonly giveBack: (item: ItemRecord) => void;
  readonly open: (id: string) => void;
  readonly create: () => void;
  readonly edit: () => void;
  readonly start: () => void;
  readonly starting: boolean;
}

/**
 * The sprint being planned beside the backlog: drop items here (or "Add to sprint"), with the team's
 * capacity, the commitment against what velocity suggests, and a warning when it is more.
 */
export function SprintPlanning({
  planned,
  sprint,
  select,
  plan,
  planError,
  unit,
  canEdit,
  activeName,
  take,
  giveBack,
  open,
  create,
  edit,
  start,
  starting,
}: SprintPlanningProps) {
  const id = useId();
  const [dropping, setDropping] = useState(false);

  if (sprint === undefined)
    return (
      <aside className="card sprint-plan" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>Sprint planning</h3>
        <p className="muted">No sprint is planned. Create one, then drag items from the backlog into it.</p>
        {canEdit && (
          <button type="button" className="btn btn-primary" onClick={create}>
            Create sprint
          </button>
        )}
      </aside>
    );

  const items = [...(plan?.items ?? [])].sort((a, b) => a.rank - b.rank);
  const check =
    plan === undefined ? undefined : commitment(plan.committed, plan.guidance, plan.capacity, unit);
  const share =
    check?.limit === undefined || check.limit <= 0 ? undefined : Math.min(1, check.committed / check.limit);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDropping(false);
    const dropped = droppedItem(event);
    if (dropped !== undefined && !items.some((i) => i.id === dropped)) take(dropped);
  }

  return (
    <aside
      className={`card sprint-plan${dropping ? " is-drop-target" : ""}`}
      aria-labelledby={`${id}-title`}
      onDragOver={(e) => {
        if (!canEdit || !dragsItem(e)) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={onDrop}
    >
      <div className="sprint-plan-head">
        <h3 id={`${id}-title`}>Planning {sprint.name}</h3>
        {planned.length > 1 && (
          <label>
            <span className="visually-hidden">Sprint to plan</span>
            <select value={sprint.id} onChange={(e) => select(e.target.value)}>
              {planned.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {canEdit && (
          <>
            <button type="button" className="btn btn-small" aria-label={`Edit ${sprint.name}`} onClick={edit}>
              Edit
            </button>
            <button type="button" className="btn btn-small" onClick={create}>
              New sprint
            </button>
          </>
        )}
      </div>
      <p className="muted sprint-dates">
        {formatDate(sprint.start)} – {formatDate(sprint.finish)}
        {plan !== undefined && ` · ${plan.capacity.workingDays} working days`}
      </p>
      {sprint.goal !== undefined && <p className="sprint-goal">Goal: {sprint.goal}</p>}
      {planError !== null && <p className="form-error">{planError.message}</p>}
      {plan !== undefined && check !== undefined && (
        <>
          <dl className="sprint-figures">
            <div>
              <dt>Committed</dt>
              <dd data-figure="committed">{formatEstimate(plan.committed, unit)}</dd>
            </div>
            <div>
              <dt>{check.basis === "velocity" ? "Velocity suggests" : "Capacity"}</dt>
              <dd data-figure="limit">
                {check.limit === undefined
                  ? "—"
                  : formatEstimate(check.limit, check.basis === "velocity" ? unit : "hours")}
              </dd>
            </div>
            {check.basis === "capacity" && check.limit !== undefined ? (
              <div>
                <dt>{check.over ? "Over by" : "Room left"}</dt>
                <dd data-figure="room">{formatEstimate(Math.abs(check.limit - check.committed), unit)}</dd>
              </div>
            ) : (
              <div>
                <dt>Team focused time</dt>
                <dd>{formatEstimate(plan.capacity.hours, "hours")}</dd>
              </div>
            )}
          </dl>
          {share !== undefined && (
            <div
              className={`commit-meter${check.over ? " is-over" : ""}`}
              // The figures beside it say the same in words.
              aria-hidden="true"
            >
              <span style={{ width: `${share * 100}%` }} />
            </div>
          )}
          {check.over ? (
            <p className="agile-warning" role="alert">
              <strong>Over capacity.</strong> {check.message} Take items out, or agree the stretch with the
              team.
            </p>
          ) : (
            <p className="muted commit-message">{check.message}</p>
          )}
          <details className="capacity-detail">
            <summary>
              Capacity: {plan.capacity.members.length}{" "}
              {plan.capacity.members.length === 1 ? "person" : "people"} at a focus factor of{" "}
              {Math.round(plan.capacity.focusFactor * 100)} %
            </summary>
            <table className="table">
              <caption className="visually-hidden">Focused hours per team member in {sprint.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col" className="num">
                    Working h
                  </th>
                  <th scope="col" className="num">
                    Time off h
                  </th>
                  <th scope="col" className="num">
                    Focused h
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.capacity.members.map((m) => (
                  <tr key={m.resource}>
                    <td>
                      {m.name}
                      {m.allocation < 1 && (
                        <span className="muted"> ({Math.round(m.allocation * 100)} %)</span>
                      )}
                    </td>
                    <td className="num">{round(m.workingHours)}</td>
                    <td className="num">{round(m.timeOffHours)}</td>
                    <td className="num">{round(m.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {(plan.capacity.missing ?? []).length > 0 && (
              <p className="muted">
                Left out, no longer people of the plan: {(plan.capacity.missing ?? []).join(", ")}.
              </p>
            )}
          </details>
        </>
      )}
      <ol className="sprint-items" aria-label={`Items in ${sprint.name}`}>
        {items.length === 0 && (
          <li className="muted sprint-drop-hint">Drag items here, or use “Add to sprint”.</li>
        )}
        {items.map((item) => {
          const estimate = estimateOf(item, unit);
          return (
            <li
              key={item.id}
              data-item={item.id}
              draggable={canEdit}
              onDragStart={(e) => startItemDrag(e, item.id)}
            >
              <span className="item-key">{item.id}</span>
              <button
                type="button"
                className="link-button item-name"
                aria-label={`Open ${item.id}, ${item.name}`}
                onClick={() => open(item.id)}
              >
                {item.name}
              </button>
              <span className="item-estimate">
                {estimate === undefined ? "—" : formatEstimate(estimate, unit)}
              </span>
              {canEdit && (
                <button
                  type="button"
                  className="btn btn-small"
                  title="Back to the backlog"
                  onClick={() => giveBack(item)}
                >
                  <span>
                    Take<span className="visually-hidden"> {item.id}</span> out
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {canEdit && (
        <div className="sprint-plan-foot">
          {activeName !== undefined && (
            <span className="muted">{activeName} is running; close it before starting this one.</span>
          )}
          <button
            type="button"
            className="btn btn-primary"
            disabled={activeName !== undefined || starting || items.length === 0}
            onClick={start}
          >
            {starting ? "Starting…" : "Start sprint"}
          </button>
        </div>
      )}
    </aside>
  );
}

const round = (n: number) => (Math.round(n * 10) / 10).toLocaleString();
