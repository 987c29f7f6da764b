/** Minutes since 1970-01-01 00:00 of a floating local date-time `YYYY-MM-DDTHH:MM[:SS]`. */
export function wallMinutes(localDateTime: string): number {
  const y = Number(localDateTime.slice(0, 4));
  const mo = Number(localDateTime.slice(5, 7));
  const d = Number(localDateTime.slice(8, 10));
  const h = localDateTime.length > 10 ? Number(localDateTime.slice(11, 13)) : 0;
  const mi = localDateTime.length > 13 ? Number(localDateTime.slice(14, 16)) : 0;
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000;
}

export type Zoom = "day" | "week" | "month" | "quarter";

export const ZOOMS: readonly Zoom[] = ["day", "week", "month", "quarter"];

const PX_PER_DAY: Record<Zoom, number> = { day: 40, week: 14, month: 4, quarter: 1.4 };

/** Maps wall-clock minutes to x pixels of the Gantt for one zoom level. */
export class Timescale {
  readonly pxPerMinute: number;

  constructor(
    readonly zoom: Zoom,
    /** First minute shown (start of a day). */
    readonly origin: number,
    /** Last minute shown. */
    readonly end: number,
  ) {
    this.pxPerMinute = PX_PER_DAY[zoom] / 1440;
  }

  /** The span of a schedule plus a margin, starting at midnight. */
  static around(zoom: Zoom, first: number, last: number): Timescale {
    const margin = (zoom === "day" ? 3 : zoom === "week" ? 10 : zoom === "month" ? 30 : 90) * 1440;
    const origin = Math.floor((first - margin) / 1440) * 1440;
    return new Timescale(zoom, origin, last + margin);
  }

  x(minutes: number): number {
    return (minutes - this.origin) * this.pxPerMinute;
  }

  get width(): number {
    return Math.ceil(this.x(this.end));
  }

  /** Tick marks and labels for the header: [x, label, major]. */
  ticks(): { x: number; label: string; major: boolean }[] {
    const out: { x: number; label: string; major: boolean }[] = [];
    const start = new Date(this.origin * 60_000);
    const month = new Intl.DateTimeFormat(undefined, { month: "short", timeZone: "UTC" });
    if (this.zoom === "day" || this.zoom === "week") {
      for (
        let day = new Date(start);
        day.getTime() / 60_000 <= this.end;
        day.setUTCDate(day.getUTCDate() + 1)
      ) {
        const m = day.getTime() / 60_000;
        const monday = day.getUTCDay() === 1;
        if (this.zoom === "day" || monday) {
          const label =
            this.zoom === "day" ? String(day.getUTCDate()) : `${month.format(day)} ${day.getUTCDate()}`;
          out.push({ x: this.x(m), label, major: monday });
        }
      }
      return out;
    }
    const step = this.zoom === "month" ? 1 : 3;
    const d = new Date(
      Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % step), 1),
    );
    for (; d.getTime() / 60_000 <= this.end; d.setUTCMonth(d.getUTCMonth() + step)) {
      const label =
        this.zoom === "month"
          ? `${month.format(d)} ${d.getUTCFullYear()}`
          : `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
      out.push({ x: this.x(d.getTime() / 60_000), label, major: d.getUTCMonth() === 0 });
    }
    return out;
  }
}
