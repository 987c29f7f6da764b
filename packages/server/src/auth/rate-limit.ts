/**
 * Failed sign-ins allowed per key (email, and client address) in a sliding window. Kept in memory:
 * with several instances each keeps its own count, which still bounds guessing per instance.
 */
export class RateLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again, or 0. */
  retryAfter(key: string): number {
    const recent = this.#recent(key);
    if (recent.length < this.limit) return 0;
    return (recent[0] as number) + this.windowMs - this.now();
  }

  fail(key: string): void {
    const recent = this.#recent(key);
    recent.push(this.now());
    this.#failures.set(key, recent);
    if (this.#failures.size > 100_000) this.#prune();
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.#failures.get(key) ?? []).filter((t) => t > since);
  }

  #prune(): void {
    for (const key of [...this.#failures.keys()]) {
      if (this.#recent(key).length === 0) this.#failures.delete(key);
    }
  }
}
