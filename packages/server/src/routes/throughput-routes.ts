import {
  forecastHowMany,
  forecastWhen,
  RECOMMENDED_THROUGHPUT,
  ThroughputError,
  type ThroughputSampling,
} from "@keel/engine";
import { formatDay, parseDay, readThroughputCsv, ThroughputCsvError } from "@keel/formats";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { route } from "./route.js";

/** The largest CSV accepted, in characters. */
const MAX_CSV = 5 * 1024 * 1024;

const day = z.string().refine((t) => parseDay(t) !== undefined, { error: "expected a date YYYY-MM-DD" });

/** The sampling a request asks for: `weekly: true` is the older way to ask for weeks. */
function samplingOf(b: { sampling?: ThroughputSampling | undefined; weekly: boolean }): ThroughputSampling {
  return b.weekly ? "weekly" : (b.sampling ?? RECOMMENDED_THROUGHPUT.sampling);
}

const throughputBody = z
  .strictObject({
    /** Work items with created and finished dates, the header naming the columns. */
    csv: z.string().max(MAX_CSV, { error: "the CSV is larger than 5 MiB" }),
    /** When will this many items be done? */
    remaining: z.number().int().min(1).max(10_000_000).optional(),
    /** How many items by the end of this day? */
    by: day.optional(),
    /** The first forecast day; the day after the last finish by default. */
    asOf: day.optional(),
    /** Calendar days of history before the forecast start (none before the first item was created). */
    window: z.number().int().min(1).max(36_500).default(RECOMMENDED_THROUGHPUT.window),
    /** Blocks of consecutive days (the default), single days, or whole weeks. */
    sampling: z.enum(["block", "daily", "weekly"]).optional(),
    /** Block sampling: days per block. */
    blockDays: z.number().int().min(1).max(36_500).optional(),
    /** The same as sampling "weekly". */
    weekly: z.boolean().default(false),
    excludeWeekends: z.boolean().default(false),
    iterations: z.number().int().min(1).max(100_000).default(10_000),
    seed: z.number().int().min(0).max(4_294_967_295).default(1),
  })
  .refine((b) => (b.remaining === undefined) !== (b.by === undefined), {
    error: "give exactly one of remaining and by",
  })
  .refine((b) => !(b.weekly && b.sampling !== undefined && b.sampling !== "weekly"), {
    error: "weekly contradicts the sampling asked for",
  })
  .refine((b) => b.blockDays === undefined || samplingOf(b) === "block", {
    error: "blockDays applies to block sampling only",
  })
  .refine((b) => !(samplingOf(b) === "weekly" && b.excludeWeekends), {
    error: "excludeWeekends applies to daily and block sampling, not weekly",
  });

/** Answers 400 with the problem: a CSV without usable items, a date before the start, a thin history. */
function badHistory(message: string): never {
  throw new HttpError(400, "bad_history", message);
}

export const throughputRoutes = [
  route({
    method: "POST",
    path: "/api/forecast/throughput",
    summary:
      "Throughput Monte Carlo over a CSV of finished work items: when N items will be done, or how many by a date (stores nothing)",
    tag: "Forecast",
    access: { scope: "user" },
    body: throughputBody,
    handle: async ({ body }) => {
      let csv: ReturnType<typeof readThroughputCsv>;
      try {
        csv = readThroughputCsv(body.csv);
      } catch (error) {
        if (!(error instanceof ThroughputCsvError)) throw error;
        badHistory(error.message);
      }
      const dropped = { rows: csv.dropped.length, first: csv.dropped.slice(0, 5) };
      if (csv.items.length === 0) {
        const first = csv.dropped[0];
        badHistory(
          first === undefined
            ? "no usable completed items: the CSV has no rows"
            : `no usable completed items: ${csv.dropped.length} row${csv.dropped.length === 1 ? "" : "s"} dropped, the first on line ${first.line}: ${first.reason} (${first.detail})`,
        );
      }
      const finished = csv.items.map((i) => i.finished);
      let last = Number.NEGATIVE_INFINITY;
      let historyStart = Number.POSITIVE_INFINITY;
      for (const item of csv.items) {
        last = Math.max(last, item.finished);
        historyStart = Math.min(historyStart, item.created);
      }
      const start = body.asOf === undefined ? last + 1 : (parseDay(body.asOf) as number);
      const options = {
        window: body.window,
        seed: body.seed,
        iterations: body.iterations,
        sampling: samplingOf(body),
        blockDays: body.blockDays,
        excludeWeekends: body.excludeWeekends,
        asOf: start,
        historyStart,
      };
      const history = { asOf: formatDay(start), historyItems: csv.items.length, dropped };
      try {
        if (body.remaining !== undefined) {
          const r = forecastWhen(finished, body.remaining, options);
          const { samples: _samples, remaining, finish, ...rest } = r;
          const dates = {
            p50: formatDay(start + finish.p50),
            p85: formatDay(start + finish.p85),
            p95: formatDay(start + finish.p95),
          };
          return { remaining, finish: dates, finishOffsetDays: finish, ...rest, ...history };
        }
        const by = parseDay(body.by as string) as number;
        if (by < start) badHistory(`by ${body.by} is before the forecast start ${formatDay(start)}`);
        const r = forecastHowMany(finished, by - start + 1, options);
        const { samples: _samples, items, ...rest } = r;
        return { by: body.by, items, ...rest, ...history };
      } catch (error) {
        if (!(error instanceof ThroughputError)) throw error;
        badHistory(error.message);
      }
    },
  }),
];
