import type { ReleaseForecast } from "@keel/engine";
import { isLocalDate } from "@keel/model";
import { useId, useState } from "react";
import { localToday } from "../raid/raid-queries.js";
import { formatDate } from "../ui/format.js";
import { useAgileCharts, useSprintReport, useSprints } from "./agile-api.js";
import { useAgileContext } from "./agile-context.js";
import { EpicPlanSection } from "./EpicPlanSection.js";
import { CycleTimeChart, FlowChart, ThroughputChart, VelocityChart } from "./FlowCharts.js";
import { SprintCharts } from "./SprintCharts.js";
import { addDays } from "./sprint-dates.js";

const PERIODS = [14, 30, 90, 180, 365] as const;

/**
 * The team's charts: one sprint's burndown and burn-up, then velocity, cumulative flow, cycle time,
 * weekly throughput and the release forecast over a chosen period, then the epics linked to the plan.
 * Each chart has a table for screen readers.
 */
export function ReportsPage() {
  const { projectId, canEdit } = useAgileContext();
  const id = useId();
  const today = localToday();
  const sprints = useSprints(projectId);
  const reported = (sprints.data ?? []).filter((s) => s.state !== "planned");
  const [chosen, setChosen] = useState<string>();
  const sprint =
    reported.find((s) => s.id === chosen) ?? reported.find((s) => s.state === "active") ?? reported.at(-1);
  const report = useSprintReport(projectId, sprint?.id);
  const [days, setDays] = useState<number>(30);
  const [target, setTarget] = useState("");
  const query = new URLSearchParams({ from: addDays(today, -days), to: today });
  if (isLocalDate(target)) query.set("target", target);
  const charts = useAgileCharts(projectId, query.toString());
  const data = charts.data;

  return (
    <div className="reports-page dashboard">
      <div className="toolbar reports-toolbar">
        <h2 className="sheet-heading">Sprint</h2>
        {reported.length > 0 && sprint !== undefined && (
          <label>
            <span className="visually-hidden">Sprint to report</span>
            <select value={sprint.id} onChange={(e) => setChosen(e.target.value)}>
              {reported.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.state === "active" ? " (running)" : ""}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {sprint === undefined ? (
        <p className="muted">No sprint has started yet: burndown and burn-up show once one runs.</p>
      ) : report.isError ? (
        <p className="form-error">{report.error.message}</p>
      ) : report.data === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <div className="dashboard-grid">
          <SprintCharts report={report.data} />
        </div>
      )}
      <div className="toolbar reports-toolbar">
        <h2 className="sheet-heading">Flow and forecast</h2>
        <label>
          Period{" "}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                Last {p} days
              </option>
            ))}
          </select>
        </label>
      </div>
      {charts.isError && <p className="form-error">{charts.error.message}</p>}
      {data === undefined ? (
        !charts.isError && <p className="muted">Loading…</p>
      ) : (
        <div className="dashboard-grid">
          <VelocityChart points={data.velocity} unit={data.unit} velocity={data.guidance?.velocity} />
          <ReleaseCard release={data.release} target={target} setTarget={setTarget} id={id} />
          <FlowChart flow={data.cumulativeFlow} />
          <CycleTimeChart cycle={data.cycleTime} />
          <ThroughputChart weeks={data.throughput} />
        </div>
      )}
      {data !== undefined && (
        <EpicPlanSection
          projectId={projectId}
          forecasts={data.epicForecasts}
          unit={data.unit}
          canEdit={canEdit}
        />
      )}
    </div>
  );
}

function ReleaseCard({
  release,
  target,
  setTarget,
  id,
}: {
  readonly release: ReleaseForecast | null;
  readonly target: string;
  readonly setTarget: (date: string) => void;
  readonly id: string;
}) {
  return (
    <section className="card chart-card release-card" aria-labelledby={`${id}-release`}>
      <div className="chart-card-head">
        <h3 id={`${id}-release`}>Release forecast</h3>
      </div>
      {release === null ? (
        <p className="muted">
          Nothing to forecast yet: the forecast learns the team's throughput from items finished before today.
        </p>
      ) : (
        <>
          <p className="chart-headline">
            <strong>{release.remaining}</strong>{" "}
            <span className="muted">
              items left, forecast from the throughput of the last {release.historyDays} days
            </span>
          </p>
          <dl className="release-dates">
            {(["p50", "p85", "p95"] as const).map((p) => (
              <div key={p}>
                <dt>{p.toUpperCase()}</dt>
                <dd>{formatDate(release[p])}</dd>
              </div>
            ))}
          </dl>
          <p className="muted chart-note">
            P85: in 85 of 100 simulated futures the last item is done by then.
          </p>
        </>
      )}
      <div className="release-target">
        <label htmlFor={`${id}-target`}>Chance of finishing by</label>
        <input id={`${id}-target`} type="date" value={target} onChange={(e) => setTarget(e.target.value)} />
        <output
          htmlFor={`${id}-target`}
          className={release?.chanceByTarget === undefined ? "muted" : "release-chance"}
          aria-live="polite"
        >
          {release?.chanceByTarget === undefined
            ? isLocalDate(target)
              ? "No forecast to judge it by."
              : "Choose a date."
            : `${Math.round(release.chanceByTarget * 100)} %`}
        </output>
      </div>
    </section>
  );
}
