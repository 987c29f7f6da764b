import type { AuditAction } from "./audit.js";
import type { Transaction } from "./database.js";

/** One edit of one project, inside one transaction; repositories record into it. */
export interface ProjectEdit {
  readonly tx: Transaction;
  readonly projectId: string;
  readonly workspaceId: string;
  /** The user making the change; null for the system (migrations, seeding). */
  readonly actorId: string | null;
  /**
   * Records a change in the audit log, in this transaction. `affectsPlan` makes the edit bump the
   * plan version and reschedule before it commits.
   */
  audit(entry: ProjectAuditEntry): Promise<void>;
  /** Records many changes at once, in order (an import of thousands of items). */
  auditMany(entries: readonly ProjectAuditEntry[]): Promise<void>;
}

export interface ProjectAuditEntry {
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  readonly before: unknown;
  readonly after: unknown;
  readonly affectsPlan: boolean;
}

/** What subscribers of a project hear after each committed edit. */
export interface ProjectChange {
  readonly projectId: string;
  readonly planVersion: number;
  /** The newest audit entry of the edit, to fetch exactly what changed from the history. */
  readonly auditId: number;
  readonly actorId: string | null;
  readonly changes: readonly { readonly entity: string; readonly id: string; readonly action: string }[];
}
