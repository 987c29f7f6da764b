import type { Duration, DurationUnit, Lag } from "@keel/model";

/** Minutes in one working day and week, from the project's MinutesPerDay and MinutesPerWeek. */
export interface WorkUnits {
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
}

/** What an MSPDI DurationFormat / LagFormat code means; codes over 32 are the estimated (`?`) forms. */
export interface DurationFormat {
  readonly unit: DurationUnit | "mo" | "%" | undefined;
  readonly elapsed: boolean;
  readonly estimated: boolean;
}

const FORMATS: Record<number, [DurationUnit | "mo" | "%" | undefined, boolean]> = {
  3: ["min", false],
  4: ["min", true],
  5: ["h", false],
  6: ["h", true],
  7: ["d", false],
  8: ["d", true],
  9: ["w", false],
  10: ["w", true],
  11: ["mo", false],
  12: ["mo", true],
  19: ["%", false],
  20: ["%", true],
  21: [undefined, false],
};

export function durationFormat(code: number | undefined): DurationFormat {
  if (code === undefined) return { unit: undefined, elapsed: false, estimated: false };
  const estimated = code > 32;
  const [unit, elapsed] = FORMATS[estimated ? code - 32 : code] ?? [undefined, false];
  return { unit, elapsed, estimated };
}

/** The DurationFormat code MS Project shows a Keel unit in. */
export function formatCode(unit: DurationUnit, elapsed: boolean): number {
  const base = { min: 3, h: 5, d: 7, w: 9 }[unit];
  return elapsed ? base + 1 : base;
}

const ISO =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Minutes in an MSPDI duration such as `PT8H0M0S` (days count 24 hours); undefined when malformed. */
export function parseIsoMinutes(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (m === null || text.trim() === "P" || text.trim().endsWith("T")) return undefined;
  const [, sign, d = "0", h = "0", min = "0", s = "0"] = m;
  const minutes = Number(d) * 1440 + Number(h) * 60 + Number(min) + Number(s) / 60;
  return sign === "-" ? -minutes : minutes;
}

/** `PT{h}H{m}M{s}S` for a number of minutes, as MS Project writes durations. */
export function isoMinutes(minutes: number): string {
  const sign = minutes < 0 ? "-" : "";
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${sign}PT${h}H${m}M${s}S`;
}

/** Minutes in one of `unit`: working units use the project's day and week, elapsed ones the clock. */
export function unitMinutes(unit: DurationUnit, elapsed: boolean, units: WorkUnits): number {
  switch (unit) {
    case "min":
      return 1;
    case "h":
      return 60;
    case "d":
      return elapsed ? 1440 : units.minutesPerDay;
    case "w":
      return elapsed ? 10_080 : units.minutesPerWeek;
  }
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * A Keel duration of exactly `minutes`, in the unit MS Project showed it in when that gives a
 * short number (at most two decimals), else the next smaller unit; minutes as the last resort.
 * Months become days: Keel has no month unit.
 */
export function keelDuration(minutes: number, format: DurationFormat, units: WorkUnits): Duration {
  const elapsed = format.elapsed;
  const order: DurationUnit[] = ["w", "d", "h", "min"];
  const preferred =
    format.unit === "mo" ? "d" : format.unit === "%" || format.unit === undefined ? "d" : format.unit;
  for (const unit of order.slice(order.indexOf(preferred))) {
    const size = unitMinutes(unit, elapsed, units);
    if (size <= 0) continue;
    const value = round6(minutes / size);
    if (Math.round(value * 100) / 100 === value && Math.abs(value * size - minutes) < 1e-6) {
      return { value, unit, elapsed };
    }
  }
  return { value: round6(minutes), unit: "min", elapsed };
}

/** Minutes of a Keel duration. */
export function durationToMinutes(d: Duration, units: WorkUnits): number {
  return d.value * unitMinutes(d.unit, d.elapsed, units);
}

/** A Keel lag from MSPDI LinkLag (tenths of a minute, or a percentage for % formats) and LagFormat. */
export function keelLag(linkLag: number, format: DurationFormat, units: WorkUnits): Lag {
  if (format.unit === "%") return { percent: linkLag };
  return keelDuration(linkLag / 10, format, units);
}

/** `2006-09-21T08:00:00` → `2006-09-21T08:00`; undefined when not a date-time. */
export function localDateTime(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(text.trim());
  return m === null ? undefined : `${m[1]}T${m[2]}:${m[3]}`;
}

/** `2006-09-21T08:00:00` → `2006-09-21`. */
export function localDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim());
  return m === null ? undefined : m[1];
}

/** A Keel date or date-time as MSPDI's `YYYY-MM-DDTHH:MM:SS`; a bare date gets `time`. */
export function mspdiDateTime(value: string, time = "00:00:00"): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T${time}`;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  return m === null ? value : `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}`;
}
