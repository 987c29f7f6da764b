import type { EpicForecast } from "@keel/engine";
import type { EstimateUnit } from "@keel/model";
import { lazy, Suspense, useId, useMemo, useState } from "react";
import { useTasks } from "../api/queries.js";
import { formatDate } from "../ui/format.js";
import { Toast } from "../ui/Toast.js";
import "../status/rag-pill.css";
import "./epic-plan.css";
import { formatEstimate } from "./estimate.js";
import { VERDICTS } from "./plan-progress.js";
import { useNotice } from "./use-notice.js";

const PlanProgressDialog = lazy(() =>
  import("./PlanProgressDialog.js").then((m) => ({ default: m.PlanProgressDialog })),
);

/** An estimate without its unit, as formatEstimate writes it: `13 of 16 points`. */
const figure = (n: number) =>
  (Math.round(n * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });

interface EpicPlanSectionProps {
  readonly projectId: string;
  readonly forecasts: readonly EpicForecast[];
  readonly unit: EstimateUnit;
  readonly canEdit: boolean;
}

/**
 * Epics that deliver plan tasks: how far each has come, when the team's throughput says its
 * remaining items will be done, against the plan's finish for those tasks. The plan's percent
 * complete changes only through the dialog, after the user has seen what it writes.
 */
export function EpicPlanSection({ projectId, forecasts, unit, canEdit }: EpicPlanSectionProps) {
  const id = useId();
  const tasks = useTasks(projectId);
  const names = useMemo(() => new Map((tasks.data ?? []).map((t) => [t.id, t.name])), [tasks.data]);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useNotice();
  const name = (task: string) => names.get(task) ?? task;

  return (
    <section className="epic-plan" aria-labelledby={`${id}-title`}>
      <div className="toolbar reports-toolbar">
        <h2 id={`${id}-title`} className="sheet-heading">
          Epics and the plan
        </h2>
        {canEdit && (
          <button type="button" className="btn" onClick={() => setOpen(true)}>
            Update plan progress from epics…
          </button>
        )}
      </div>
      {forecasts.length === 0 ? (
        <p className="muted">
          No epic names a plan task yet: give an epic the tasks or milestones it delivers (open it on the
          Backlog) to compare its forecast with the plan.
        </p>
      ) : (
        <div className="card epic-plan-card">
          <table className="table epic-plan-table">
            <caption className="visually-hidden">
              Epics linked to plan tasks: progress, throughput forecast and the plan's finish
            </caption>
            <thead>
              <tr>
                <th scope="col">Epic</th>
                <th scope="col">Plan tasks</th>
                <th scope="col">Done</th>
                <th scope="col">P50</th>
                <th scope="col">P85</th>
                <th scope="col">Plan finish</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {forecasts.map((f) => (
                <tr key={f.epic} data-epic={f.epic}>
                  <th scope="row">
                    <span className="item-key">{f.epic}</span> {f.name}
                  </th>
                  <td className="epic-plan-tasks">{f.tasks.map(name).join(", ")}</td>
                  <td>
                    {f.doneItems} of {f.items} items
                    {f.total > 0 && (
                      <span className="muted">
                        {" "}
                        · {figure(f.done)} of {formatEstimate(f.total, unit)}
                      </span>
                    )}{" "}
                    <span className="muted">({Math.round(f.percent)} %)</span>
                  </td>
                  <td>{f.p50 === undefined ? "–" : formatDate(f.p50)}</td>
                  <td>{f.p85 === undefined ? "–" : formatDate(f.p85)}</td>
                  <td>
                    {formatDate(f.finish)}
                    {f.tasks.length > 1 && (
                      <span className="muted epic-plan-finish-task">{name(f.finishTask)}</span>
                    )}
                  </td>
                  <td>
                    <span className={`rag-pill rag-${VERDICTS[f.verdict].rag}`}>
                      {VERDICTS[f.verdict].label}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted chart-note">
            P50 and P85: the days by which half and 85 of 100 simulated futures finish the epic's open items
            at the team's recent throughput. On track when P85 is on or before the plan's finish, at risk when
            only P50 is, late when P50 is after it.
          </p>
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <PlanProgressDialog
            projectId={projectId}
            close={() => setOpen(false)}
            applied={(message) => setNotice(message)}
          />
        </Suspense>
      )}
      {notice !== undefined && <Toast dismiss={() => setNotice(undefined)}>{notice}</Toast>}
    </section>
  );
}
