import type { ForecastResult } from "@keel/engine";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useParams } from "react-router";
import { api } from "../api/client.js";
import { useProject } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { formatDate, formatDays } from "../ui/format.js";
import "../capacity/capacity.css";
import "../resources/resources.css";
import "./forecast.css";
import { FinishHistogram } from "./FinishHistogram.js";
import { formatCorrelation, formatShare, mostCritical, tornado } from "./forecast-chart.js";
import {
  DEFAULT_OPTIONS,
  type ForecastOptions,
  type ForecastRun,
  forecastKeys,
  type OptionsText,
  optionsText,
  parseOptions,
  useLastForecast,
} from "./forecast-run.js";

const TIME = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

/**
 * The schedule forecast: Monte Carlo over the plan's three-point estimates and risks. The options
 * form runs it on the server (seconds on a big plan, with a progress bar meanwhile); the answer shows
 * the P80 headline, the finish histogram with its S-curve, deadline odds, milestones, the tasks that
 * drive the finish (tornado) and are most often critical, and the risks. The last run stays in the
 * query cache, so coming back shows it, marked as outdated once the plan has changed.
 */
export function ForecastView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const client = useQueryClient();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const last = useLastForecast(projectId);
  const [text, setText] = useState<OptionsText>(() => optionsText(last.data?.options ?? DEFAULT_OPTIONS));
  const parsed = parseOptions(text);
  const problems = "problems" in parsed ? parsed.problems : {};
  const planVersion = project.data?.planVersion;

  const run = useMutation({
    mutationFn: async (options: ForecastOptions): Promise<ForecastRun> => {
      const cached = client.getQueryData<ForecastRun>(forecastKeys.run(projectId, options));
      if (cached !== undefined && cached.planVersion === planVersion) return cached;
      const result = await api<ForecastResult>("POST", `/api/projects/${projectId}/forecast`, options);
      return { options, planVersion, computedAt: new Date().toISOString(), result };
    },
    onSuccess: (done) => {
      client.setQueryData(forecastKeys.run(projectId, done.options), done);
      client.setQueryData(forecastKeys.last(projectId), done);
    },
  });
  const elapsed = useElapsedSeconds(run.isPending);

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  const field = (name: keyof OptionsText, value: string) => setText((t) => ({ ...t, [name]: value }));
  const shown = last.data;

  return (
    <section className="forecast" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <h2 className="sheet-heading">Schedule forecast</h2>
      <p className="muted sheet-hint">
        Runs the plan many times with durations drawn from the three-point estimates (and the risks), and
        shows how likely each finish date is. Nothing in the plan changes.
      </p>
      <form
        className="forecast-options"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if ("options" in parsed && !run.isPending) run.mutate(parsed.options);
        }}
      >
        <NumberField
          id={`${id}-iterations`}
          label="Iterations"
          value={text.iterations}
          problem={problems.iterations}
          change={(v) => field("iterations", v)}
          width={96}
        />
        <NumberField
          id={`${id}-seed`}
          label="Seed"
          value={text.seed}
          problem={problems.seed}
          change={(v) => field("seed", v)}
          width={80}
        />
        <div className="forecast-field">
          <label htmlFor={`${id}-distribution`}>Distribution</label>
          <select
            id={`${id}-distribution`}
            value={text.distribution}
            onChange={(e) => field("distribution", e.target.value)}
          >
            <option value="triangular">Triangular</option>
            <option value="pert">PERT</option>
          </select>
        </div>
        <NumberField
          id={`${id}-uncertainty`}
          label="Uncertainty of unestimated tasks (±%)"
          value={text.uncertainty}
          problem={problems.uncertainty}
          change={(v) => field("uncertainty", v)}
          width={72}
        />
        <button type="submit" className="btn btn-primary" disabled={run.isPending || "problems" in parsed}>
          {run.isPending ? "Running…" : "Run forecast"}
        </button>
      </form>
      {run.isPending && (
        <div className="forecast-running">
          <div
            className="forecast-progress"
            role="progressbar"
            aria-label="Running the forecast"
            aria-valuetext={`${elapsed} seconds elapsed`}
          />
          <span className="muted">
            Running {run.variables.iterations.toLocaleString()} iterations… {elapsed} s
          </span>
        </div>
      )}
      {run.isError && (
        <p className="form-error" role="alert">
          {run.error.message}
        </p>
      )}
      {shown === undefined ? (
        !run.isPending && (
          <p className="muted empty">No forecast yet for this plan: choose the options and run it.</p>
        )
      ) : (
        <ForecastAnswer run={shown} planVersion={planVersion} />
      )}
    </section>
  );
}

/** Whole seconds since `running` became true; 0 while it is false. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!running) return;
    const began = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - began) / 1000)), 250);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly change: (value: string) => void;
  readonly width: number;
}

function NumberField({ id, label, value, problem, change, width }: NumberFieldProps) {
  return (
    <div className="forecast-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        value={value}
        style={{ width }}
        aria-invalid={problem !== undefined}
        aria-describedby={problem === undefined ? undefined : `${id}-problem`}
        onChange={(e) => change(e.target.value)}
      />
      {problem !== undefined && (
        <span id={`${id}-problem`} className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}

function ForecastAnswer({ run, planVersion }: { readonly run: ForecastRun; readonly planVersion?: number }) {
  const r = run.result;
  const o = run.options;
  const changed =
    run.planVersion !== undefined && planVersion !== undefined && run.planVersion !== planVersion;
  return (
    <div className="forecast-answer">
      <p className="forecast-headline">
        <strong>P80: {formatDate(r.finish.p80)}</strong>{" "}
        <span>
          (planned {formatDate(r.plannedFinish)}, met in {formatShare(r.plannedFinishProbability)} of runs)
        </span>
      </p>
      <p className="muted forecast-meta">
        {r.iterations.toLocaleString()} iterations, seed {r.seed},{" "}
        {o.distribution === "pert" ? "PERT" : "triangular"}
        {o.uncertainty > 0 ? `, unestimated tasks ±${formatShare(o.uncertainty)}` : ""}; computed at{" "}
        {TIME.format(new Date(run.computedAt))}
        {run.planVersion === undefined ? "" : ` for plan version ${run.planVersion}`}.
      </p>
      {changed && (
        <p className="forecast-outdated" role="status">
          The plan changed since this forecast (now version {planVersion}); run again.
        </p>
      )}
      <dl className="forecast-figures">
        {(["p50", "p80", "p95"] as const).map((k) => (
          <div key={k}>
            <dt>{k.toUpperCase()}</dt>
            <dd>
              {formatDate(r.finish[k])}{" "}
              <span className="muted">({formatDays(r.finishWorkingDays[k])} working days)</span>
            </dd>
          </div>
        ))}
        <div>
          <dt>Mean</dt>
          <dd>
            {formatDays(r.meanWorkingDays)} ± {formatDays(r.stdDevWorkingDays)} working days
          </dd>
        </div>
      </dl>
      <FinishHistogram result={r} />
      <div className="forecast-grid">
        <Deadlines result={r} />
        <Milestones result={r} />
        <Tornado result={r} />
        <Criticality result={r} />
        <Risks result={r} />
      </div>
    </div>
  );
}

function Panel({ title, children }: { readonly title: string; readonly children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="card forecast-panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Deadlines({ result }: { readonly result: ForecastResult }) {
  return (
    <Panel title="Deadlines">
      {result.deadlines.length === 0 ? (
        <p className="muted">No task in this plan has a deadline.</p>
      ) : (
        <table className="table forecast-deadlines">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Deadline</th>
              <th scope="col" className="num">
                Met in
              </th>
            </tr>
          </thead>
          <tbody>
            {result.deadlines.map((d) => (
              <tr key={d.id} data-task={d.id}>
                <th scope="row">{d.name}</th>
                <td>{formatDate(d.deadline)}</td>
                <td className={`num ${d.probability < 0.5 ? "critical" : ""}`}>
                  {formatShare(d.probability)} <span className="visually-hidden">of runs</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function Milestones({ result }: { readonly result: ForecastResult }) {
  return (
    <Panel title="Milestones">
      {result.milestones.length === 0 ? (
        <p className="muted">This plan has no milestones.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Planned</th>
              <th scope="col">P50</th>
              <th scope="col">P80</th>
              <th scope="col">P95</th>
            </tr>
          </thead>
          <tbody>
            {result.milestones.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{formatDate(m.planned)}</td>
                <td>{formatDate(m.finish.p50)}</td>
                <td>{formatDate(m.finish.p80)}</td>
                <td>{formatDate(m.finish.p95)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function Tornado({ result }: { readonly result: ForecastResult }) {
  const chart = tornado(result.tasks, 100);
  return (
    <Panel title="What drives the finish">
      {chart.rows.length === 0 ? (
        <p className="muted">
          No task's duration varies: give tasks three-point estimates or an uncertainty.
        </p>
      ) : (
        <>
          <p className="muted panel-hint">
            Rank correlation of each task's sampled duration with the project finish (top {chart.rows.length}
            ); longer bars move the finish more.
          </p>
          <ol className="tornado">
            {chart.rows.map((row) => (
              <li key={row.id}>
                <span className="tornado-name" title={row.id}>
                  {row.name}
                </span>
                <span className="tornado-track" aria-hidden="true">
                  <span className="tornado-axis" style={{ left: `${chart.centre}%` }} />
                  <span
                    className={row.sensitivity < 0 ? "tornado-bar negative" : "tornado-bar"}
                    style={{ left: `${row.x}%`, width: `${row.width}%` }}
                  />
                </span>
                <span className="tornado-value">{formatCorrelation(row.sensitivity)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}

function Criticality({ result }: { readonly result: ForecastResult }) {
  const tasks = mostCritical(result.tasks);
  return (
    <Panel title="Most often critical">
      <p className="muted panel-hint">Share of runs in which the task had no float.</p>
      <table className="table forecast-criticality">
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col" className="num">
              Criticality
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td className="num">
                <span className="share-bar" aria-hidden="true">
                  <span style={{ width: `${t.criticality * 100}%` }} />
                </span>
                {formatShare(t.criticality)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function Risks({ result }: { readonly result: ForecastResult }) {
  return (
    <Panel title="Risks">
      {result.risks.length === 0 ? (
        <p className="muted">This plan has no risks.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col" className="num">
                Probability
              </th>
              <th scope="col" className="num">
                Occurred
              </th>
              <th scope="col" className="num">
                Sensitivity
              </th>
            </tr>
          </thead>
          <tbody>
            {result.risks.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.id}</th>
                <td className="num">{formatShare(k.probability)}</td>
                <td className="num">{formatShare(k.occurred)}</td>
                <td className="num">{formatCorrelation(k.sensitivity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
