import {
  type DashboardTrends,
  formatRatio,
  formatWorkingDays,
  type IssueAgeBand,
  type TrendPoint,
} from "@keel/engine";
import { Link } from "react-router";
import { formatDate, formatDays, shortDate } from "../ui/format.js";
import { CHART_HEIGHT, ChartCard, ChartFrame } from "./ChartCard.js";
import { ageBars, burnUpChart, floatChart, indexChart, milestoneChart, type Series } from "./trend-charts.js";

/** A label about every 90 px. */
const ticksFor = (width: number) => Math.max(2, Math.floor(width / 90));

const xLabels = (ticks: readonly { x: number; date: string }[]) =>
  ticks.map((t) => ({ x: t.x, label: shortDate(t.date) }));

const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v)} %`);
const ratio = (v: number | null) => (v === null ? "—" : formatRatio(v));

/** Says what to do before a trend can be drawn. */
function NoReports({ statusPath }: { readonly statusPath: string }) {
  return (
    <p className="muted">
      Send your first status report to start the trends: each report adds a point.{" "}
      <Link to={statusPath}>Go to status reports</Link>
    </p>
  );
}

/** The dots of a series, each with its date and value as a tooltip. */
function Dots({ series, name, format }: { series: Series; name: string; format: (v: number) => string }) {
  return series.dots.map((d) => (
    <circle key={d.date} cx={d.x} cy={d.y} r={3.5} className="chart-dot">
      <title>{`${formatDate(d.date)}: ${name} ${format(d.value)}`}</title>
    </circle>
  ));
}

interface TrendProps {
  readonly points: readonly TrendPoint[];
  readonly statusPath: string;
}

/** SPI and CPI per report against 1.0 (on plan), with the 0.9 and 0.8 lines where the rules turn AMBER and RED. */
export function IndexTrend({ points, statusPath }: TrendProps) {
  const last = points.at(-1);
  return (
    <ChartCard
      title="SPI and CPI"
      legend={
        <>
          <span className="key key-spi" /> SPI <span className="key key-cpi" /> CPI{" "}
          <span className="key key-threshold" /> 0.9 / 0.8 thresholds
        </>
      }
      headline={
        last === undefined ? undefined : (
          <>
            <strong>{ratio(last.SPI)}</strong> <span className="muted">SPI</span> ·{" "}
            <strong>{ratio(last.CPI)}</strong>{" "}
            <span className="muted">CPI, as of {formatDate(last.asOf)}</span>
          </>
        )
      }
      empty={points.length === 0 ? <NoReports statusPath={statusPath} /> : undefined}
    >
      {(width) => {
        const chart = indexChart(points, { width, height: CHART_HEIGHT }, ticksFor(width));
        return (
          <>
            <ChartFrame
              width={width}
              label={`Schedule and cost performance over ${points.length} reports; latest SPI ${ratio(last?.SPI ?? null)}, CPI ${ratio(last?.CPI ?? null)}. The table that follows lists them.`}
              yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: v.toFixed(1) }))}
              xTicks={xLabels(chart.time.ticks)}
            >
              <line
                className="chart-threshold threshold-red"
                x1={0}
                x2={width}
                y1={chart.red}
                y2={chart.red}
              />
              <line
                className="chart-threshold threshold-amber"
                x1={0}
                x2={width}
                y1={chart.amber}
                y2={chart.amber}
              />
              <line className="chart-on-plan" x1={0} x2={width} y1={chart.onPlan} y2={chart.onPlan} />
              <text className="axis-label" x={width - 2} y={chart.onPlan - 4} textAnchor="end">
                on plan
              </text>
              <path className="chart-line line-cpi" d={chart.cpi.path} />
              <path className="chart-line line-spi" d={chart.spi.path} />
              <g className="dots-cpi">
                <Dots series={chart.cpi} name="CPI" format={formatRatio} />
              </g>
              <g className="dots-spi">
                <Dots series={chart.spi} name="SPI" format={formatRatio} />
              </g>
            </ChartFrame>
            <table className="visually-hidden">
              <caption>SPI and CPI in each report</caption>
              <thead>
                <tr>
                  <th scope="col">As of</th>
                  <th scope="col">SPI</th>
                  <th scope="col">CPI</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.asOf}>
                    <td>{formatDate(p.asOf)}</td>
                    <td>{ratio(p.SPI)}</td>
                    <td>{ratio(p.CPI)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </ChartCard>
  );
}

/** Each milestone's forecast date per report: flat holds, rising slips; the diagonal is "reached". */
export function MilestoneTrendChart({
  trends,
  statusPath,
}: {
  readonly trends: DashboardTrends;
  readonly statusPath: string;
}) {
  const dates = trends.points.map((p) => p.asOf);
  return (
    <ChartCard
      title="Milestone trend"
      legend={
        <>
          <span className="key key-diagonal" /> reached (forecast = report date)
        </>
      }
      empty={
        trends.points.length === 0 ? (
          <NoReports statusPath={statusPath} />
        ) : trends.milestones.length === 0 ? (
          <p className="muted">The plan has no milestones: add one to follow its forecast date here.</p>
        ) : undefined
      }
    >
      {(width) => {
        const chart = milestoneChart(
          trends.milestones,
          dates,
          { width, height: CHART_HEIGHT },
          ticksFor(width),
        );
        return (
          <>
            <ChartFrame
              width={width}
              label={`Forecast date of ${chart.lines.length} milestones in each of ${dates.length} reports. The list and table that follow give the dates.`}
              yTicks={chart.yTicks.map((t) => ({ y: t.y, label: shortDate(t.date) }))}
              xTicks={xLabels(chart.time.ticks)}
            >
              <path className="chart-diagonal" d={chart.diagonal} />
              {chart.lines.map((line, k) => (
                <g key={line.id} className={`milestone-line ms-${k % 6}`}>
                  <path className="chart-line" d={line.path} />
                  {line.dots.map((d) => (
                    <circle key={d.asOf} cx={d.x} cy={d.y} r={3.5} className="chart-dot">
                      <title>{`${line.name}: forecast ${formatDate(d.forecast)} in the report of ${formatDate(d.asOf)}`}</title>
                    </circle>
                  ))}
                  {line.dots.length > 0 && (
                    <text
                      className="milestone-number"
                      x={(line.dots.at(-1)?.x ?? 0) + 7}
                      y={(line.dots.at(-1)?.y ?? 0) + 4}
                    >
                      {k + 1}
                    </text>
                  )}
                </g>
              ))}
            </ChartFrame>
            <ol className="milestone-legend">
              {chart.lines.map((line, k) => {
                const trend = trends.milestones.find((m) => m.id === line.id);
                const last = line.dots.at(-1);
                return (
                  <li key={line.id} className={`ms-${k % 6}`}>
                    <span className="key key-line" aria-hidden="true" /> {line.name}
                    <span className="muted">
                      {" "}
                      · {last === undefined ? "" : formatDate(last.forecast)}
                      {trend?.baseline == null ? "" : ` (baseline ${formatDate(trend.baseline)})`}
                    </span>
                  </li>
                );
              })}
            </ol>
            {chart.reachedBefore > 0 && (
              <p className="muted chart-note">
                {chart.reachedBefore === 1
                  ? "1 milestone reached before the first report is left out."
                  : `${chart.reachedBefore} milestones reached before the first report are left out.`}
              </p>
            )}
            <table className="visually-hidden">
              <caption>Forecast date of each milestone in each report</caption>
              <thead>
                <tr>
                  <th scope="col">Milestone</th>
                  {dates.map((d) => (
                    <th key={d} scope="col">
                      {formatDate(d)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trends.milestones.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    {dates.map((d) => {
                      const p = m.points.find((x) => x.asOf === d);
                      return <td key={d}>{p === undefined ? "" : formatDate(p.forecast)}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </ChartCard>
  );
}

/** Percent complete against the percent planned by each report, and the hours done now. */
export function BurnUp({
  points,
  work,
  statusPath,
}: TrendProps & { readonly work: { readonly totalHours: number; readonly doneHours: number } }) {
  const share = work.totalHours > 0 ? (work.doneHours / work.totalHours) * 100 : null;
  return (
    <ChartCard
      title="Work done"
      legend={
        <>
          <span className="key key-done" /> done <span className="key key-planned" /> planned by then
        </>
      }
      headline={
        <>
          <strong>{work.doneHours.toLocaleString()}</strong> <span className="muted">of</span>{" "}
          <strong>{work.totalHours.toLocaleString()} h</strong>{" "}
          <span className="muted">of work done now{share === null ? "" : ` (${Math.round(share)} %)`}</span>
        </>
      }
      empty={
        points.length === 0 ? (
          <>
            <p className="chart-headline">
              <strong>{work.doneHours.toLocaleString()}</strong> <span className="muted">of</span>{" "}
              <strong>{work.totalHours.toLocaleString()} h</strong>{" "}
              <span className="muted">of work done now</span>
            </p>
            <NoReports statusPath={statusPath} />
          </>
        ) : undefined
      }
    >
      {(width) => {
        const chart = burnUpChart(points, { width, height: CHART_HEIGHT }, ticksFor(width));
        return (
          <>
            <ChartFrame
              width={width}
              label={`Percent complete against planned in each of ${points.length} reports. The table that follows lists them.`}
              yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: `${v} %` }))}
              xTicks={xLabels(chart.time.ticks)}
            >
              <path className="chart-line line-planned" d={chart.planned.path} />
              <path className="chart-line line-done" d={chart.done.path} />
              <g className="dots-planned">
                <Dots series={chart.planned} name="planned" format={(v) => percent(v)} />
              </g>
              <g className="dots-done">
                <Dots series={chart.done} name="done" format={(v) => percent(v)} />
              </g>
            </ChartFrame>
            <table className="visually-hidden">
              <caption>Percent complete and planned in each report</caption>
              <thead>
                <tr>
                  <th scope="col">As of</th>
                  <th scope="col">Done</th>
                  <th scope="col">Planned</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.asOf}>
                    <td>{formatDate(p.asOf)}</td>
                    <td>{percent(p.percentComplete)}</td>
                    <td>{percent(p.plannedPercentComplete)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </ChartCard>
  );
}

/** Working days of float on the critical path before the nearest deadline, per report. */
export function FloatTrend({ points, statusPath }: TrendProps) {
  const measured = points.filter((p) => p.criticalFloatDays !== null);
  const last = measured.at(-1);
  return (
    <ChartCard
      title="Critical path float"
      legend={
        <>
          <span className="key key-float" /> float before the nearest deadline
        </>
      }
      headline={
        last?.criticalFloatDays == null ? undefined : (
          <>
            <strong className={last.criticalFloatDays < 0 ? "critical" : undefined}>
              {formatWorkingDays(last.criticalFloatDays)}
            </strong>{" "}
            <span className="muted">
              {last.criticalFloatDays < 0 ? "past a deadline" : "to spare"}, as of {formatDate(last.asOf)}
            </span>
          </>
        )
      }
      empty={
        points.length === 0 ? (
          <NoReports statusPath={statusPath} />
        ) : measured.length === 0 ? (
          <p className="muted">
            No task has a deadline, so there is no float before one to follow. Give the plan's key milestone a
            deadline.
          </p>
        ) : undefined
      }
    >
      {(width) => {
        const chart = floatChart(points, { width, height: CHART_HEIGHT }, ticksFor(width));
        return (
          <>
            <ChartFrame
              width={width}
              label={`Float before the nearest deadline in each of ${points.length} reports, in working days. The table that follows lists them.`}
              yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: `${formatDays(v)}d` }))}
              xTicks={xLabels(chart.time.ticks)}
            >
              {chart.axis.min < 0 && (
                <rect
                  className="chart-below-zero"
                  x={0}
                  y={chart.zero}
                  width={width}
                  height={CHART_HEIGHT - chart.zero}
                />
              )}
              <line className="chart-zero" x1={0} x2={width} y1={chart.zero} y2={chart.zero} />
              <path className="chart-line line-float" d={chart.float.path} />
              <g className="dots-float">
                <Dots series={chart.float} name="float" format={(v) => formatWorkingDays(v)} />
              </g>
            </ChartFrame>
            <table className="visually-hidden">
              <caption>Float before the nearest deadline in each report</caption>
              <thead>
                <tr>
                  <th scope="col">As of</th>
                  <th scope="col">Float</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.asOf}>
                    <td>{formatDate(p.asOf)}</td>
                    <td>{p.criticalFloatDays === null ? "—" : formatWorkingDays(p.criticalFloatDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </ChartCard>
  );
}

const BAR_HEIGHT = 130;

/** Open issues by how long they have been open, today. */
export function IssuesByAge({
  issues,
  raidPath,
}: {
  readonly issues: { readonly bands: readonly IssueAgeBand[]; readonly undated: number };
  readonly raidPath: string;
}) {
  const open = issues.bands.reduce((n, b) => n + b.count, 0) + issues.undated;
  return (
    <ChartCard
      title="Open issues by age"
      headline={
        <>
          <strong>{open}</strong> <span className="muted">open {open === 1 ? "issue" : "issues"}</span>
          {issues.undated > 0 && (
            <span className="muted"> · {issues.undated} without a raised date, not in the bars</span>
          )}
        </>
      }
      empty={
        open === 0 ? (
          <p className="muted">
            No open issues. Issues raised in the <Link to={raidPath}>RAID log</Link> show here by age.
          </p>
        ) : undefined
      }
    >
      {(width) => {
        const chart = ageBars(issues.bands, { width, height: BAR_HEIGHT }, 16);
        return (
          <>
            <ChartFrame
              width={width}
              height={BAR_HEIGHT}
              label={`Open issues by age: ${issues.bands.map((b) => `${b.count} ${b.label}`).join(", ")}.`}
              yTicks={[0, chart.max / 2, chart.max]
                .filter((v) => Number.isInteger(v))
                .map((v) => ({ y: chart.y(v), label: String(v) }))}
              xTicks={chart.bars.map((b) => ({ x: b.x + b.width / 2, label: b.label }))}
            >
              {chart.bars.map((b) => (
                <g key={b.label} className="age-bar">
                  <title>{`${b.count} open ${b.count === 1 ? "issue" : "issues"} ${b.label}`}</title>
                  <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} />
                  {/* Inside a tall bar, where a label above would leave the chart. */}
                  <text
                    className={`age-count${b.height >= 20 ? " inside" : ""}`}
                    x={b.x + b.width / 2}
                    y={b.height >= 20 ? b.y + 15 : b.y - 4}
                    textAnchor="middle"
                  >
                    {b.count}
                  </text>
                </g>
              ))}
            </ChartFrame>
            <table className="visually-hidden">
              <caption>Open issues by age</caption>
              <thead>
                <tr>
                  <th scope="col">Open for</th>
                  <th scope="col">Issues</th>
                </tr>
              </thead>
              <tbody>
                {issues.bands.map((b) => (
                  <tr key={b.label}>
                    <td>{b.label}</td>
                    <td>
                      {b.count}
                      {b.issues.length > 0 ? ` (${b.issues.join(", ")})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </ChartCard>
  );
}
