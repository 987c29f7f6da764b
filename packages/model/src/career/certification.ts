import { z } from "zod";
import { isLocalDate, type LocalDate, localDateSchema } from "../dates.js";

/** Certifications the career hub knows; `IPMA` stands for any IPMA level (A–D). */
export const CERTIFICATION_IDS = [
  "PMP",
  "CAPM",
  "PMI-ACP",
  "PRINCE2-F",
  "PRINCE2-P",
  "CSM",
  "PSM-I",
  "PROJECT-PLUS",
  "GOOGLE-PM",
  "ITIL4-F",
  "IPMA",
] as const;
export type CertificationId = (typeof CERTIFICATION_IDS)[number];

/** A certification the person holds; without `expires` the engine assumes the body's usual validity. */
export interface HeldCertification {
  readonly id: CertificationId;
  readonly earned: LocalDate;
  readonly expires?: LocalDate | undefined;
}

export const heldCertificationSchema = z
  .strictObject({
    id: z.enum(CERTIFICATION_IDS),
    earned: localDateSchema,
    expires: localDateSchema.optional(),
  })
  .check((ctx) => {
    const { earned, expires } = ctx.value;
    // Checks run even when a field failed; compare only well-formed dates, whose strings sort by date.
    if (expires !== undefined && isLocalDate(earned) && isLocalDate(expires) && expires < earned) {
      ctx.issues.push({
        code: "custom",
        path: ["expires"],
        message: `expires (${expires}) before it was earned (${earned})`,
        input: ctx.value,
      });
    }
  });
