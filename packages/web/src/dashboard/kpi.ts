import type { Kpi, KpiValue } from "@keel/model";
import type { Box } from "../forecast/forecast-chart.js";
import { dayNumber, linePath, type XY } from "./trend-charts.js";

export type KpiRecord = Kpi & { readonly version: number };

export interface KpiReading {
  readonly latest: KpiValue | undefined;
  readonly previous: KpiValue | undefined;
  /** Which way the latest value moved from the one before. */
  readonly direction: "up" | "down" | "flat" | "none";
  /** Whether that move is for the better (by the KPI's `better`); undefined when it did not move. */
  readonly improving: boolean | undefined;
  /** Whether the latest value meets the target (at or beyond it, the better way); undefined without one. */
  readonly onTarget: boolean | undefined;
}

/** Values in date order, whatever order they were typed in. */
export function byDate(values: readonly KpiValue[]): KpiValue[] {
  return [...values].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest value against the one before and against the target. */
export function kpiReading(kpi: Kpi): KpiReading {
  const values = byDate(kpi.values);
  const latest = values.at(-1);
  const previous = values.at(-2);
  const higher = kpi.better === "higher";
  const direction =
    latest === undefined || previous === undefined
      ? "none"
      : latest.value > previous.value
        ? "up"
        : latest.value < previous.value
          ? "down"
          : "flat";
  return {
    latest,
    previous,
    direction,
    improving: direction === "up" ? higher : direction === "down" ? !higher : undefined,
    onTarget:
      latest === undefined || kpi.target === undefined
        ? undefined
        : higher
          ? latest.value >= kpi.target
          : latest.value <= kpi.target,
  };
}

/** The values with one more reading; a reading on a day that has one replaces it. */
export function withValue(values: readonly KpiValue[], reading: KpiValue): KpiValue[] {
  return byDate([...values.filter((v) => v.date !== reading.date), reading]);
}

/** A number as typed ("1,250", " 99.5 "); undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[,\s](?=\d{3}\b)/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** An id for a new KPI from its name (`Self-service sign-ups` → `self-service-sign-ups`), unused in `taken`. */
export function kpiId(name: string, taken: Iterable<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "kpi";
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export interface Sparkline {
  readonly path: string;
  readonly last: XY | undefined;
  /** The target's height, when there is one: the axis stretches to show it. */
  readonly target: number | undefined;
}

/** A small line of the values on a day axis, with the target in view. */
export function sparkline(values: readonly KpiValue[], box: Box, target?: number): Sparkline {
  const sorted = byDate(values);
  if (sorted.length === 0) return { path: "", last: undefined, target: undefined };
  const days = sorted.map((v) => dayNumber(v.date));
  const first = days[0] as number;
  const span = (days.at(-1) as number) - first;
  const all = [...sorted.map((v) => v.value), ...(target === undefined ? [] : [target])];
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (high === low) [low, high] = [low - 1, high + 1];
  const x = (day: number) => (span === 0 ? box.width / 2 : ((day - first) / span) * box.width);
  const y = (v: number) => box.height - ((v - low) / (high - low)) * box.height;
  const points = sorted.map((v, i) => ({ x: x(days[i] as number), y: y(v.value) }));
  return {
    path: linePath(points),
    last: points.at(-1),
    target: target === undefined ? undefined : y(target),
  };
}

/** A value followed by its unit: "320 per week", "99.9 %". */
export function formatKpiValue(value: number, unit: string | undefined): string {
  const text = value.toLocaleString(undefined, { maximumFractionDigits: 2 });
  if (unit === undefined || unit === "") return text;
  return unit === "%" ? `${text} %` : `${text} ${unit}`;
}
