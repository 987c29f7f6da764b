import type { BaselineVariance, TaskVariance } from "@keel/engine";
import { useId } from "react";
import { formatDate, formatDays } from "../ui/format.js";

/** Working days with their sign: "+3", "−1.5", "0". */
export function formatVariance(days: number): string {
  if (days === 0) return "0";
  return days > 0 ? `+${formatDays(days)}` : `\u2212${formatDays(-days)}`;
}

function daysWords(days: number): string {
  const n = formatDays(Math.abs(days));
  return `${n} working day${n === "1" ? "" : "s"}`;
}

const varianceClass = (days: number) => (days > 0 ? "num late" : days < 0 ? "num early" : "num");

interface VarianceSummaryProps {
  readonly variance: BaselineVariance | undefined;
  readonly error: string | undefined;
  readonly hasBaseline: boolean;
  /** Offered to managers when there is no baseline yet: focuses the new baseline's name. */
  readonly offerSave: (() => void) | undefined;
}

/** The project finish against the baseline, and what slipped since, latest first. */
export function VarianceSummary({ variance, error, hasBaseline, offerSave }: VarianceSummaryProps) {
  const id = useId();
  return (
    <section className="card tracking-panel variance-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Slipped since baseline</h3>
      {!hasBaseline ? (
        <div className="tracking-empty">
          <p className="muted">
            Save a baseline to see what moved since: finish against baseline and every task that slipped.
          </p>
          {offerSave !== undefined && (
            <button type="button" className="btn" onClick={offerSave}>
              Save baseline
            </button>
          )}
        </div>
      ) : error !== undefined ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : variance === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <ProjectFinish variance={variance} />
          {variance.slipped.length === 0 ? (
            <p className="muted">No task finishes later than in “{variance.baseline}”.</p>
          ) : (
            <ol className="slipped-list" aria-label="Tasks finishing later than in the baseline">
              {variance.slipped.map((t) => (
                <li key={t.id} data-task={t.id}>
                  <span className="slipped-name" title={t.id}>
                    {t.name}
                  </span>
                  <span className="slipped-dates">
                    {formatDate(t.baselineFinish)} → {formatDate(t.finish)}
                  </span>
                  <strong className="late">+{daysWords(t.finishDays)}</strong>
                </li>
              ))}
            </ol>
          )}
          {(variance.added.length > 0 || variance.removed.length > 0) && (
            <p className="muted variance-note">
              {variance.added.length > 0 &&
                `${variance.added.length} task${variance.added.length === 1 ? "" : "s"} added since the baseline (not compared). `}
              {variance.removed.length > 0 &&
                `${variance.removed.length} baseline task${variance.removed.length === 1 ? " is" : "s are"} no longer in the plan.`}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ProjectFinish({ variance }: { readonly variance: BaselineVariance }) {
  const { finishDays, finish, baselineFinish } = variance.project;
  const verdict =
    finishDays > 0
      ? { text: `${daysWords(finishDays)} late`, className: "late" }
      : finishDays < 0
        ? { text: `${daysWords(finishDays)} early`, className: "early" }
        : { text: "on its baseline finish", className: "" };
  return (
    <p className="variance-headline">
      Project finishes <strong className={verdict.className}>{verdict.text}</strong>: {formatDate(finish)}{" "}
      <span className="muted">
        against {formatDate(baselineFinish)} in “{variance.baseline}”
      </span>
    </p>
  );
}

interface VarianceTableProps {
  readonly variance: BaselineVariance;
  /** Outline depth of each task, for indenting. */
  readonly depth: ReadonlyMap<string, number>;
}

/** Start, finish and duration variance of every task in the baseline, as MS Project's Variance table. */
export function VarianceTable({ variance, depth }: VarianceTableProps) {
  const id = useId();
  return (
    <section className="card tracking-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Variance against “{variance.baseline}”</h3>
      <p className="muted panel-hint">In working days; + is later (or longer) than the baseline.</p>
      <div className="tracking-table-scroll">
        <table className="table variance-table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Baseline start</th>
              <th scope="col">Start</th>
              <th scope="col" className="num">
                Start var.
              </th>
              <th scope="col">Baseline finish</th>
              <th scope="col">Finish</th>
              <th scope="col" className="num">
                Finish var.
              </th>
              <th scope="col" className="num">
                Duration var.
              </th>
            </tr>
          </thead>
          <tbody>
            {variance.tasks.map((t: TaskVariance) => (
              <tr key={t.id} data-task={t.id} className={t.kind === "summary" ? "summary-row" : undefined}>
                <th scope="row" style={{ paddingLeft: 10 + 16 * (depth.get(t.id) ?? 0) }} title={t.id}>
                  {t.name}
                </th>
                <td>{formatDate(t.baselineStart)}</td>
                <td>{formatDate(t.start)}</td>
                <td className={varianceClass(t.startDays)}>{formatVariance(t.startDays)}</td>
                <td>{formatDate(t.baselineFinish)}</td>
                <td>{formatDate(t.finish)}</td>
                <td className={varianceClass(t.finishDays)}>{formatVariance(t.finishDays)}</td>
                <td className={varianceClass(t.durationDays)}>{formatVariance(t.durationDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
