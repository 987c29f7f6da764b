import type { RiskVersion } from "@keel/engine";
import type { Risk } from "@keel/model";
import type { Store } from "@keel/store";

/** Pages of the audit log read for the exposure trend: at most 20,000 risk changes. */
const MAX_HISTORY_PAGES = 20;

/** Every stored version of the project's risks, oldest first, from the audit log. */
export async function riskVersions(store: Store, projectId: string): Promise<RiskVersion[]> {
  const versions: RiskVersion[] = [];
  let before: number | undefined;
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const entries = await store.history({ projectId, entity: "risk", before, limit: 1000 });
    for (const e of entries) {
      versions.push({ id: e.entityId, at: e.at, risk: e.action === "delete" ? null : (e.after as Risk) });
    }
    if (entries.length < 1000) break;
    before = entries[entries.length - 1]?.id;
  }
  return versions.reverse();
}
