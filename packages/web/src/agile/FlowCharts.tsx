import type { CumulativeFlow, CycleTimes, ThroughputWeek, VelocityPoint } from "@keel/engine";
import type { EstimateUnit } from "@keel/model";
import { CHART_HEIGHT, ChartCard, ChartFrame } from "../dashboard/ChartCard.js";
import { ageBars } from "../dashboard/trend-charts.js";
import { formatDate, shortDate } from "../ui/format.js";
import { cycleChart, flowChart, velocityChart } from "./agile-charts.js";
import { formatEstimate } from "./estimate.js";
import { dateTicks, ticksFor } from "./SprintCharts.js";

const BAR_HEIGHT = 150;
const number = (n: number) => (Math.round(n * 10) / 10).toLocaleString();
const days = (n: number) => `${number(n)} ${n === 1 ? "day" : "days"}`;

/** Committed against done per closed sprint: the team's velocity. */
export function VelocityChart({
  points,
  unit,
  velocity,
}: {
  readonly points: readonly VelocityPoint[];
  readonly unit: EstimateUnit;
  readonly velocity: number | undefined;
}) {
  const said = points.map(
    (p) =>
      `${p.name}: committed ${formatEstimate(p.committed, unit)}, done ${formatEstimate(p.completed, unit)}`,
  );
  return (
    <ChartCard
      title="Velocity"
      legend={
        <>
          <span className="swatch bar-committed" /> committed <span className="swatch bar-completed" /> done
        </>
      }
      headline={
        velocity === undefined ? undefined : (
          <>
            <strong>{formatEstimate(velocity, unit)}</strong>{" "}
            <span className="muted">
              a sprint on average, over the last{" "}
              {Math.min(3, points.length) === 1 ? "sprint" : `${Math.min(3, points.length)} sprints`}
            </span>
          </>
        )
      }
      empty={
        points.length === 0 ? <p className="muted">Close a sprint to see its velocity here.</p> : undefined
      }
    >
      {(width) => {
        const chart = velocityChart(points, { width, height: BAR_HEIGHT });
        return (
          <>
            <ChartFrame
              width={width}
              height={BAR_HEIGHT}
              label={`Velocity per sprint. ${said.join("; ")}.`}
              yTicks={[0, chart.max / 2, chart.max].map((v) => ({ y: chart.y(v), label: number(v) }))}
              xTicks={chart.groups.map((g) => ({ x: g.centre, label: g.name }))}
            >
              {chart.groups.map((g, k) => (
                <g key={g.sprint} className="velocity-group">
                  <title>{said[k]}</title>
                  <rect className="bar-committed" {...rect(g.committed)} rx={2} />
                  <rect className="bar-completed" {...rect(g.completed)} rx={2} />
                  <text
                    className="bar-value"
                    x={g.committed.x + g.committed.width / 2}
                    y={g.committed.y - 4}
                    textAnchor="middle"
                  >
                    {number(g.committed.value)}
                  </text>
                  <text
                    className="bar-value"
                    x={g.completed.x + g.completed.width / 2}
                    y={g.completed.y - 4}
                    textAnchor="middle"
                  >
                    {number(g.completed.value)}
                  </text>
                </g>
              ))}
            </ChartFrame>
            <table className="visually-hidden" aria-label="Velocity per sprint">
              <caption>Committed and done per sprint ({unit})</caption>
              <thead>
                <tr>
                  <th scope="col">Sprint</th>
                  <th scope="col">Committed</th>
                  <th scope="col">Done</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.sprint} data-sprint={p.sprint}>
                    <th scope="row">{p.name}</th>
                    <td>{number(p.committed)}</td>
                    <td>{number(p.completed)}</td>
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

const rect = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x,
  y: b.y,
  width: b.width,
  height: Math.max(0, b.height),
});

/** Items in each status day by day, stacked: widening bands are queues, a flat top band is stalled work. */
export function FlowChart({ flow }: { readonly flow: CumulativeFlow }) {
  const last = flow.dates.length - 1;
  return (
    <ChartCard
      title="Cumulative flow"
      legend={flow.series.map((s, k) => (
        <span key={s.status} className="flow-key">
          <span className={`swatch flow-${s.category} flow-${k % 4}`} /> {s.name}
        </span>
      ))}
      empty={
        flow.dates.length === 0 || flow.series.length === 0 ? (
          <p className="muted">No item has moved yet in this period.</p>
        ) : undefined
      }
    >
      {(width) => {
        const chart = flowChart(flow, { width, height: CHART_HEIGHT }, ticksFor(width));
        return (
          <>
            <ChartFrame
              width={width}
              label={`Cumulative flow over ${flow.dates.length} days; at the end ${flow.series
                .map((s) => `${s.counts[last] ?? 0} ${s.name}`)
                .join(", ")}. The table that follows lists each week.`}
              yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: number(v) }))}
              xTicks={dateTicks(chart.time.ticks)}
            >
              {chart.areas.map((a) => (
                <path
                  key={a.status}
                  className={`flow-area flow-${a.category} flow-${a.index % 4}`}
                  d={a.path}
                >
                  <title>{a.name}</title>
                </path>
              ))}
            </ChartFrame>
            <table className="visually-hidden">
              <caption>Items in each status (every seventh day and the last)</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {flow.series.map((s) => (
                    <th key={s.status} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {flow.dates.map((d, i) =>
                  (last - i) % 7 === 0 ? (
                    <tr key={d}>
                      <td>{formatDate(d)}</td>
                      {flow.series.map((s) => (
                        <td key={s.status}>{s.counts[i] ?? 0}</td>
                      ))}
                    </tr>
                  ) : null,
                )}
              </tbody>
            </table>
          </>
        );
      }}
    </ChartCard>
  );
}

/** How long each finished item took, with the days within which half, 85 % and 95 % of them finished. */
export function CycleTimeChart({ cycle }: { readonly cycle: CycleTimes }) {
  return (
    <ChartCard
      title="Cycle time"
      legend={
        <>
          <span className="swatch cycle-dot-key" /> item <span className="key key-percentile" /> P50 / P85 /
          P95
        </>
      }
      headline={
        cycle.p85 === undefined ? undefined : (
          <>
            <strong>{days(cycle.p85)}</strong>{" "}
            <span className="muted">
              for 85 % of items · half within {number(cycle.p50 ?? 0)} · 95 % within {number(cycle.p95 ?? 0)}
            </span>
          </>
        )
      }
      empty={
        cycle.points.length === 0 ? <p className="muted">No item finished in this period.</p> : undefined
      }
    >
      {(width) => {
        const chart = cycleChart(cycle, { width, height: CHART_HEIGHT }, ticksFor(width));
        return (
          <>
            <ChartFrame
              width={width}
              label={`Cycle time of ${cycle.points.length} finished items: ${chart.lines
                .map((l) => `${l.label} ${days(l.days)}`)
                .join(", ")}. The table that follows lists them.`}
              yTicks={chart.axis.ticks.map((v) => ({ y: chart.axis.y(v), label: `${number(v)}d` }))}
              xTicks={dateTicks(chart.time.ticks)}
            >
              {chart.lines.map((l) => (
                <g key={l.label} className="percentile-line">
                  <line x1={0} x2={width} y1={l.y} y2={l.y} />
                  <text className="axis-label" x={width - 2} y={l.labelY} textAnchor="end">
                    {l.label} {number(l.days)}d
                  </text>
                </g>
              ))}
              {chart.dots.map((d) => (
                <circle key={d.item} className="cycle-dot" cx={d.x} cy={d.y} r={4}>
                  <title>{`${d.item}: ${d.days} days, finished ${formatDate(d.finished)}`}</title>
                </circle>
              ))}
            </ChartFrame>
            <table className="visually-hidden">
              <caption>Cycle time of each finished item</caption>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Finished</th>
                  <th scope="col">Days</th>
                </tr>
              </thead>
              <tbody>
                {cycle.points.map((p) => (
                  <tr key={p.item}>
                    <td>{p.item}</td>
                    <td>{formatDate(p.finished)}</td>
                    <td>{p.days}</td>
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

/** Items finished each week. */
export function ThroughputChart({ weeks }: { readonly weeks: readonly ThroughputWeek[] }) {
  const total = weeks.reduce((n, w) => n + w.count, 0);
  return (
    <ChartCard
      title="Weekly throughput"
      headline={
        <>
          <strong>{total}</strong> <span className="muted">items finished in {weeks.length} weeks</span>
        </>
      }
      empty={weeks.length === 0 ? <p className="muted">No item finished in this period.</p> : undefined}
    >
      {(width) => {
        const chart = ageBars(
          weeks.map((w) => ({ label: w.week, count: w.count, issues: [] })),
          { width, height: BAR_HEIGHT },
          weeks.length > 20 ? 2 : 6,
        );
        const every = Math.max(1, Math.ceil(weeks.length / ticksFor(width)));
        return (
          <>
            <ChartFrame
              width={width}
              height={BAR_HEIGHT}
              label={`Items finished per week over ${weeks.length} weeks, ${total} in all. The table that follows lists them.`}
              yTicks={[0, chart.max / 2, chart.max]
                .filter((v) => Number.isInteger(v))
                .map((v) => ({ y: chart.y(v), label: String(v) }))}
              xTicks={chart.bars
                .filter((_, i) => (chart.bars.length - 1 - i) % every === 0)
                .map((b) => ({ x: b.x + b.width / 2, label: shortDate(b.label) }))}
            >
              {chart.bars.map((b) => (
                <rect
                  key={b.label}
                  className="throughput-bar"
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  rx={2}
                >
                  <title>{`Week of ${formatDate(b.label)}: ${b.count} finished`}</title>
                </rect>
              ))}
            </ChartFrame>
            <table className="visually-hidden">
              <caption>Items finished per week</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col">Finished</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.week}>
                    <td>{formatDate(w.week)}</td>
                    <td>{w.count}</td>
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
