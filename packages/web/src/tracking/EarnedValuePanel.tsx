import { useId } from "react";
import { Link } from "react-router";
import { ApiError } from "../api/client.js";
import { formatDate } from "../ui/format.js";
import { formatAmount, formatIndex, formatSigned, indexTone, metricCards, TONE_WORDS } from "./evm-cards.js";
import { SCurveChart } from "./SCurveChart.js";
import type { EvmRecord } from "./tracking-queries.js";

const TONE_MARK = { good: "●", watch: "▲", bad: "▼", none: "○" } as const;

interface EarnedValuePanelProps {
  readonly projectId: string;
  readonly evm: EvmRecord | undefined;
  readonly error: Error | null;
  readonly hasStatusDate: boolean;
  readonly canManage: boolean;
  /** Offered when no baseline is saved (managers): focuses the new baseline's name. */
  readonly offerSave: (() => void) | undefined;
  /** Outline depth of each task, for indenting the per-task table. */
  readonly depth: ReadonlyMap<string, number>;
}

/** Earned value as of the status date: the headline figures, the S-curve and every task's figures. */
export function EarnedValuePanel(props: EarnedValuePanelProps) {
  const id = useId();
  const { evm } = props;
  const noStatusDate =
    !props.hasStatusDate || (props.error instanceof ApiError && props.error.code === "no_status_date");
  return (
    <section className="tracking-evm" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tracking-section-title">
        Earned value
      </h3>
      {noStatusDate ? (
        <div className="card tracking-empty">
          <p>
            Earned value measures the work done by a <strong>status date</strong>, and this project has none
            yet.
          </p>
          <p className="muted">
            {props.canManage
              ? "Set it above, or in the plan's toolbar"
              : "A manager sets it in the plan's toolbar"}
            ; then record percent complete and actual dates in the plan's Progress columns.{" "}
            <Link to={`/projects/${encodeURIComponent(props.projectId)}`}>Go to the plan</Link>
          </p>
        </div>
      ) : props.error !== null && evm === undefined ? (
        <p className="form-error" role="alert">
          {props.error.message}
        </p>
      ) : evm === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="evm-basis">
            Measured <strong>on {evm.basis === "cost" ? "cost" : "hours"}</strong>{" "}
            {evm.baseline.id === null
              ? "against the plan as planned"
              : `against baseline “${evm.baseline.name}”`}{" "}
            as of <strong>{formatDate(evm.asOf)}</strong>
            {evm.basis === "hours" && (
              <span className="muted"> (no baselined task has a cost, so budgets are planned hours)</span>
            )}
            .
          </p>
          {evm.baseline.id === null && (
            <div className="evm-no-baseline" role="note">
              <span>
                No baseline is saved, so earned value is measured against the plan as it stands now: moving
                tasks moves the plan it is measured against too.
              </span>
              {props.offerSave !== undefined && (
                <button type="button" className="btn btn-small" onClick={props.offerSave}>
                  Save baseline
                </button>
              )}
            </div>
          )}
          <ul className="evm-cards" aria-label="Earned value figures">
            {metricCards(evm.project, evm.basis, evm.period).map((c) => (
              <li key={c.key} className={`evm-card tone-${c.tone}`} data-metric={c.key}>
                <span className="evm-card-label">{c.label}</span>
                <span className="evm-card-value">{c.value}</span>
                <span className="evm-card-tone">
                  <span aria-hidden="true">{TONE_MARK[c.tone]}</span> {TONE_WORDS[c.tone]}
                </span>
                <span className="evm-card-explain">{c.explain}</span>
              </li>
            ))}
          </ul>
          {evm.warnings.length > 0 && (
            <details className="evm-warnings">
              <summary>
                {evm.warnings.length} note{evm.warnings.length === 1 ? "" : "s"} on what is measured
              </summary>
              <ul>
                {evm.warnings.map((w) => (
                  <li key={`${w.code}-${w.taskId ?? ""}`}>{w.message}</li>
                ))}
              </ul>
            </details>
          )}
          <SCurveChart evm={evm} />
          <TaskTable evm={evm} depth={props.depth} />
        </>
      )}
    </section>
  );
}

function TaskTable({ evm, depth }: { readonly evm: EvmRecord; readonly depth: ReadonlyMap<string, number> }) {
  const id = useId();
  const amount = (v: number | null) => formatAmount(v, evm.basis);
  const index = (v: number | null) => {
    const tone = indexTone(v);
    return (
      <span className={`tone-text tone-${tone}`}>
        {formatIndex(v)}
        {tone === "bad" && <span className="visually-hidden"> ({TONE_WORDS.bad})</span>}
      </span>
    );
  };
  return (
    <section className="card tracking-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>By task</h3>
      <p className="muted panel-hint">Summary tasks add up their tasks.</p>
      <div className="tracking-table-scroll">
        <table className="table evm-table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              {["PV", "EV", "AC", "BAC", "SV", "CV", "SPI", "CPI", "EAC"].map((h) => (
                <th key={h} scope="col" className="num">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="summary-row total-row">
              <th scope="row">Project</th>
              <Figures m={evm.project} amount={amount} index={index} basis={evm.basis} />
            </tr>
            {evm.tasks.map((t) => (
              <tr key={t.id} data-task={t.id} className={t.summary ? "summary-row" : undefined}>
                <th scope="row" style={{ paddingLeft: 10 + 16 * ((depth.get(t.id) ?? 0) + 1) }} title={t.id}>
                  {t.name}
                  {evm.unbaselined.includes(t.id) && <span className="muted"> (not in the baseline)</span>}
                </th>
                <Figures m={t} amount={amount} index={index} basis={evm.basis} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Figures({
  m,
  amount,
  index,
  basis,
}: {
  readonly m: EvmRecord["project"];
  readonly amount: (v: number | null) => string;
  readonly index: (v: number | null) => React.ReactNode;
  readonly basis: EvmRecord["basis"];
}) {
  return (
    <>
      <td className="num">{amount(m.PV)}</td>
      <td className="num">{amount(m.EV)}</td>
      <td className="num">{amount(m.AC)}</td>
      <td className="num">{amount(m.BAC)}</td>
      <td className="num">{formatSigned(m.SV, basis)}</td>
      <td className="num">{formatSigned(m.CV, basis)}</td>
      <td className="num">{index(m.SPI)}</td>
      <td className="num">{index(m.CPI)}</td>
      <td className="num">{amount(m.EAC)}</td>
    </>
  );
}
