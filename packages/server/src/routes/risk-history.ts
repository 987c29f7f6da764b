import type { RiskVersion } from "@keel/engine";
import type { Risk } from "@keel/model";
import type { Store } from "@keel/store";
import { auditEntries } from "./audit-pages.js";

/** Every stored version of the project's risks, oldest first, from the audit log. */
export async function riskVersions(store: Store, projectId: string): Promise<RiskVersion[]> {
  const versions: RiskVersion[] = [];
  for await (const e of auditEntries(store, projectId, "risk")) {
    versions.push({ id: e.entityId, at: e.at, risk: e.action === "delete" ? null : (e.after as Risk) });
  }
  return versions.reverse();
}
