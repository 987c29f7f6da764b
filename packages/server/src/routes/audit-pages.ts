import type { AuditEntry, Store } from "@keel/store";

const PAGE = 1000;
/** Pages read at most: 20,000 changes of one kind per project. */
const MAX_PAGES = 20;

/** Every audit entry of one kind of item in a project, newest first, read a page at a time. */
export async function* auditEntries(
  store: Store,
  projectId: string,
  entity: string,
): AsyncGenerator<AuditEntry> {
  let before: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const entries = await store.history({ projectId, entity, before, limit: PAGE });
    yield* entries;
    if (entries.length < PAGE) return;
    before = entries[entries.length - 1]?.id;
  }
}
