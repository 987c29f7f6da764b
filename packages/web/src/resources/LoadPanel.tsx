import type { LoadReport } from "@keel/engine";
import { type CSSProperties, type RefObject, useId, useLayoutEffect, useMemo, useState } from "react";
import type { Timescale } from "../plan/timescale.js";
import { formatDate } from "../ui/format.js";
import { formatHours, loadChart } from "./load-chart.js";
import "./resources.css";

const CHART_HEIGHT = 112;

interface LoadPanelProps {
  readonly open: boolean;
  readonly toggle: () => void;
  readonly load: LoadReport | undefined;
  readonly loading: boolean;
  /** The Gantt's timescale: bars sit under the days they count. */
  readonly scale: Timescale | undefined;
  /** Task names, for the tooltips and the over-allocation list. */
  readonly names: ReadonlyMap<string, string>;
  /** The chart's scroller, which the plan keeps at the table's sideways scroll. */
  readonly scroller: RefObject<HTMLDivElement | null>;
  /** The table's sideways scroll, for when the chart first appears. */
  readonly scrollX: RefObject<number>;
}

/**
 * The load histogram under the Gantt: one resource's demand per day (per week when zoomed out) against
 * its capacity, on the Gantt's own timescale. Over-allocated days are drawn in the danger colour and
 * listed as text with their tasks; each bar's tooltip names the tasks and hours.
 */
export function LoadPanel(props: LoadPanelProps) {
  const { open, toggle, load, loading, scale, names, scroller, scrollX } = props;
  const id = useId();
  const resources = load?.resources ?? [];
  const overBy = useMemo(() => {
    const map = new Map<string, LoadReport["overAllocations"][number][]>();
    for (const o of load?.overAllocations ?? []) map.set(o.resource, [...(map.get(o.resource) ?? []), o]);
    return map;
  }, [load]);
  const [picked, setPicked] = useState<string>();
  // Until someone picks, show the first over-allocated resource (else the first one).
  const shown =
    resources.find((r) => r.id === picked) ??
    resources.find((r) => overBy.has(r.id)) ??
    (resources[0] as LoadReport["resources"][number] | undefined);
  const chart = useMemo(
    () =>
      shown === undefined || scale === undefined || load === undefined
        ? undefined
        : loadChart(shown.periods, load.by, scale, CHART_HEIGHT),
    [shown, scale, load],
  );
  useLayoutEffect(() => {
    if (open && chart !== undefined && scroller.current !== null)
      scroller.current.scrollLeft = scrollX.current;
  }, [open, chart, scroller, scrollX]);
  const over = shown === undefined ? [] : (overBy.get(shown.id) ?? []);
  const taskNames = (ids: readonly string[]) => ids.map((t) => names.get(t) ?? t).join(", ");

  return (
    <section className={`load-panel ${open ? "is-open" : ""}`} aria-labelledby={`${id}-title`}>
      <div className="load-head">
        <h2 id={`${id}-title`} className="load-title">
          <button type="button" className="btn btn-small" aria-expanded={open} onClick={toggle}>
            <span aria-hidden="true">{open ? "▾" : "▸"}</span> Resource load
          </button>
        </h2>
        {open && resources.length > 0 && (
          <label className="load-picker">
            Resource
            <select value={shown?.id ?? ""} onChange={(e) => setPicked(e.target.value)}>
              {resources.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                  {overBy.has(r.id) ? " (over-allocated)" : ""}
                </option>
              ))}
            </select>
          </label>
        )}
        {open && shown !== undefined && (
          <span className="load-legend muted" aria-hidden="true">
            <span className="swatch demand" /> demand <span className="swatch over" /> over capacity{" "}
            <span className="swatch capacity" /> capacity{load?.by === "week" ? " · per week" : " · per day"}
          </span>
        )}
      </div>
      {open && (
        <div className="load-body" ref={scroller}>
          {resources.length === 0 ? (
            <p className="muted load-empty">
              {loading ? "Loading…" : "No work resources in this plan: add people on the Resources page."}
            </p>
          ) : (
            <div
              className="load-track"
              style={{ "--gantt-width": `${scale?.width ?? 0}px`, height: CHART_HEIGHT + 8 } as CSSProperties}
            >
              <div className="load-side">
                {shown !== undefined && (
                  <div className="load-summary" aria-live="polite">
                    <p>
                      <strong>{shown.name}</strong>{" "}
                      <span className="muted">
                        {formatHours(shown.demandHours)} planned of {formatHours(shown.capacityHours)}{" "}
                        available
                      </span>
                    </p>
                    {over.length === 0 ? (
                      <p className="load-ok">No over-allocation</p>
                    ) : (
                      <ul className="load-over">
                        {over.map((o) => (
                          <li key={o.from}>
                            <strong>
                              Over-allocated {formatDate(o.from)}
                              {o.to === o.from ? "" : ` – ${formatDate(o.to)}`}
                            </strong>{" "}
                            (+{formatHours(o.excessHours)}): {taskNames(o.tasks)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
                {chart !== undefined && (
                  <div className="load-axis" aria-hidden="true">
                    <span style={{ top: 0 }}>{formatHours(chart.maxHours)}</span>
                    <span style={{ top: CHART_HEIGHT / 2 }}>{formatHours(chart.maxHours / 2)}</span>
                    <span style={{ top: CHART_HEIGHT }}>0 h</span>
                  </div>
                )}
              </div>
              {chart !== undefined && shown !== undefined && (
                <svg
                  className="load-chart"
                  width={scale?.width ?? 0}
                  height={CHART_HEIGHT + 8}
                  role="img"
                  aria-label={`${shown.name}: demand against capacity per ${load?.by ?? "day"}`}
                >
                  <g transform="translate(0,4)">
                    <line className="load-grid" x1={0} x2={scale?.width ?? 0} y1={0} y2={0} />
                    <line
                      className="load-grid"
                      x1={0}
                      x2={scale?.width ?? 0}
                      y1={CHART_HEIGHT / 2}
                      y2={CHART_HEIGHT / 2}
                    />
                    {chart.bars.map((b) =>
                      b.height <= 0 ? null : (
                        <rect
                          key={b.start}
                          className={b.over ? "load-bar over" : "load-bar"}
                          x={b.x}
                          y={b.y}
                          width={b.width}
                          height={b.height}
                        >
                          <title>
                            {`${formatDate(b.start)}${load?.by === "week" ? " (week)" : ""}: ${formatHours(b.period.demandHours)} of ${formatHours(b.period.capacityHours)}${b.over ? " — over-allocated" : ""}\n`}
                            {b.period.tasks
                              .map((t) => `${names.get(t.id) ?? t.id}: ${formatHours(t.hours)}`)
                              .join("\n")}
                          </title>
                        </rect>
                      ),
                    )}
                    <path className="load-capacity" d={chart.capacityPath} />
                    <line
                      className="load-base"
                      x1={0}
                      x2={scale?.width ?? 0}
                      y1={CHART_HEIGHT}
                      y2={CHART_HEIGHT}
                    />
                  </g>
                </svg>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
