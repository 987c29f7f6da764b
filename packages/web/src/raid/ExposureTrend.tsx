import type { ExposurePoint } from "@keel/engine";
import { useId, useRef } from "react";
import { formatDate, shortDate } from "../ui/format.js";
import { useWidth } from "../ui/use-width.js";
import { trendChart } from "./exposure-chart.js";

const HEIGHT = 180;
const LEFT = 34;
const RIGHT = 30;
const TOP = 10;
const BOTTOM = 24;

/**
 * Total exposure of the open threats day by day, before their response (inherent) and after it
 * (residual), with how many were open; from the register's history. A hidden table gives screen
 * readers the same numbers.
 */
export function ExposureTrend({
  trend,
  today,
}: {
  readonly trend: readonly ExposurePoint[] | undefined;
  readonly today: string;
}) {
  const id = useId();
  const box = useRef<HTMLElement>(null);
  // The card's padding (16 px a side) is not drawing room.
  const width = Math.max(240, useWidth(box, 480) - 32 - LEFT - RIGHT);
  // A date label needs about 70 px.
  const chart = trendChart(
    trend ?? [],
    { width, height: HEIGHT },
    today,
    Math.max(2, Math.floor(width / 70)),
  );
  const last = trend?.at(-1);
  return (
    <section ref={box} className="card raid-card trend-card" aria-labelledby={`${id}-title`}>
      <div className="raid-card-head">
        <h3 id={`${id}-title`}>Exposure trend</h3>
        <span className="load-legend muted" aria-hidden="true">
          <span className="swatch trend-inherent" /> inherent <span className="swatch trend-residual" />{" "}
          residual <span className="swatch trend-open" /> open risks
        </span>
      </div>
      {trend === undefined ? (
        <p className="muted">Loading…</p>
      ) : trend.length === 0 ? (
        <p className="muted raid-card-empty">
          No history yet: the trend starts with the first risk added, and moves with every change to the
          register.
        </p>
      ) : (
        <>
          {last !== undefined && (
            <p className="trend-now">
              <strong>{last.inherent}</strong> <span className="muted">inherent</span> ·{" "}
              <strong>{last.residual}</strong> <span className="muted">residual</span> ·{" "}
              <strong>{last.open}</strong> <span className="muted">open</span>
            </p>
          )}
          <div className="trend-scroll">
            <svg
              width={LEFT + width + RIGHT}
              height={TOP + HEIGHT + BOTTOM}
              role="img"
              aria-label={`Exposure from ${formatDate(trend[0]?.date ?? today)}: now ${last?.inherent ?? 0} inherent, ${last?.residual ?? 0} residual, ${last?.open ?? 0} open risks. The table that follows lists every change.`}
            >
              <g transform={`translate(${LEFT},${TOP})`}>
                {[0, 0.5, 1].map((f) => (
                  <g key={f}>
                    <line
                      className="load-grid"
                      x1={0}
                      x2={width}
                      y1={chart.yExposure(chart.maxExposure * f)}
                      y2={chart.yExposure(chart.maxExposure * f)}
                    />
                    <text
                      className="axis-label"
                      x={-6}
                      y={chart.yExposure(chart.maxExposure * f) + 4}
                      textAnchor="end"
                    >
                      {Math.round(chart.maxExposure * f)}
                    </text>
                    {Number.isInteger(chart.maxOpen * f) && (
                      <text className="axis-label" x={width + 6} y={chart.yOpen(chart.maxOpen * f) + 4}>
                        {chart.maxOpen * f}
                      </text>
                    )}
                  </g>
                ))}
                <path className="trend-residual-area" d={chart.residualArea} />
                <path className="trend-line trend-open-line" d={chart.open} />
                <path className="trend-line trend-residual-line" d={chart.residual} />
                {/* On top: where no response is scored yet, inherent and residual are the same line. */}
                <path className="trend-line trend-inherent-line" d={chart.inherent} />
                {chart.marks.map((m) => (
                  <g key={m.point.date} className="trend-mark">
                    <title>{`${formatDate(m.point.date)}: inherent ${m.point.inherent}, residual ${m.point.residual}, ${m.point.open} open`}</title>
                    <rect x={m.x - 6} y={0} width={12} height={HEIGHT} fill="transparent" />
                    <circle
                      cx={m.x}
                      cy={chart.yExposure(m.point.inherent)}
                      r={2.5}
                      className="trend-dot-inherent"
                    />
                    <circle
                      cx={m.x}
                      cy={chart.yExposure(m.point.residual)}
                      r={2.5}
                      className="trend-dot-residual"
                    />
                  </g>
                ))}
                <line className="load-base" x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} />
                {chart.ticks.map((t) => (
                  <text
                    key={t.date}
                    className="axis-label"
                    x={t.x}
                    y={HEIGHT + 16}
                    textAnchor={t.x < 20 ? "start" : t.x > width - 20 ? "end" : "middle"}
                  >
                    {shortDate(t.date)}
                  </text>
                ))}
              </g>
            </svg>
          </div>
          <table className="visually-hidden">
            <caption>Exposure of the open threats at the end of each day the register changed</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Inherent</th>
                <th scope="col">Residual</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((p) => (
                <tr key={p.date}>
                  <td>{formatDate(p.date)}</td>
                  <td>{p.inherent}</td>
                  <td>{p.residual}</td>
                  <td>{p.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
