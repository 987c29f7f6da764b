import type { ScheduledChange, StaleEdit } from "@keel/engine";
import type { ImpactFigures, PlanEdit } from "@keel/model";
import type { UseQueryResult } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { ApiError } from "../api/client.js";
import { formatDate } from "../ui/format.js";
import type { ImpactAnswer } from "./change-api.js";
import { describeEdits, type PlanState, planAfter } from "./change-edits.js";
import { GanttDiff } from "./GanttDiff.js";
import { formatMoney, formatMoneyDelta, formatShift, shiftTone } from "./impact-format.js";

interface FiguresTableProps {
  readonly figures: ImpactFigures;
}

/** Finish, P80 and cost before and after a change, with the difference. */
export function FiguresTable({ figures: f }: FiguresTableProps) {
  // A plan without uncertainty forecasts its planned dates: then the P80 row says nothing new.
  const p80 =
    f.p80Before !== undefined &&
    f.p80After !== undefined &&
    f.p80Days !== undefined &&
    (f.p80Before !== f.finishBefore || f.p80After !== f.finishAfter);
  const costs = f.costBefore !== 0 || f.costAfter !== 0;
  const costDelta = f.costAfter - f.costBefore;
  return (
    <table className="table change-figures">
      <thead>
        <tr>
          <td />
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col" className="num">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        <tr data-figure="finish">
          <th scope="row">Finish</th>
          <td>{formatDate(f.finishBefore)}</td>
          <td>{formatDate(f.finishAfter)}</td>
          <td className={`num shift-${shiftTone(f.finishDays)}`}>{formatShift(f.finishDays)}</td>
        </tr>
        {p80 && (
          <tr data-figure="p80">
            <th scope="row">P80</th>
            <td>{formatDate(f.p80Before ?? "")}</td>
            <td>{formatDate(f.p80After ?? "")}</td>
            <td className={`num shift-${shiftTone(f.p80Days)}`}>{formatShift(f.p80Days ?? 0)}</td>
          </tr>
        )}
        <tr data-figure="cost">
          <th scope="row">Cost</th>
          {costs ? (
            <>
              <td>{formatMoney(f.costBefore)}</td>
              <td>{formatMoney(f.costAfter)}</td>
              <td className={`num shift-${shiftTone(costDelta)}`}>{formatMoneyDelta(costDelta)}</td>
            </>
          ) : (
            <td colSpan={3} className="muted">
              No resource on the plan has a cost per hour.
            </td>
          )}
        </tr>
      </tbody>
    </table>
  );
}

interface ImpactPanelProps {
  readonly query: UseQueryResult<ImpactAnswer>;
  readonly canEdit: boolean;
  readonly resourceNames: ReadonlyMap<string, string>;
  readonly plan: PlanState;
  readonly edits: readonly PlanEdit[];
  readonly rebase: () => Promise<void>;
  readonly busy: boolean;
}

/**
 * What the request's edits do to the plan, computed by the server on a fork of the current plan:
 * the headline finish move, the figures, the critical path, milestones, deadlines, new
 * over-allocations and a Gantt diff. While a new answer computes (a schedule and a forecast of both
 * sides, about a second), the last one stays, dimmed, under a progress bar.
 */
export function ImpactPanel({ query, canEdit, resourceNames, plan, edits, rebase, busy }: ImpactPanelProps) {
  const id = useId();
  // Names of tasks the request adds too, and of those it removes (gone from the fork).
  const names = useMemo(() => {
    const map = new Map(plan.tasks.map((t) => [t.id, t.name]));
    for (const t of planAfter(plan, edits).tasks) map.set(t.id, t.name);
    return map;
  }, [plan, edits]);
  const name = (taskId: string) => names.get(taskId) ?? taskId;
  const lines = useMemo(() => describeEdits(plan, edits), [plan, edits]);
  const computing = query.isFetching;
  const answer = query.data;
  return (
    <section className="card change-card change-impact" aria-labelledby={`${id}-title`} aria-busy={computing}>
      <h4 id={`${id}-title`}>Impact on the plan</h4>
      {edits.length === 0 ? (
        <p className="muted">Nothing changes yet: add an edit and its impact shows here.</p>
      ) : (
        <>
          {computing && (
            <div className="change-computing">
              <div className="change-progress" role="progressbar" aria-label="Computing the impact" />
              <span className="muted">Rescheduling and forecasting the plan with and without the edits…</span>
            </div>
          )}
          {query.isError && <ImpactRefused error={query.error} />}
          {answer !== undefined && (
            <div className={computing ? "change-impact-body is-stale" : "change-impact-body"}>
              <StaleEdits
                stale={answer.impact.stale}
                describe={(s) => lines[s.index] ?? s.edit.op}
                canEdit={canEdit}
                rebase={rebase}
                busy={busy}
              />
              {answer.impact.schedulable ? (
                <Scheduled impact={answer.impact} answer={answer} name={name} resourceNames={resourceNames} />
              ) : (
                <div className="change-alert" role="alert">
                  <p>
                    <strong>With these edits the plan cannot be scheduled.</strong> Remove or change the edit
                    that causes it:
                  </p>
                  <ul>
                    {answer.impact.problems.map((p) => (
                      <li key={`${p.code}${p.message}`}>{p.message}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function ImpactRefused({ error }: { readonly error: Error }) {
  const rejected = error instanceof ApiError && error.code === "plan_rejected";
  return (
    <div className="change-alert" role="alert">
      {rejected ? (
        <p>
          <strong>The plan as it stands cannot be scheduled</strong>, so no impact can be computed:{" "}
          {error.message}. Fix the plan first.
        </p>
      ) : (
        <p>The impact could not be computed: {error.message}</p>
      )}
    </div>
  );
}

interface StaleEditsProps {
  readonly stale: readonly StaleEdit[];
  readonly describe: (s: StaleEdit) => string;
  readonly canEdit: boolean;
  readonly rebase: () => Promise<void>;
  readonly busy: boolean;
}

function StaleEdits({ stale, describe, canEdit, rebase, busy }: StaleEditsProps) {
  if (stale.length === 0) return null;
  const n = stale.length;
  return (
    <div className="change-warning" role="status">
      <p>
        <strong>
          {n} edit{n === 1 ? " no longer fits" : "s no longer fit"} the plan
        </strong>
        , which changed since {n === 1 ? "it was" : "they were"} written; the impact below leaves{" "}
        {n === 1 ? "it" : "them"} out:
      </p>
      <ul>
        {stale.map((s) => (
          <li key={s.index}>
            {describe(s)} — <span className="muted">{s.message}</span>
          </li>
        ))}
      </ul>
      {canEdit && (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void rebase()}>
          Re-base (drop {n === 1 ? "this edit" : "these edits"})
        </button>
      )}
    </div>
  );
}

interface ScheduledProps {
  readonly impact: ScheduledChange;
  readonly answer: ImpactAnswer;
  readonly name: (taskId: string) => string;
  readonly resourceNames: ReadonlyMap<string, string>;
}

function Scheduled({ impact, answer, name, resourceNames }: ScheduledProps) {
  const { criticalPath: cp } = impact;
  const newlyMissed = impact.deadlines.filter((d) => d.missedAfter && !d.missedBefore);
  const newlyMet = impact.deadlines.filter((d) => d.missedBefore && !d.missedAfter);
  const tone = shiftTone(impact.finish.days);
  return (
    <>
      <p className={`change-headline shift-${tone}`}>
        Finish{" "}
        <strong className="change-shift">
          {tone === "same" ? "unchanged" : formatShift(impact.finish.days)}
        </strong>
        <span className="muted">
          {" "}
          {tone === "same"
            ? formatDate(impact.finish.after)
            : `${formatDate(impact.finish.before)} → ${formatDate(impact.finish.after)}`}
        </span>
      </p>
      <FiguresTable figures={impact.figures} />
      <dl className="change-effects">
        <dt>Critical path</dt>
        <dd>
          {cp.added.length === 0 && cp.removed.length === 0 ? (
            <span className="muted">Same tasks as before.</span>
          ) : (
            <ul className="change-chips">
              {cp.added.map((t) => (
                <li key={`+${t}`} className="chip chip-added">
                  <span className="visually-hidden">Joins: </span>+ {name(t)}
                </li>
              ))}
              {cp.removed.map((t) => (
                <li key={`-${t}`} className="chip chip-removed">
                  <span className="visually-hidden">Leaves: </span>− {name(t)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Milestones</dt>
        <dd>
          {impact.milestones.length === 0 ? (
            <span className="muted">None moves.</span>
          ) : (
            <ul>
              {impact.milestones.map((m) => (
                <li key={m.id}>
                  {m.name}:{" "}
                  {m.before === undefined
                    ? `added, ${formatDate(m.after ?? "")}`
                    : m.after === undefined
                      ? "removed"
                      : `${formatDate(m.before)} → ${formatDate(m.after)} (${formatShift(m.days)})`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Deadlines</dt>
        <dd>
          {newlyMissed.length === 0 && newlyMet.length === 0 ? (
            <span className="muted">None newly missed.</span>
          ) : (
            <ul>
              {newlyMissed.map((d) => (
                <li key={d.id} className="critical">
                  {d.name}: deadline {formatDate(d.deadline)} now missed
                  {d.after === undefined ? "" : ` (finishes ${formatDate(d.after)})`}
                </li>
              ))}
              {newlyMet.map((d) => (
                <li key={d.id} className="shift-earlier">
                  {d.name}: deadline {formatDate(d.deadline)} now met
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Over-allocations</dt>
        <dd>
          {impact.overAllocations.length === 0 ? (
            <span className="muted">No new ones.</span>
          ) : (
            <ul>
              {impact.overAllocations.map((o) => (
                <li key={`${o.resource}${o.from}`} className="critical">
                  {resourceNames.get(o.resource) ?? o.resource}: {formatDate(o.from)}
                  {o.to === o.from ? "" : ` – ${formatDate(o.to)}`}, peak {Math.round(o.peakUnits * 100)} %,{" "}
                  {Math.round(o.excessHours * 10) / 10} h over ({o.tasks.map(name).join(", ")})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <GanttDiff rows={answer.tasks} finish={impact.finish} />
    </>
  );
}
