import { CHANGES_CHANNEL, type Database, type ProjectChange } from "@keel/store";

type Listener = (change: ProjectChange) => void;

/**
 * Committed project edits, as announced on the database's change channel. With PostgreSQL the
 * channel is LISTEN/NOTIFY, so an edit made through any instance reaches subscribers of every one.
 */
export class ChangeFeed {
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #streams = new Set<() => void>();
  #stop: (() => Promise<void>) | undefined;

  private constructor() {}

  static async start(db: Database): Promise<ChangeFeed> {
    const feed = new ChangeFeed();
    feed.#stop = await db.listen(CHANGES_CHANNEL, (payload) => feed.#dispatch(payload));
    return feed;
  }

  subscribe(projectId: string, listener: Listener): () => void {
    let set = this.#listeners.get(projectId);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(projectId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(projectId);
    };
  }

  /**
   * Registers how to end one open event stream, so this server's shutdown can end its streams
   * instead of waiting for clients; returns the call that forgets it when the stream ends.
   */
  holdOpen(end: () => void): () => void {
    this.#streams.add(end);
    return () => this.#streams.delete(end);
  }

  get openStreams(): number {
    return this.#streams.size;
  }

  /** Ends every open stream of this server. */
  endStreams(): void {
    for (const end of [...this.#streams]) end();
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await this.#stop?.();
  }

  #dispatch(payload: string): void {
    let change: ProjectChange;
    try {
      change = JSON.parse(payload) as ProjectChange;
    } catch {
      return;
    }
    for (const listener of this.#listeners.get(change.projectId) ?? []) listener(change);
  }
}
