import { type ReactNode, useId, useRef } from "react";
import { useWidth } from "../ui/use-width.js";

/** Margins around every chart's drawing box: room for the value labels left and the dates below. */
export const MARGIN = { left: 46, right: 14, top: 10, bottom: 22 } as const;
export const CHART_HEIGHT = 170;

interface ChartCardProps {
  readonly title: string;
  readonly legend?: ReactNode;
  /** The figures now, in words, above the chart. */
  readonly headline?: ReactNode;
  /** Said instead of the chart when there is nothing to draw yet: what to do about it. */
  readonly empty?: ReactNode;
  /** Draws the chart for a drawing box this wide (pixels, inside the margins). */
  readonly children: (width: number) => ReactNode;
}

/** A dashboard card: title, legend, headline, and a chart that fills the card's width. */
export function ChartCard({ title, legend, headline, empty, children }: ChartCardProps) {
  const id = useId();
  const box = useRef<HTMLElement>(null);
  // The card's padding (16 px a side) is not drawing room.
  const width = Math.max(200, useWidth(box) - 32 - MARGIN.left - MARGIN.right);
  return (
    <section ref={box} className="card chart-card" aria-labelledby={`${id}-title`}>
      <div className="chart-card-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {empty === undefined && legend !== undefined && (
          <span className="chart-legend muted" aria-hidden="true">
            {legend}
          </span>
        )}
      </div>
      {empty !== undefined ? (
        <div className="chart-empty">{empty}</div>
      ) : (
        <>
          {headline !== undefined && <p className="chart-headline">{headline}</p>}
          {children(width)}
        </>
      )}
    </section>
  );
}

interface ChartFrameProps {
  readonly width: number;
  readonly height?: number;
  /** What the chart shows, for screen readers (the table after it has the numbers). */
  readonly label: string;
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly children: ReactNode;
}

/** The axes and gridlines of a chart, with what is drawn inside them. */
export function ChartFrame({
  width,
  height = CHART_HEIGHT,
  label,
  yTicks,
  xTicks,
  children,
}: ChartFrameProps) {
  return (
    <div className="chart-scroll">
      <svg
        width={MARGIN.left + width + MARGIN.right}
        height={MARGIN.top + height + MARGIN.bottom}
        role="img"
        aria-label={label}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {yTicks.map((t) => (
            <g key={`${t.y}:${t.label}`}>
              <line className="chart-grid" x1={0} x2={width} y1={t.y} y2={t.y} />
              <text className="axis-label" x={-6} y={t.y + 4} textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          {children}
          <line className="chart-base" x1={0} x2={width} y1={height} y2={height} />
          {xTicks.map((t) => (
            <text
              key={`${t.x}:${t.label}`}
              className="axis-label"
              x={t.x}
              y={height + 16}
              textAnchor={t.x < 24 ? "start" : t.x > width - 24 ? "end" : "middle"}
            >
              {t.label}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
