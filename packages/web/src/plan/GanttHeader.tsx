import { memo } from "react";
import { ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";

/** The time axis above the bars: labelled ticks for the zoom level (drawn again only when the scale changes). */
export const GanttHeader = memo(function GanttHeader({ scale }: { readonly scale: Timescale }) {
  const ticks = scale.ticks();
  return (
    <svg width={scale.width} height={ROW_HEIGHT} className="gantt-axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.x} transform={`translate(${t.x},0)`}>
          <line
            y1={t.major ? 0 : ROW_HEIGHT / 2}
            y2={ROW_HEIGHT}
            className={t.major ? "tick major" : "tick"}
          />
          <text x={4} y={ROW_HEIGHT / 2 + 5}>
            {t.label}
          </text>
        </g>
      ))}
    </svg>
  );
});
