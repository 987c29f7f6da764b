// The server keeps only a hash of a share link's secret, so it cannot list the links: this browser
// remembers the ones it created, to show and revoke them.

export interface SavedShare {
  readonly token: string;
  readonly url: string;
  readonly title: string;
  /** ISO instant. */
  readonly createdAt: string;
}

export const SHARES_KEY = "keel.career.shares";

function isShare(x: unknown): x is SavedShare {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.token === "string" &&
    typeof s.url === "string" &&
    typeof s.title === "string" &&
    typeof s.createdAt === "string"
  );
}

export function readShares(storage: Pick<Storage, "getItem">): SavedShare[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SHARES_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isShare) : [];
  } catch {
    return [];
  }
}

export function writeShares(storage: Pick<Storage, "setItem">, shares: readonly SavedShare[]): void {
  storage.setItem(SHARES_KEY, JSON.stringify(shares));
}

/** The link as the reader opens it: the server's URL, or one on this origin when it gave a path. */
export function absoluteUrl(url: string, origin: string): string {
  return new URL(url, origin).href;
}
