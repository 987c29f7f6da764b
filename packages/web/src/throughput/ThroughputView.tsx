import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api } from "../api/client.js";
import { formatDate } from "../ui/format.js";
import "../forecast/forecast.css";
import "../resources/resources.css";
import "./throughput.css";
import { dayText, type ThroughputAnswer, type ThroughputForm, throughputRequest } from "./throughput.js";

const EMPTY: ThroughputForm = {
  csv: "",
  question: "when",
  remaining: "40",
  by: "",
  asOf: "",
  window: "252",
  weekly: false,
  excludeWeekends: false,
};

const KEYS = ["p50", "p85", "p95"] as const;

/**
 * The throughput forecast for a backlog: a CSV of finished items (pasted or uploaded) and one
 * question, "when will N items be done?" or "how many by this date?", answered at P50/P85/P95 from
 * the recent history, with the window used and the rows dropped by line.
 */
export function ThroughputView() {
  const id = useId();
  const [form, setForm] = useState<ThroughputForm>(EMPTY);
  const [tried, setTried] = useState(false);
  const request = throughputRequest(form);
  const problems = tried && "problems" in request ? request.problems : {};
  const run = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<ThroughputAnswer>("POST", "/api/forecast/throughput", body),
  });
  const set = <K extends keyof ThroughputForm>(key: K, value: ThroughputForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const problem = (key: keyof typeof problems) =>
    problems[key] === undefined ? null : (
      <span id={`${id}-${key}-problem`} className="field-error">
        {problems[key]}
      </span>
    );
  const describedBy = (key: keyof typeof problems) =>
    problems[key] === undefined ? undefined : `${id}-${key}-problem`;

  return (
    <section className="throughput" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} style={{ margin: "0 0 var(--space-1)", fontSize: 20 }}>
        Throughput forecast
      </h1>
      <p className="muted sheet-hint">
        For a backlog of similar items: forecasts from how many items the team actually finished per day (or
        week) recently, not from estimates. Nothing is stored.
      </p>
      <form
        className="throughput-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if ("body" in request && !run.isPending) run.mutate(request.body);
        }}
      >
        <div className="forecast-field throughput-csv">
          <label htmlFor={`${id}-csv`}>Items (CSV with created and finished dates, YYYY-MM-DD)</label>
          <textarea
            id={`${id}-csv`}
            rows={8}
            spellCheck={false}
            placeholder={"key,created,finished\nK-1,2027-01-04,2027-01-08\n…"}
            value={form.csv}
            aria-invalid={problems.csv !== undefined}
            aria-describedby={describedBy("csv")}
            onChange={(e) => set("csv", e.target.value)}
          />
          {problem("csv")}
          <span>
            <label htmlFor={`${id}-file`} className="muted">
              or upload a file:{" "}
            </label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file !== undefined) set("csv", await file.text());
              }}
            />
          </span>
        </div>
        <fieldset className="throughput-question">
          <legend>Question</legend>
          <div className="throughput-choice">
            <input
              type="radio"
              id={`${id}-when`}
              name={`${id}-question`}
              checked={form.question === "when"}
              onChange={() => set("question", "when")}
            />
            <label htmlFor={`${id}-when`}>When will</label>
            <input
              aria-label="Items remaining"
              inputMode="numeric"
              style={{ width: 80 }}
              value={form.remaining}
              disabled={form.question !== "when"}
              aria-invalid={problems.remaining !== undefined}
              aria-describedby={describedBy("remaining")}
              onChange={(e) => set("remaining", e.target.value)}
            />
            <span>items be done?</span>
            {problem("remaining")}
          </div>
          <div className="throughput-choice">
            <input
              type="radio"
              id={`${id}-how-many`}
              name={`${id}-question`}
              checked={form.question === "howMany"}
              onChange={() => set("question", "howMany")}
            />
            <label htmlFor={`${id}-how-many`}>How many items by the end of</label>
            <input
              type="date"
              aria-label="Done by"
              value={form.by}
              disabled={form.question !== "howMany"}
              aria-invalid={problems.by !== undefined}
              aria-describedby={describedBy("by")}
              onChange={(e) => set("by", e.target.value)}
            />
            {problem("by")}
          </div>
        </fieldset>
        <div className="forecast-options">
          <div className="forecast-field">
            <label htmlFor={`${id}-window`}>History window (days)</label>
            <input
              id={`${id}-window`}
              inputMode="numeric"
              style={{ width: 96 }}
              value={form.window}
              aria-invalid={problems.window !== undefined}
              aria-describedby={describedBy("window")}
              onChange={(e) => set("window", e.target.value)}
            />
            {problem("window")}
          </div>
          <div className="forecast-field">
            <label htmlFor={`${id}-as-of`}>Forecast from (optional)</label>
            <input
              id={`${id}-as-of`}
              type="date"
              value={form.asOf}
              onChange={(e) => set("asOf", e.target.value)}
            />
          </div>
          <label className="throughput-check">
            <input type="checkbox" checked={form.weekly} onChange={(e) => set("weekly", e.target.checked)} />
            Sample whole weeks (instead of four-week runs of days)
          </label>
          <label className="throughput-check">
            <input
              type="checkbox"
              checked={form.excludeWeekends && !form.weekly}
              disabled={form.weekly}
              onChange={(e) => set("excludeWeekends", e.target.checked)}
            />
            Leave out weekends
          </label>
          <button type="submit" className="btn btn-primary" disabled={run.isPending}>
            {run.isPending ? "Forecasting…" : "Forecast"}
          </button>
        </div>
      </form>
      {run.isError && (
        <p className="form-error" role="alert">
          {run.error.message}
        </p>
      )}
      {run.data !== undefined && <Answer answer={run.data} />}
    </section>
  );
}

function Answer({ answer: a }: { readonly answer: ThroughputAnswer }) {
  const id = useId();
  const unit = a.sampling === "weekly" ? "weeks" : a.excludeWeekends ? "working days" : "days";
  const samples = a.sampling === "weekly" ? Math.round((a.windowEnd - a.windowStart + 1) / 7) : undefined;
  return (
    <section className="card throughput-answer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {"remaining" in a
          ? `When will ${a.remaining.toLocaleString()} items be done?`
          : `How many items by the end of ${formatDate(a.by)}?`}
      </h2>
      <table className="table throughput-result">
        <thead>
          <tr>
            <th scope="col">Likelihood</th>
            <th scope="col" className="num">
              {"remaining" in a ? "Done by" : "Items, at least"}
            </th>
            {"remaining" in a && (
              <th scope="col" className="num">
                Days from {formatDate(a.asOf)}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {KEYS.map((k) => (
            <tr key={k}>
              <th scope="row">
                {k.toUpperCase()} <span className="muted">({k.slice(1)} % of runs)</span>
              </th>
              <td className="num">
                {"remaining" in a ? formatDate(a.finish[k]) : a.items[k].toLocaleString()}
              </td>
              {"remaining" in a && <td className="num">{a.finishOffsetDays[k] + 1}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="throughput-history">
        History: {a.historyItems.toLocaleString()} items used; window {formatDate(dayText(a.windowStart))} –{" "}
        {formatDate(dayText(a.windowEnd))}: {a.total.toLocaleString()} items finished
        {samples === undefined ? "" : ` in ${samples} weeks`},{" "}
        {a.sampling === "block"
          ? `replayed in runs of ${a.blockDays ?? 28} ${unit === "days" ? "days" : "days, weekends left out"}`
          : `sampled by ${unit === "weeks" ? "week" : unit === "days" ? "day" : "working day"}`}
        . Forecast from {formatDate(a.asOf)}; {a.iterations.toLocaleString()} runs, seed {a.seed}.
      </p>
      {a.total < 10 && (
        <p className="forecast-outdated">
          Only {a.total} item{a.total === 1 ? "" : "s"} finished in the window: choose a start when the team
          was working, or widen the window.
        </p>
      )}
      {a.dropped.rows === 0 ? (
        <p className="muted">No rows dropped.</p>
      ) : (
        <div className="throughput-dropped">
          <h3>
            {a.dropped.rows.toLocaleString()} row{a.dropped.rows === 1 ? "" : "s"} dropped
          </h3>
          <ul>
            {a.dropped.first.map((d) => (
              <li key={d.line}>
                Line {d.line}: {d.reason} ({d.detail})
              </li>
            ))}
            {a.dropped.rows > a.dropped.first.length && (
              <li className="muted">
                … and {(a.dropped.rows - a.dropped.first.length).toLocaleString()} more
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
