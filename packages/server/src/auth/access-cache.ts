/**
 * Who a credential belongs to and which role a user holds where, remembered for a few seconds so a
 * read does not spend most of its time re-checking them. Every write through this instance clears
 * it, so a change made here (sign-out, a revoked token, a new role) applies at once; a change made
 * through another instance applies within the time to live.
 */
export class AccessCache {
  readonly #entries = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const hit = this.#entries.get(key);
    const now = this.now();
    if (hit !== undefined && hit.expires > now) return hit.value as T;
    const value = await load();
    if (this.#entries.size >= 10_000) this.#entries.clear();
    this.#entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
