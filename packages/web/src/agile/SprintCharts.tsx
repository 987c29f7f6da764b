import type { EstimateUnit } from "@keel/model";
import { CHART_HEIGHT, ChartCard, ChartFrame } from "../dashboard/ChartCard.js";
import { formatDate, shortDate } from "../ui/format.js";
import type { SprintReport } from "./agile-api.js";
import { sprintChart } from "./agile-charts.js";
import { formatEstimate } from "./estimate.js";

/** A label about every 90 px. */
export const ticksFor = (width: number) => Math.max(2, Math.floor(width / 90));

export const dateTicks = (ticks: readonly { x: number; date: string }[]) =>
  ticks.map((t) => ({ x: t.x, label: shortDate(t.date) }));

const number = (n: number) => (Math.round(n * 10) / 10).toLocaleString();

function Dots({
  dots,
  name,
  unit,
}: {
  readonly dots: readonly { x: number; y: number; date: string; value: number }[];
  readonly name: string;
  readonly unit: EstimateUnit;
}) {
  return dots.map((d) => (
    <circle key={d.date} cx={d.x} cy={d.y} r={3} className="chart-dot">
      <title>{`${formatDate(d.date)}: ${name} ${formatEstimate(d.value, unit)}`}</title>
    </circle>
  ));
}

interface SprintChartsProps {
  readonly report: SprintReport;
}

/** A sprint's burndown (left against the ideal line) and burn-up (done against the scope). */
export function SprintCharts({ report }: SprintChartsProps) {
  const { burndown, unit, sprint } = report;
  const days = burndown.days;
  const last = days.at(-1);
  const empty = days.length === 0 ? <p className="muted">The sprint has no days to draw yet.</p> : undefined;
  const table = (caption: string) => (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Remaining</th>
          <th scope="col">Ideal</th>
          <th scope="col">Done</th>
          <th scope="col">Scope</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date}>
            <td>{formatDate(d.date)}</td>
            <td>{number(d.remaining)}</td>
            <td>{number(d.ideal)}</td>
            <td>{number(d.done)}</td>
            <td>{number(d.scope)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <ChartCard
        title={`Burndown · ${sprint.name}`}
        legend={
          <>
            <span className="key key-remaining" /> remaining <span className="key key-ideal" /> ideal
          </>
        }
        headline={
          <>
            <strong data-figure="committed">{formatEstimate(report.committed, unit)}</strong>{" "}
            <span className="muted">committed ·</span>{" "}
            <strong data-figure="completed">{formatEstimate(report.completed, unit)}</strong>{" "}
            <span className="muted">done</span>
            {report.carriedOver.length > 0 && (
              <span className="muted"> · {report.carriedOver.length} carried over</span>
            )}
          </>
        }
        empty={empty}
      >
        {(width) => {
          const chart = sprintChart(days, { width, height: CHART_HEIGHT }, ticksFor(width));
          return (
            <>
              <ChartFrame
                width={width}
                label={`Burndown of ${sprint.name}: ${formatEstimate(burndown.committed, unit)} committed, ${formatEstimate(last?.remaining ?? 0, unit)} left on ${last === undefined ? "" : formatDate(last.date)}. The table that follows lists each day.`}
                yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: number(v) }))}
                xTicks={dateTicks(chart.time.ticks)}
              >
                <path className="chart-line line-ideal" d={chart.ideal.path} />
                <path className="chart-line line-remaining" d={chart.remaining.path} />
                <g className="dots-remaining">
                  <Dots dots={chart.remaining.dots} name="remaining" unit={unit} />
                </g>
              </ChartFrame>
              {table(`Burndown of ${sprint.name}, by day (${unit})`)}
            </>
          );
        }}
      </ChartCard>
      <ChartCard
        title={`Burn-up · ${sprint.name}`}
        legend={
          <>
            <span className="key key-done" /> done <span className="key key-scope" /> scope
          </>
        }
        headline={
          <>
            <strong>{formatEstimate(last?.done ?? 0, unit)}</strong> <span className="muted">done of</span>{" "}
            <strong>{formatEstimate(last?.scope ?? 0, unit)}</strong>
            <span className="muted">
              {burndown.added > 0 && ` · ${formatEstimate(burndown.added, unit)} added after the start`}
              {burndown.removed > 0 && ` · ${formatEstimate(burndown.removed, unit)} removed`}
            </span>
          </>
        }
        empty={empty}
      >
        {(width) => {
          const chart = sprintChart(days, { width, height: CHART_HEIGHT }, ticksFor(width));
          return (
            <>
              <ChartFrame
                width={width}
                label={`Burn-up of ${sprint.name}: ${formatEstimate(last?.done ?? 0, unit)} done of a scope of ${formatEstimate(last?.scope ?? 0, unit)}. The table that follows lists each day.`}
                yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: number(v) }))}
                xTicks={dateTicks(chart.time.ticks)}
              >
                <path className="chart-line line-scope" d={chart.scope.path} />
                <path className="chart-line line-done" d={chart.done.path} />
                <g className="dots-done">
                  <Dots dots={chart.done.dots} name="done" unit={unit} />
                </g>
              </ChartFrame>
              {table(`Burn-up of ${sprint.name}, by day (${unit})`)}
            </>
          );
        }}
      </ChartCard>
    </>
  );
}
