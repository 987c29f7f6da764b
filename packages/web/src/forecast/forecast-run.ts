import type { DistributionKind, ForecastResult } from "@keel/engine";
import { skipToken, useQuery } from "@tanstack/react-query";

/** What the forecast route takes: iterations, seed, distribution, and the spread of unestimated tasks. */
export interface ForecastOptions {
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DistributionKind;
  /** 0–0.99: tasks without a three-point estimate vary by ± this share. */
  readonly uncertainty: number;
}

export const DEFAULT_OPTIONS: ForecastOptions = {
  iterations: 10_000,
  seed: 1,
  distribution: "triangular",
  uncertainty: 0,
};

/** One forecast as the web app keeps it: the options, the plan version it was run on, the answer. */
export interface ForecastRun {
  readonly options: ForecastOptions;
  readonly planVersion: number | undefined;
  readonly computedAt: string;
  readonly result: ForecastResult;
}

/**
 * Forecasts live outside the `project` keys on purpose: a live edit invalidates everything under
 * `["project", id]`, and a forecast takes seconds; it is only rerun when someone asks. `last` is the
 * project's latest run (what the forecast page shows first, and what tints the Gantt).
 */
export const forecastKeys = {
  all: ["forecast"] as const,
  run: (projectId: string, o: ForecastOptions) =>
    ["forecast", projectId, "run", o.iterations, o.seed, o.distribution, o.uncertainty] as const,
  last: (projectId: string) => ["forecast", projectId, "last"] as const,
};

/** How long an unused forecast stays in memory. */
export const FORECAST_GC_MS = 60 * 60_000;

/** The project's latest forecast, if one was run in this tab; never fetches. */
export function useLastForecast(projectId: string) {
  return useQuery<ForecastRun>({
    queryKey: forecastKeys.last(projectId),
    queryFn: skipToken,
    gcTime: FORECAST_GC_MS,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export interface OptionsText {
  readonly iterations: string;
  readonly seed: string;
  readonly distribution: DistributionKind;
  /** Percent, 0–99. */
  readonly uncertainty: string;
}

export function optionsText(o: ForecastOptions): OptionsText {
  return {
    iterations: String(o.iterations),
    seed: String(o.seed),
    distribution: o.distribution,
    uncertainty: String(Math.round(o.uncertainty * 1000) / 10),
  };
}

export type OptionsProblems = Partial<Record<"iterations" | "seed" | "uncertainty", string>>;

/** The form's text as options, or what is wrong with each field. */
export function parseOptions(
  t: OptionsText,
): { readonly options: ForecastOptions } | { readonly problems: OptionsProblems } {
  const problems: { -readonly [K in keyof OptionsProblems]: string } = {};
  const whole = (text: string, min: number, max: number) => {
    const n = Number(text.trim().replace(/[\s,_]/g, ""));
    return /^\d[\d\s,_]*$/.test(text.trim()) && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  const iterations = whole(t.iterations, 1, 100_000);
  if (iterations === undefined) problems.iterations = "Enter a whole number from 1 to 100,000.";
  const seed = whole(t.seed, 0, 4_294_967_295);
  if (seed === undefined) problems.seed = "Enter a whole number from 0 to 4,294,967,295.";
  const text = t.uncertainty.trim().replace(/%$/, "").trim();
  const percent = text === "" ? 0 : Number(text);
  if (!Number.isFinite(percent) || percent < 0 || percent > 99)
    problems.uncertainty = "Enter a percentage from 0 to 99.";
  if (iterations === undefined || seed === undefined || problems.uncertainty !== undefined)
    return { problems };
  return {
    options: {
      iterations,
      seed,
      distribution: t.distribution,
      uncertainty: Math.round(percent * 10) / 1000,
    },
  };
}
