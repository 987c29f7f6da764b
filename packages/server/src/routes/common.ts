import type { LocalDate } from "@keel/model";
import { ROLES } from "@keel/store";
import { z } from "zod";

export const version = z.number().int().positive();

/** `?version=N` on deletes: the version the caller last saw. */
export const versionQuery = z.strictObject({
  version: z.coerce.number().int().positive().optional(),
});

export const roleSchema = z.enum(ROLES);

export const historyQuery = z.strictObject({
  entity: z.string().min(1).optional(),
  entityId: z.string().min(1).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** The day date-dependent answers are judged on when the caller does not say: today in UTC. */
export const todayUtc = (): LocalDate => new Date().toISOString().slice(0, 10) as LocalDate;
