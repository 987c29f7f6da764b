import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

/** One reading of a KPI. */
export interface KpiValue {
  readonly date: LocalDate;
  readonly value: number;
}

/** A business measure the team tracks next to delivery: adoption, revenue, tickets, uptime. */
export interface Kpi {
  readonly id: string;
  readonly name: string;
  /** Shown after the values: "%", "users", "€". */
  readonly unit?: string | undefined;
  readonly target?: number | undefined;
  /** Whether a higher value is better (the default) or a lower one. */
  readonly better: "higher" | "lower";
  readonly values: readonly KpiValue[];
}

export const kpiSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  unit: z.string().max(20).optional(),
  target: z.number().finite().optional(),
  better: z.enum(["higher", "lower"]),
  values: z.array(z.strictObject({ date: localDateSchema, value: z.number().finite() })).max(10_000),
});
