import { z } from "zod";
import { isYearMonth, type YearMonth, yearMonthSchema } from "./year-month.js";

/**
 * `leading`: leading and directing projects (PMI's PMP experience; the job title need not say
 * project manager). `team`: working on a project team. `agile`: working on agile teams (PMI-ACP).
 * PMI counts each kind on its own, so work that is both leading and agile is entered once per kind.
 */
export const EXPERIENCE_KINDS = ["leading", "team", "agile"] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** A stretch of months doing one kind of project work; both ends count, and no `to` means ongoing. */
export interface ExperienceInterval {
  readonly kind: ExperienceKind;
  readonly from: YearMonth;
  readonly to?: YearMonth | undefined;
  readonly project?: string | undefined;
  readonly role?: string | undefined;
}

export const experienceIntervalSchema = z
  .strictObject({
    kind: z.enum(EXPERIENCE_KINDS),
    from: yearMonthSchema,
    to: yearMonthSchema.optional(),
    project: z.string().min(1).max(200).optional(),
    role: z.string().min(1).max(200).optional(),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    // Checks run even when a field failed; compare only well-formed months, whose strings sort by date.
    if (to !== undefined && isYearMonth(from) && isYearMonth(to) && to < from) {
      ctx.issues.push({
        code: "custom",
        path: ["to"],
        message: `ends (${to}) before it starts (${from})`,
        input: ctx.value,
      });
    }
  });
