import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

/**
 * A status report as kept in the project's history: generated from the data for a period, edited,
 * then sent. `report` holds the engine's report (sections and figures) as last edited; `metrics`
 * the figures the dashboard's trends are drawn from.
 */
export interface StatusReportRecord {
  readonly asOf: LocalDate;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly state: "draft" | "sent";
  readonly report: Readonly<Record<string, unknown>>;
  readonly sentAt?: string | undefined;
  readonly sentBy?: string | undefined;
}

export const statusReportRecordSchema = z.strictObject({
  asOf: localDateSchema,
  from: localDateSchema,
  to: localDateSchema,
  state: z.enum(["draft", "sent"]),
  report: z.record(z.string(), z.unknown()),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  sentBy: z.string().min(1).optional(),
});
