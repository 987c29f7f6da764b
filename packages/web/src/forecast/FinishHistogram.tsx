import type { ForecastResult } from "@keel/engine";
import { useId, useRef } from "react";
import { formatDate, shortDate } from "../ui/format.js";
import { useWidth } from "../ui/use-width.js";
import { formatShare, histogramChart } from "./forecast-chart.js";

const MIN_WIDTH = 480;
const HEIGHT = 220;
const LEFT = 48;
const RIGHT = 48;
const TOP = 28;
const BOTTOM = 40;

/**
 * Finish dates of all runs as a histogram (bars: runs finishing in each span, left axis) with the
 * S-curve over it (share of runs finished by then, right axis), and P50 and P80 marked. The numbers
 * are also in a visually hidden table for screen readers.
 */
export function FinishHistogram({ result }: { readonly result: ForecastResult }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const WIDTH = Math.max(MIN_WIDTH, useWidth(box, 720) - LEFT - RIGHT);
  const chart = histogramChart(
    result.histogram,
    { P50: result.finishWorkingDays.p50, P80: result.finishWorkingDays.p80 },
    { width: WIDTH, height: HEIGHT },
  );
  const date = { P50: result.finish.p50, P80: result.finish.p80 } as Record<string, string>;
  return (
    <section className="card forecast-histogram" aria-labelledby={`${id}-title`}>
      <div className="toolbar" style={{ marginBottom: "var(--space-2)" }}>
        <h3 id={`${id}-title`} style={{ margin: 0 }}>
          Finish dates over {result.iterations.toLocaleString()} runs
        </h3>
        <span className="load-legend muted" aria-hidden="true">
          <span className="swatch forecast-runs" /> runs finishing then{" "}
          <span className="swatch forecast-curve" /> finished by then (S-curve)
        </span>
      </div>
      <div className="histogram-scroll" ref={box}>
        <svg
          width={LEFT + WIDTH + RIGHT}
          height={TOP + HEIGHT + BOTTOM}
          role="img"
          aria-label={`Histogram of finish dates: P50 ${formatDate(result.finish.p50)}, P80 ${formatDate(result.finish.p80)}, from ${formatDate(result.histogram[0]?.start ?? result.start)} to ${formatDate(result.histogram.at(-1)?.end ?? result.start)}. The table that follows lists every bar.`}
        >
          <g transform={`translate(${LEFT},${TOP})`}>
            {[0, 0.5, 1].map((f) => (
              <g key={f}>
                <line className="load-grid" x1={0} x2={WIDTH} y1={chart.yShare(f)} y2={chart.yShare(f)} />
                <text className="axis-label" x={-6} y={chart.yShare(f) + 4} textAnchor="end">
                  {Math.round(chart.maxCount * f).toLocaleString()}
                </text>
                <text className="axis-label" x={WIDTH + 6} y={chart.yShare(f) + 4}>
                  {Math.round(f * 100)} %
                </text>
              </g>
            ))}
            {chart.bars.map((b) => (
              <rect
                key={b.bin.end}
                className="forecast-bar"
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
              >
                <title>{`${b.bin.count.toLocaleString()} runs finish ${formatDate(b.bin.start)} – ${formatDate(b.bin.end)}; ${formatShare(b.bin.cumulative)} by then`}</title>
              </rect>
            ))}
            <path className="s-curve" d={chart.curve} />
            {chart.marks.map((m) => (
              <g key={m.label} className="percentile-mark">
                <line x1={m.x} x2={m.x} y1={-6} y2={HEIGHT} />
                <text x={m.x} y={-10} textAnchor={m.x > WIDTH - 60 ? "end" : m.x < 60 ? "start" : "middle"}>
                  {m.label} {shortDate(date[m.label] ?? "")}
                </text>
              </g>
            ))}
            <line className="load-base" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
            {chart.labelled.map((i) => {
              const bar = chart.bars[i];
              if (bar === undefined) return null;
              return (
                <text
                  key={i}
                  className="axis-label"
                  x={bar.x + bar.width}
                  y={HEIGHT + 16}
                  textAnchor="middle"
                >
                  {shortDate(bar.bin.end)}
                </text>
              );
            })}
            <text className="axis-label" x={WIDTH / 2} y={HEIGHT + 34} textAnchor="middle">
              Finish date
            </text>
          </g>
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>Runs finishing in each span of dates, and the share finished by its end</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Runs</th>
            <th scope="col">Finished by then</th>
          </tr>
        </thead>
        <tbody>
          {result.histogram.map((b) => (
            <tr key={b.end}>
              <td>{formatDate(b.start)}</td>
              <td>{formatDate(b.end)}</td>
              <td>{b.count}</td>
              <td>{formatShare(b.cumulative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
