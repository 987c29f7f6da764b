import type { LocalDate } from "@keel/model";
import { type FormEvent, useId, useState } from "react";
import { api } from "../api/client.js";
import type { PlanWrite } from "../plan/use-plan-write.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { formatDate } from "../ui/format.js";
import { kpisPath } from "./dashboard-api.js";
import { KpiDialog, type KpiFields } from "./KpiDialog.js";
import {
  byDate,
  formatKpiValue,
  type KpiRecord,
  kpiId,
  kpiReading,
  parseNumber,
  sparkline,
  withValue,
} from "./kpi.js";

interface KpiPanelProps {
  readonly projectId: string;
  readonly kpis: readonly KpiRecord[] | undefined;
  readonly canEdit: boolean;
  readonly today: string;
  readonly write: PlanWrite;
}

/**
 * The business KPIs the team defined: each with its latest value, which way it moved (coloured by
 * whether that is better), its target, and a sparkline of its values. Add, edit, delete a KPI;
 * add a value.
 */
export function KpiPanel({ projectId, kpis, canEdit, today, write }: KpiPanelProps) {
  const id = useId();
  const [dialog, setDialog] = useState<{ kpi: KpiRecord | undefined }>();
  const [deleting, setDeleting] = useState<KpiRecord>();
  const list = kpis ?? [];

  const save = (kpi: KpiRecord | undefined) => async (fields: KpiFields) => {
    if (kpi === undefined) {
      const { unit, target, ...rest } = fields;
      return write(() =>
        api("POST", kpisPath(projectId), {
          id: kpiId(
            fields.name,
            list.map((k) => k.id),
          ),
          ...rest,
          ...(unit === null ? {} : { unit }),
          ...(target === null ? {} : { target }),
        }),
      );
    }
    return write(() => api("PATCH", kpisPath(projectId, kpi.id), { ...fields, version: kpi.version }));
  };

  return (
    <section className="kpi-panel" aria-labelledby={`${id}-title`}>
      <div className="kpi-panel-head">
        <h3 id={`${id}-title`}>Business KPIs</h3>
        {canEdit && (
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={() => setDialog({ kpi: undefined })}
          >
            Add KPI
          </button>
        )}
      </div>
      {kpis === undefined ? (
        <p className="muted">Loading…</p>
      ) : list.length === 0 ? (
        <div className="card kpi-empty">
          <p>
            No KPIs yet. Track what the project is for next to how it is delivered: sign-ups, revenue, support
            tickets, uptime. Give each a target and whether higher or lower is better, then add a value each
            period.
          </p>
        </div>
      ) : (
        <ul className="kpi-list">
          {list.map((kpi) => (
            <KpiCard
              key={kpi.id}
              kpi={kpi}
              canEdit={canEdit}
              today={today}
              addValue={(date, value) =>
                write(() =>
                  api("PATCH", kpisPath(projectId, kpi.id), {
                    values: withValue(kpi.values, { date: date as LocalDate, value }),
                    version: kpi.version,
                  }),
                )
              }
              edit={() => setDialog({ kpi })}
              remove={() => setDeleting(kpi)}
            />
          ))}
        </ul>
      )}
      <KpiDialog
        kpi={dialog?.kpi}
        open={dialog !== undefined}
        save={save(dialog?.kpi)}
        close={() => setDialog(undefined)}
      />
      <ConfirmDelete
        open={deleting !== undefined}
        title={`Delete “${deleting?.name ?? ""}”?`}
        confirm={() =>
          deleting === undefined
            ? Promise.resolve(undefined)
            : write(() => api("DELETE", `${kpisPath(projectId, deleting.id)}?version=${deleting.version}`))
        }
        close={() => setDeleting(undefined)}
      >
        <p>
          The KPI and its {deleting?.values.length ?? 0} values leave the dashboard. The deletion stays in the
          project's change log.
        </p>
      </ConfirmDelete>
    </section>
  );
}

const SPARK = { width: 160, height: 36 };
const ARROW = { up: "▲", down: "▼", flat: "▶", none: "" } as const;

interface KpiCardProps {
  readonly kpi: KpiRecord;
  readonly canEdit: boolean;
  readonly today: string;
  readonly addValue: (date: string, value: number) => Promise<string | undefined>;
  readonly edit: () => void;
  readonly remove: () => void;
}

function KpiCard({ kpi, canEdit, today, addValue, edit, remove }: KpiCardProps) {
  const id = useId();
  const reading = kpiReading(kpi);
  const line = sparkline(kpi.values, SPARK, kpi.target);
  const [adding, setAdding] = useState(false);
  const [date, setDate] = useState(today);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const unit = kpi.unit;
  const values = byDate(kpi.values);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const number = parseNumber(value);
    if (number === undefined) {
      setError("Give the value as a number.");
      return;
    }
    setBusy(true);
    const refused = await addValue(date, number);
    setBusy(false);
    if (refused === undefined) {
      setAdding(false);
      setValue("");
      setError(undefined);
    } else setError(refused);
  }

  const moved =
    reading.direction === "none" || reading.previous === undefined
      ? undefined
      : `${reading.direction === "flat" ? "unchanged" : reading.direction} from ${formatKpiValue(reading.previous.value, unit)}${
          reading.improving === undefined ? "" : reading.improving ? ", better" : ", worse"
        }`;

  return (
    <li className="card kpi-card" data-kpi={kpi.id}>
      <div className="kpi-card-head">
        <h4>{kpi.name}</h4>
        {canEdit && (
          <span className="kpi-actions">
            <button type="button" className="btn btn-small" aria-label={`Edit ${kpi.name}`} onClick={edit}>
              Edit
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-label={`Delete ${kpi.name}`}
              onClick={remove}
            >
              Delete
            </button>
          </span>
        )}
      </div>
      <div className="kpi-body">
        <div>
          <p className="kpi-latest">
            {reading.latest === undefined ? (
              <span className="muted">No values yet</span>
            ) : (
              <>
                <strong>{formatKpiValue(reading.latest.value, unit)}</strong>{" "}
                <span className="muted">on {formatDate(reading.latest.date)}</span>
              </>
            )}
          </p>
          {moved !== undefined && (
            <p
              className={`kpi-move ${reading.improving === undefined ? "" : reading.improving ? "is-better" : "is-worse"}`}
            >
              <span aria-hidden="true">{ARROW[reading.direction]}</span> {moved}
            </p>
          )}
          <p className="kpi-target muted">
            {kpi.target === undefined
              ? `No target · ${kpi.better} is better`
              : `Target ${formatKpiValue(kpi.target, unit)} · ${kpi.better} is better${
                  reading.onTarget === undefined ? "" : reading.onTarget ? " · on target" : " · not there yet"
                }`}
          </p>
        </div>
        {values.length > 0 && (
          <svg
            className="kpi-spark"
            width={SPARK.width + 8}
            height={SPARK.height + 8}
            role="img"
            aria-label={`${kpi.name}: ${values.map((v) => `${formatDate(v.date)} ${formatKpiValue(v.value, unit)}`).join(", ")}`}
          >
            <g transform="translate(4,4)">
              {line.target !== undefined && (
                <line
                  className="kpi-spark-target"
                  x1={0}
                  x2={SPARK.width}
                  y1={line.target}
                  y2={line.target}
                />
              )}
              <path className="kpi-spark-line" d={line.path} />
              {line.last !== undefined && (
                <circle className="kpi-spark-dot" cx={line.last.x} cy={line.last.y} r={3} />
              )}
            </g>
          </svg>
        )}
      </div>
      {canEdit &&
        (adding ? (
          <form className="kpi-add-value" onSubmit={submit}>
            <label htmlFor={`${id}-date`}>Date</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
            <label htmlFor={`${id}-value`}>Value{unit === undefined ? "" : ` (${unit})`}</label>
            <input
              id={`${id}-value`}
              inputMode="decimal"
              required
              value={value}
              aria-invalid={error !== undefined}
              onChange={(e) => setValue(e.target.value)}
            />
            <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
              {busy ? "Adding…" : "Add"}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setAdding(false)}>
              Cancel
            </button>
            {error !== undefined && (
              <span className="form-error" role="alert">
                {error}
              </span>
            )}
          </form>
        ) : (
          <button
            type="button"
            className="btn btn-small kpi-add-button"
            aria-label={`Add value to ${kpi.name}`}
            onClick={() => {
              setDate(today);
              setAdding(true);
            }}
          >
            Add value
          </button>
        ))}
    </li>
  );
}
