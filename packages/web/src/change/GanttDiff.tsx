import type { DateShift } from "@keel/engine";
import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { GanttHeader } from "../plan/GanttHeader.js";
import { ROW_HEIGHT } from "../plan/gantt-geometry.js";
import { wallMinutes } from "../plan/timescale.js";
import { formatDate } from "../ui/format.js";
import { type DiffBar, type DiffRow, diffRows, diffScale, type MovedTask } from "./gantt-diff.js";

/** Width of the task names beside the bars. */
const LABEL_WIDTH = 180;
/** The new bar sits in the upper part of the row, the old one (thinner, outlined) under it. */
const AFTER_Y = 5;
const AFTER_H = 12;
const BEFORE_Y = 20;
const BEFORE_H = 6;

interface GanttDiffProps {
  readonly rows: readonly MovedTask[];
  readonly finish: DateShift;
}

const STATUS_TAGS = { added: "new", removed: "removed", moved: "" } as const;

/**
 * The tasks a change moves, adds or removes, on one timescale: each new bar solid (red when
 * critical after the change) over its old bar as an outline, and the project finish before (dashed)
 * and after (solid). The zoom is the closest one at which the whole span fits the panel.
 */
export function GanttDiff({ rows, finish }: GanttDiffProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  const empty = rows.length === 0;
  useLayoutEffect(() => {
    if (empty) return;
    const element = box.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [empty]);
  const scale = useMemo(
    () => diffScale(rows, [finish.before, finish.after], Math.max(200, width - LABEL_WIDTH - 2)),
    [rows, finish.before, finish.after, width],
  );
  const geometry = useMemo(() => diffRows(rows, scale), [rows, scale]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const height = geometry.length * ROW_HEIGHT;
  const beforeX = scale.x(wallMinutes(finish.before));
  const afterX = scale.x(wallMinutes(finish.after));

  if (empty) return <p className="muted gantt-diff-none">No task’s dates move.</p>;

  return (
    <figure className="gantt-diff" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <span className="gantt-diff-title">
          {rows.length} task{rows.length === 1 ? "" : "s"} move{rows.length === 1 ? "s" : ""}
        </span>
        <span className="gantt-diff-legend" aria-hidden="true">
          <span className="swatch diff-after" /> after
          <span className="swatch diff-after critical" /> critical after
          <span className="swatch diff-before" /> before
          <span className="swatch diff-finish-before" /> finish before
          <span className="swatch diff-finish-after" /> finish after
        </span>
      </figcaption>
      <div className="gantt-diff-grid" ref={box}>
        <div className="gantt-diff-labels" style={{ width: LABEL_WIDTH }}>
          <div className="gantt-diff-corner" style={{ height: ROW_HEIGHT }}>
            Task
          </div>
          <ul>
            {geometry.map((g) => {
              const r = byId.get(g.id);
              return (
                <li key={g.id} data-task={g.id} className={`diff-${g.status}`} style={{ height: ROW_HEIGHT }}>
                  <span className="gantt-diff-name" title={g.name}>
                    {g.name}
                  </span>
                  {STATUS_TAGS[g.status] !== "" && <span className="diff-tag">{STATUS_TAGS[g.status]}</span>}
                  <span className="visually-hidden">{r === undefined ? "" : datesText(r)}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="gantt-diff-chart">
          <GanttHeader scale={scale} />
          <svg width={scale.width} height={height} className="gantt-diff-bars" aria-hidden="true">
            {geometry.map((g, i) => (
              <g key={g.id} transform={`translate(0,${i * ROW_HEIGHT})`}>
                <line className="diff-row-rule" x1={0} x2={scale.width} y1={ROW_HEIGHT} y2={ROW_HEIGHT} />
                {g.before !== undefined && <Shape row={g} bar={g.before} side="before" />}
                {g.after !== undefined && <Shape row={g} bar={g.after} side="after" />}
                <title>
                  {byId.get(g.id) === undefined
                    ? g.name
                    : `${g.name}: ${datesText(byId.get(g.id) as MovedTask)}`}
                </title>
              </g>
            ))}
            <line className="diff-finish-before" x1={beforeX} x2={beforeX} y1={0} y2={height} />
            <line className="diff-finish-after" x1={afterX} x2={afterX} y1={0} y2={height} />
          </svg>
        </div>
      </div>
    </figure>
  );
}

function Shape({
  row,
  bar,
  side,
}: {
  readonly row: DiffRow;
  readonly bar: DiffBar;
  readonly side: "before" | "after";
}) {
  const y = side === "after" ? AFTER_Y : BEFORE_Y;
  const h = side === "after" ? AFTER_H : BEFORE_H;
  const className = `diff-${side}${bar.critical ? " critical" : ""}`;
  if (row.kind === "milestone") {
    const r = side === "after" ? 7 : 5;
    const cy = y + h / 2;
    return <path className={className} d={`M${bar.x},${cy - r} l${r},${r} l${-r},${r} l${-r},${-r} z`} />;
  }
  return (
    <rect className={className} x={bar.x} y={y} width={bar.width} height={h} rx={side === "after" ? 3 : 2} />
  );
}

/** The dates a row moves between, for its tooltip and for screen readers. */
function datesText(r: MovedTask): string {
  const span = (d: { start: string; finish: string }) =>
    d.start.slice(0, 10) === d.finish.slice(0, 10)
      ? formatDate(d.start)
      : `${formatDate(d.start)} – ${formatDate(d.finish)}`;
  if (r.before === null) return `added, ${span(r.after as { start: string; finish: string })}`;
  if (r.after === null) return `removed (was ${span(r.before)})`;
  return `${span(r.before)} → ${span(r.after)}`;
}
