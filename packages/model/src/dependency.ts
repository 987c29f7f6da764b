import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

/** Waiting for it, received, or no longer needed. */
export const DEPENDENCY_STATUSES = ["waiting", "delivered", "cancelled"] as const;
export type DependencyStatus = (typeof DEPENDENCY_STATUSES)[number];

/**
 * Something another team or a vendor must deliver. Its linked tasks cannot start before it arrives:
 * on `delivered` once it has, else on `expected` (the provider's latest promise), else on `needed`.
 * So when a promise slips, the tasks move on the Gantt.
 */
export interface Dependency {
  readonly id: string;
  readonly name: string;
  /** Who delivers it: a team, a vendor. */
  readonly provider: string;
  readonly owner?: string | undefined;
  /** When the plan needs it. */
  readonly needed: LocalDate;
  readonly expected?: LocalDate | undefined;
  readonly delivered?: LocalDate | undefined;
  readonly status: DependencyStatus;
  /** Tasks that wait for it. */
  readonly tasks: readonly string[];
}

export const dependencySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  provider: z.string().min(1),
  owner: z.string().min(1).optional(),
  needed: localDateSchema,
  expected: localDateSchema.optional(),
  delivered: localDateSchema.optional(),
  status: z.enum(DEPENDENCY_STATUSES),
  tasks: z.array(z.string().min(1)),
});

/** The date the linked tasks wait for; none once cancelled. */
export function dependencyDate(d: Dependency): LocalDate | undefined {
  if (d.status === "cancelled") return undefined;
  if (d.status === "delivered") return d.delivered ?? d.expected ?? d.needed;
  return d.expected ?? d.needed;
}
