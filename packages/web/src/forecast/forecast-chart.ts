import type { HistogramBin, TaskForecast } from "@keel/engine";

/** The drawing area of a chart, in pixels, inside its margins. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

export interface HistogramBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly bin: HistogramBin;
}

export interface PercentileMark {
  readonly label: string;
  readonly x: number;
  readonly workingDays: number;
}

export interface HistogramChart {
  readonly bars: readonly HistogramBar[];
  /** The S-curve: the share of runs finished by each bin's end, as an SVG path over the bars. */
  readonly curve: string;
  /** The tallest bar's count, rounded up to a tick. */
  readonly maxCount: number;
  /** Count → y pixels (left axis). */
  readonly yCount: (count: number) => number;
  /** Share (0–1) → y pixels (right axis, the S-curve's). */
  readonly yShare: (share: number) => number;
  /** Working days from the start → x pixels. */
  readonly x: (workingDays: number) => number;
  readonly marks: readonly PercentileMark[];
  /** The bins whose end gets a date label under the axis: about one in `every`. */
  readonly labelled: readonly number[];
}

const GAP = 1;

/** 1, 2, 5, 10, 20, 50… at or above `n`. */
export function niceCount(n: number): number {
  if (n <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= n) return step * magnitude;
  return 10 * magnitude;
}

/**
 * The finish histogram with its S-curve on one x axis of working days. The bins are equally wide
 * (the engine's histogram), so the axis runs from the first bin's start to the last bin's end, and
 * the percentile marks (`{ P50: 12.5 }`, in working days) fall where the runs put them.
 */
export function histogramChart(
  bins: readonly HistogramBin[],
  marks: Readonly<Record<string, number>>,
  box: Box,
  maxLabels = 6,
): HistogramChart {
  const n = bins.length;
  const first = bins[0]?.endWorkingDays ?? 0;
  const last = bins[n - 1]?.endWorkingDays ?? 1;
  const binWidth = n > 1 ? (last - first) / (n - 1) : 1;
  const from = first - binWidth;
  const span = Math.max(last - from, 1e-9);
  const x = (d: number) => ((Math.min(Math.max(d, from), last) - from) / span) * box.width;
  let most = 0;
  for (const b of bins) most = Math.max(most, b.count);
  const maxCount = niceCount(most);
  const yCount = (c: number) => box.height - (c / maxCount) * box.height;
  const yShare = (s: number) => box.height - s * box.height;
  const pixels = box.width / Math.max(n, 1);
  const bars = bins.map((bin, i) => ({
    x: i * pixels + GAP / 2,
    y: yCount(bin.count),
    width: Math.max(pixels - GAP, 1),
    height: box.height - yCount(bin.count),
    bin,
  }));
  const points = [`M${x(from).toFixed(1)},${yShare(0).toFixed(1)}`];
  for (const b of bins) points.push(`L${x(b.endWorkingDays).toFixed(1)},${yShare(b.cumulative).toFixed(1)}`);
  const every = Math.max(1, Math.ceil(n / maxLabels));
  const labelled: number[] = [];
  for (let i = n - 1; i >= 0; i -= every) labelled.unshift(i);
  return {
    bars,
    curve: n === 0 ? "" : points.join(" "),
    maxCount,
    yCount,
    yShare,
    x,
    marks: Object.entries(marks).map(([label, workingDays]) => ({ label, workingDays, x: x(workingDays) })),
    labelled,
  };
}

export interface TornadoRow {
  readonly id: string;
  readonly name: string;
  readonly sensitivity: number;
  /** The bar, from the centre line: left for a negative correlation. */
  readonly x: number;
  readonly width: number;
}

export interface Tornado {
  readonly rows: readonly TornadoRow[];
  /** The x of zero. */
  readonly centre: number;
  /** |sensitivity| at either end of the axis. */
  readonly extent: number;
}

/**
 * The `limit` tasks whose sampled durations move the finish most (by |sensitivity|, largest first;
 * fixed tasks, at 0, left out), as bars either side of a centre line in a `width`-pixel area.
 */
export function tornado(tasks: readonly TaskForecast[], width: number, limit = 10): Tornado {
  const top = tasks
    .filter((t) => t.sensitivity !== 0)
    .sort((a, b) => Math.abs(b.sensitivity) - Math.abs(a.sensitivity) || a.id.localeCompare(b.id))
    .slice(0, limit);
  let most = 0;
  for (const t of top) most = Math.max(most, Math.abs(t.sensitivity));
  const extent = Math.min(1, Math.ceil(most * 10) / 10) || 1;
  const centre = width / 2;
  const rows = top.map((t) => {
    const w = (Math.abs(t.sensitivity) / extent) * centre;
    return {
      id: t.id,
      name: t.name,
      sensitivity: t.sensitivity,
      x: t.sensitivity < 0 ? centre - w : centre,
      width: w,
    };
  });
  return { rows, centre, extent };
}

/** Tasks that were critical in some runs, most often critical first. */
export function mostCritical(tasks: readonly TaskForecast[], limit = 15): readonly TaskForecast[] {
  return tasks
    .filter((t) => t.criticality > 0)
    .sort((a, b) => b.criticality - a.criticality || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The five tint levels of the Gantt's criticality colouring: under 20 %, 20–40 % … 80 % and over. */
export const CRITICALITY_LEVELS = [
  { level: 0, label: "under 20 %" },
  { level: 1, label: "20–40 %" },
  { level: 2, label: "40–60 %" },
  { level: 3, label: "60–80 %" },
  { level: 4, label: "80 % or more" },
] as const;

export function criticalityLevel(criticality: number): 0 | 1 | 2 | 3 | 4 {
  if (!(criticality >= 0.2)) return 0;
  if (criticality >= 0.8) return 4;
  return Math.floor(criticality * 5) as 1 | 2 | 3;
}

/** 0.8 → "80 %", 0.004 → "0.4 %", 1 → "100 %"; shares of runs as the forecast shows them. */
export function formatShare(share: number): string {
  const p = share * 100;
  const text =
    p > 0 && p < 1
      ? p.toLocaleString("en-US", { maximumFractionDigits: 1 })
      : p > 99 && p < 100
        ? p.toLocaleString("en-US", { maximumFractionDigits: 1 })
        : Math.round(p).toString();
  return `${text} %`;
}

/** A correlation as text with its sign: "+0.62", "−0.10". */
export function formatCorrelation(r: number): string {
  const text = Math.abs(r).toFixed(2);
  return r < 0 ? `−${text}` : `+${text}`;
}
