import type { TaskResult } from "@keel/engine";
import { memo, useMemo } from "react";
import type { LinkRecord } from "../api/types.js";
import { barGeometry, linkPath, ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";

interface GanttLinksProps {
  readonly tasks: readonly TaskResult[];
  readonly links: readonly LinkRecord[];
  readonly row: ReadonlyMap<string, number>;
  readonly scale: Timescale;
  /** Rows currently rendered; only links touching them are drawn. */
  readonly first: number;
  readonly last: number;
  readonly today: number | undefined;
  readonly statusDate: number | undefined;
  /** The progress line's path, when it is shown. */
  readonly progressLine?: string | undefined;
}

/**
 * The layer over all rows: link arrows of the rendered rows, the today and status-date lines, the
 * progress line. Drawn again only when one of them changes, not with every edit of a cell.
 */
export const GanttLinks = memo(function GanttLinks(props: GanttLinksProps) {
  const { tasks, links, row, scale, first, last, today, statusDate, progressLine } = props;
  const height = tasks.length * ROW_HEIGHT;
  // A date outside the timeline (today, long before the plan starts) would be drawn over the table.
  const inside = (minute: number) => minute >= scale.origin && minute <= scale.end;
  // The rows each link spans, worked out once per plan: scrolling only compares numbers.
  const spans = useMemo(() => {
    const from = new Int32Array(links.length).fill(-1);
    const to = new Int32Array(links.length).fill(-1);
    links.forEach((link, i) => {
      from[i] = row.get(link.from) ?? -1;
      to[i] = row.get(link.to) ?? -1;
    });
    return { from, to };
  }, [links, row]);
  const drawn = [];
  for (let i = 0; i < links.length; i++) {
    const a = spans.from[i] as number;
    const b = spans.to[i] as number;
    if (a < 0 || b < 0) continue;
    if (Math.max(a, b) < first || Math.min(a, b) > last) continue;
    const link = links[i] as LinkRecord;
    const from = tasks[a] as TaskResult;
    const to = tasks[b] as TaskResult;
    const critical = from.critical && to.critical;
    drawn.push(
      <path
        key={link.id}
        className={critical ? "link critical" : "link"}
        d={linkPath(
          link.type,
          { bar: barGeometry(from, scale), row: a },
          { bar: barGeometry(to, scale), row: b },
        )}
        markerEnd={critical ? "url(#arrow-critical)" : "url(#arrow)"}
      />,
    );
  }
  return (
    <svg width={scale.width} height={height} className="gantt-links" aria-hidden="true">
      <defs>
        <marker id="arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" className="arrowhead" />
        </marker>
        <marker
          id="arrow-critical"
          viewBox="0 0 6 6"
          refX="6"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L6,3 L0,6 z" className="arrowhead critical" />
        </marker>
      </defs>
      {today !== undefined && inside(today) && (
        <line className="today" x1={scale.x(today)} x2={scale.x(today)} y1={0} y2={height} />
      )}
      {statusDate !== undefined && inside(statusDate) && (
        <line className="status-date" x1={scale.x(statusDate)} x2={scale.x(statusDate)} y1={0} y2={height} />
      )}
      {drawn}
      {progressLine !== undefined && <path className="progress-line" d={progressLine} />}
    </svg>
  );
});
