/** The answer of `POST /api/forecast/throughput` (the JSON of `keel throughput --format json`). */
interface ThroughputCommon {
  /** First forecast day, YYYY-MM-DD. */
  readonly asOf: string;
  /** First and last day of the history window, as day numbers (days since 1970-01-01). */
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly sampling: "daily" | "weekly" | "block";
  /** Block sampling: days per run of real history. */
  readonly blockDays?: number;
  readonly excludeWeekends: boolean;
  /** Items finished in the window. */
  readonly total: number;
  readonly iterations: number;
  readonly seed: number;
  /** Rows of the CSV used. */
  readonly historyItems: number;
  readonly dropped: {
    readonly rows: number;
    readonly first: readonly { readonly line: number; readonly reason: string; readonly detail: string }[];
  };
}

export type Percentiles = { readonly p50: number; readonly p85: number; readonly p95: number };

export type ThroughputAnswer =
  | (ThroughputCommon & {
      readonly remaining: number;
      readonly finish: { readonly p50: string; readonly p85: string; readonly p95: string };
      readonly finishOffsetDays: Percentiles;
    })
  | (ThroughputCommon & { readonly by: string; readonly days: number; readonly items: Percentiles });

/** YYYY-MM-DD of a day number. */
export function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export interface ThroughputForm {
  readonly csv: string;
  readonly question: "when" | "howMany";
  readonly remaining: string;
  readonly by: string;
  readonly asOf: string;
  readonly window: string;
  readonly weekly: boolean;
  readonly excludeWeekends: boolean;
}

export type ThroughputProblems = Partial<Record<"csv" | "remaining" | "by" | "window", string>>;

/** The request body for the form, or what is wrong with its fields. */
export function throughputRequest(
  f: ThroughputForm,
): { readonly body: Record<string, unknown> } | { readonly problems: ThroughputProblems } {
  const problems: { -readonly [K in keyof ThroughputProblems]: string } = {};
  if (f.csv.trim() === "") problems.csv = "Paste or upload a CSV of items with created and finished dates.";
  const remaining = Number(f.remaining.trim());
  if (f.question === "when" && !(/^\d+$/.test(f.remaining.trim()) && remaining >= 1))
    problems.remaining = "Enter a whole number of items, at least 1.";
  if (f.question === "howMany" && !/^\d{4}-\d{2}-\d{2}$/.test(f.by)) problems.by = "Choose a date.";
  const window = Number(f.window.trim());
  if (!(/^\d+$/.test(f.window.trim()) && window >= (f.weekly ? 7 : 1) && window <= 36_500))
    problems.window = f.weekly
      ? "Enter a whole number of days from 7 to 36,500."
      : "Enter a whole number of days from 1 to 36,500.";
  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      csv: f.csv,
      ...(f.question === "when" ? { remaining } : { by: f.by }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(f.asOf) ? { asOf: f.asOf } : {}),
      window,
      weekly: f.weekly,
      excludeWeekends: !f.weekly && f.excludeWeekends,
    },
  };
}
