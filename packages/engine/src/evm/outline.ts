import type { Task } from "@keel/model";

/** A plan's outline: which tasks are summary tasks, and each task's chain of summary tasks. */
export class Outline {
  readonly summaries: ReadonlySet<string>;
  readonly #parent = new Map<string, string | null>();

  constructor(tasks: readonly Task[]) {
    const summaries = new Set<string>();
    for (const t of tasks) {
      this.#parent.set(t.id, t.parent);
      if (t.parent !== null) summaries.add(t.parent);
    }
    this.summaries = summaries;
  }

  /** The summary tasks above `id`, nearest first. */
  ancestors(id: string): string[] {
    const chain: string[] = [];
    const seen = new Set<string>([id]);
    for (let p = this.#parent.get(id) ?? null; p !== null && !seen.has(p); p = this.#parent.get(p) ?? null) {
      chain.push(p);
      seen.add(p);
    }
    return chain;
  }
}
