import { useId, useRef } from "react";
import { formatDate, shortDate } from "../ui/format.js";
import { useWidth } from "../ui/use-width.js";
import { formatAmount } from "./evm-cards.js";
import { sCurveChart } from "./s-curve.js";
import type { EvmRecord } from "./tracking-queries.js";

const MIN_WIDTH = 420;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 56;
const TOP = 24;
const BOTTOM = 40;

/**
 * The earned value S-curve: planned value over the baseline, earned value and actual cost where
 * progress is known, the budget (and estimate) at completion, and the status date. EV (a dot) and AC
 * (a hollow square, so both show when they are equal) differ in shape as well as colour; the numbers
 * are in a table under the chart.
 */
export function SCurveChart({ evm }: { readonly evm: EvmRecord }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(MIN_WIDTH, useWidth(box, 720) - LEFT - RIGHT);
  const m = evm.project;
  const chart = sCurveChart(
    { curve: evm.curve, BAC: m.BAC, EAC: m.EAC, statusPeriod: m.AT, ES: m.ES, EV: m.EV },
    { width, height: HEIGHT },
  );
  const amount = (v: number) => formatAmount(v, evm.basis);
  const statusLabel = `Status date ${shortDate(evm.asOf)}`;
  const eacApart = chart.eacY !== undefined && Math.abs(chart.eacY - chart.bacY) >= 12;
  const rows = evm.curve.filter((p) => Number.isInteger(p.period) || p.ev !== null);
  return (
    <section className="card tracking-panel s-curve-card" aria-labelledby={`${id}-title`}>
      <div className="s-curve-head">
        <h3 id={`${id}-title`}>S-curve</h3>
        <span className="s-curve-legend muted" aria-hidden="true">
          <span className="key key-pv" /> planned value (PV) <span className="key key-ev" /> earned value (EV){" "}
          <span className="key key-ac" /> actual {evm.basis === "cost" ? "cost" : "hours"} (AC){" "}
          <span className="key key-bac" /> budget (BAC)
          {chart.eacY !== undefined && (
            <>
              {" "}
              <span className="key key-eac" /> estimate at completion (EAC)
            </>
          )}
        </span>
      </div>
      <div className="s-curve-scroll" ref={box}>
        <svg
          width={LEFT + width + RIGHT}
          height={TOP + HEIGHT + BOTTOM}
          role="img"
          aria-label={`S-curve from ${formatDate(evm.baselineStart)} to ${formatDate(evm.baselineFinish)}: as of ${formatDate(evm.asOf)} planned value ${amount(m.PV)}, earned value ${amount(m.EV)}, actual ${amount(m.AC)}, budget at completion ${amount(m.BAC)}. The table under the chart lists the points.`}
        >
          <g transform={`translate(${LEFT},${TOP})`}>
            {chart.yTicks.map((t) => (
              <g key={t.value}>
                <line className="chart-grid" x1={0} x2={width} y1={t.y} y2={t.y} />
                <text className="axis-label" x={-6} y={t.y + 4} textAnchor="end">
                  {amount(t.value)}
                </text>
              </g>
            ))}
            {chart.xLabels.map((l) => (
              <text key={l.date} className="axis-label" x={l.x} y={HEIGHT + 16} textAnchor="middle">
                {shortDate(l.date)}
              </text>
            ))}
            <line className="chart-base" x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} />
            <line className="bac-line" x1={0} x2={width} y1={chart.bacY} y2={chart.bacY} />
            <text className="level-label" x={width + 4} y={chart.bacY + 4}>
              BAC
            </text>
            {chart.eacY !== undefined && (
              <line className="eac-line" x1={chart.statusX} x2={width} y1={chart.eacY} y2={chart.eacY} />
            )}
            {chart.eacY !== undefined && eacApart && (
              <text className="level-label" x={width + 4} y={chart.eacY + 4}>
                EAC
              </text>
            )}
            <path className="pv-line" d={chart.pv} />
            <line className="status-line" x1={chart.statusX} x2={chart.statusX} y1={-8} y2={HEIGHT} />
            <text
              className="status-label"
              x={chart.statusX}
              y={-12}
              textAnchor={chart.statusX > width - 80 ? "end" : chart.statusX < 80 ? "start" : "middle"}
            >
              {statusLabel}
            </text>
            {chart.esGuide !== undefined && chart.esGuide.x2 - chart.esGuide.x1 > 2 && (
              <line
                className="es-guide"
                x1={chart.esGuide.x1}
                x2={chart.esGuide.x2}
                y1={chart.esGuide.y}
                y2={chart.esGuide.y}
              >
                <title>Earned schedule: the baseline planned this much work by the guide's left end</title>
              </line>
            )}
            {chart.acPath !== "" && <path className="ac-line" d={chart.acPath} />}
            {chart.evPath !== "" && <path className="ev-line" d={chart.evPath} />}
            {chart.ac.map((p) => (
              <rect key={`ac-${p.date}`} className="ac-point" x={p.x - 6} y={p.y - 6} width={12} height={12}>
                <title>{`Actual ${amount(p.value)} by ${formatDate(p.date)}`}</title>
              </rect>
            ))}
            {chart.ev.map((p) => (
              <circle key={`ev-${p.date}`} className="ev-point" cx={p.x} cy={p.y} r={4.5}>
                <title>{`Earned ${amount(p.value)} by ${formatDate(p.date)}`}</title>
              </circle>
            ))}
            <text className="axis-label" x={width / 2} y={HEIGHT + 34} textAnchor="middle">
              {evm.period === "day" ? "Working days" : "Weeks"} from the baseline start
            </text>
          </g>
        </svg>
      </div>
      <details className="s-curve-data">
        <summary>Show the numbers</summary>
        <table className="table">
          <caption className="visually-hidden">
            Planned value by date; earned value and actual where progress is known
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                PV
              </th>
              <th scope="col" className="num">
                EV
              </th>
              <th scope="col" className="num">
                AC
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.period}-${p.date}`}>
                <td>{p.period === 0 ? `${formatDate(p.date)}, start` : formatDate(p.date)}</td>
                <td className="num">{amount(p.pv)}</td>
                <td className="num">{p.ev === null ? "" : amount(p.ev)}</td>
                <td className="num">{p.ac === null ? "" : amount(p.ac)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
