import { formatDate } from "../ui/format.js";
import { daysBetween, lastDayOf } from "./drag-math.js";
import { BAR_HEIGHT_PX, BAR_TOP, barGeometry, ROW_HEIGHT } from "./gantt-geometry.js";
import { type Timescale, wallMinutes } from "./timescale.js";
import type { GanttDrag } from "./use-gantt-drag.js";

interface GanttDragLayerProps {
  readonly drag: GanttDrag;
  readonly scale: Timescale;
  readonly row: ReadonlyMap<string, number>;
  readonly rows: number;
}

/**
 * What a drag shows over the Gantt: the ghost of the bar where it would go with a tooltip of its new
 * start or duration, or, while linking, the draft line from the bar's link dot to the pointer with
 * the bar under the pointer outlined and a tooltip naming the link it would make.
 */
export function GanttDragLayer({ drag, scale, row, rows }: GanttDragLayerProps) {
  const index = row.get(drag.task.id) ?? 0;
  const top = index * ROW_HEIGHT;
  const g = barGeometry(drag.task, scale);
  const pxPerDay = scale.pxPerMinute * 1440;
  const milestone = drag.task.kind === "milestone";
  let ghost: { x: number; width: number } | undefined;
  let tip: string | undefined;
  if (drag.mode === "move" && drag.startDay !== undefined) {
    const shift =
      (wallMinutes(drag.startDay) - wallMinutes(drag.task.start.slice(0, 10))) * scale.pxPerMinute;
    ghost = { x: g.x + shift, width: g.width };
    tip = `Start no earlier than ${formatDate(drag.startDay)}`;
  } else if (drag.mode === "resize" && drag.days !== undefined && drag.finishDay !== undefined) {
    // The end moves by the calendar days between the last working days, keeping its time of day.
    const shift = daysBetween(lastDayOf(drag.task.finish), drag.finishDay) * pxPerDay;
    ghost = { x: g.x, width: Math.max(pxPerDay / 3, g.width + shift) };
    tip = `Duration ${drag.days}d, finish ${formatDate(drag.finishDay)}`;
  }
  const height = rows * ROW_HEIGHT;
  const fromX = milestone ? g.x + 7 : g.x + g.width;
  const target = drag.target;
  const targetRow = target === undefined ? undefined : row.get(target.id);
  const targetBar = target === undefined ? undefined : barGeometry(target, scale);
  let tipAt: { left: number; top: number; transform?: string } | undefined;
  if (ghost !== undefined)
    tipAt = {
      left: ghost.x + (drag.mode === "resize" ? ghost.width : 0),
      top: index === 0 ? top + ROW_HEIGHT + 2 : top - 26,
    };
  else if (drag.mode === "link") {
    tip =
      target === undefined ? `Link “${drag.task.name}” to…` : `Link “${drag.task.name}” → “${target.name}”`;
    // Beside the pointer, on the side with room for it.
    const left = !drag.roomRight;
    tipAt = {
      left: drag.pointer.x + (left ? -12 : 12),
      top: drag.pointer.y + 10,
      ...(left ? { transform: "translateX(-100%)" } : {}),
    };
  }
  return (
    <>
      <svg width={scale.width} height={height} className="gantt-drag" aria-hidden="true">
        {ghost !== undefined &&
          (milestone ? (
            <path className="ghost" d={`M${ghost.x},${top + ROW_HEIGHT / 2 - 7} l7,7 l-7,7 l-7,-7 z`} />
          ) : (
            <rect
              className="ghost"
              x={ghost.x}
              y={top + BAR_TOP}
              width={ghost.width}
              height={BAR_HEIGHT_PX}
              rx={3}
            />
          ))}
        {drag.mode === "link" && (
          <>
            {targetRow !== undefined && targetBar !== undefined && (
              <>
                <rect
                  className="link-target"
                  x={0}
                  y={targetRow * ROW_HEIGHT}
                  width={scale.width}
                  height={ROW_HEIGHT}
                />
                <rect
                  className="link-target-bar"
                  x={targetBar.x - 3}
                  y={targetRow * ROW_HEIGHT + BAR_TOP - 3}
                  width={Math.max(targetBar.width, 8) + 6}
                  height={BAR_HEIGHT_PX + 6}
                  rx={4}
                  style={{ fill: "none", stroke: "var(--accent)", strokeWidth: 2 }}
                />
              </>
            )}
            <line
              className="rubber-band"
              x1={fromX + 8}
              y1={top + ROW_HEIGHT / 2}
              x2={drag.pointer.x}
              y2={drag.pointer.y}
            />
            <circle className="rubber-band-end" cx={drag.pointer.x} cy={drag.pointer.y} r={4} />
          </>
        )}
      </svg>
      {tip !== undefined && tipAt !== undefined && (
        <div className="gantt-drag-tip" role="status" style={tipAt}>
          {tip}
        </div>
      )}
    </>
  );
}
