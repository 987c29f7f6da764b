import type { PlanEdit } from "./plan-edit.js";
import type { DraftChange, PlanCalendars, WorkerAnswer, WorkerRequest } from "./protocol.js";
import type { ScheduleDelta } from "./schedule-delta.js";

type Unnumbered<T> = T extends unknown ? Omit<T, "id"> : never;

/**
 * The page's side of the schedule worker: each request a promise of its answer. The worker (and the
 * engine, in its own chunk) starts with the first request; stopped, it starts again with the next
 * one and loads the plan it had first.
 */
export class ScheduleWorkerClient {
  #worker: Worker | undefined;
  #next = 0;
  readonly #waiting = new Map<number, (answer: WorkerAnswer) => void>();
  readonly #settled = new Set<(delta: ScheduleDelta) => void>();
  /** Where the plan was last loaded from: a worker started again loads it first. */
  #url: string | undefined;

  /** Loads the plan into the worker and schedules it; answers its calendars. */
  async load(url: string): Promise<PlanCalendars> {
    this.#url = url;
    const answer = await this.#ask({ kind: "load", url }).answer;
    if (answer.kind !== "loaded") throw new Error(answer.kind === "error" ? answer.error : "no plan");
    return { calendars: answer.calendars, calendar: answer.calendar };
  }

  /**
   * Applies edits to the worker's plan; answers the schedule's changes, or why it cannot be scheduled.
   * A quick answer (the dates only) is followed by the full result, told to `onSettled`'s listeners.
   */
  async edit(edits: readonly PlanEdit[]): Promise<ScheduleDelta | string> {
    const answer = await this.#ask({ kind: "edit", edits }).answer;
    return answer.kind === "edited" ? answer.delta : answer.kind === "error" ? answer.error : "no schedule";
  }

  /** Schedules the worker's plan with a drag's changes; `id` tells answers to later requests apart. */
  draft(changes: readonly DraftChange[]): { readonly id: number; readonly answer: Promise<WorkerAnswer> } {
    return this.#ask({ kind: "draft", changes });
  }

  /** Hears the full results that follow quick answers; answers a function that stops it. */
  onSettled(listener: (delta: ScheduleDelta) => void): () => void {
    this.#settled.add(listener);
    return () => this.#settled.delete(listener);
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const [id, resolve] of this.#waiting) resolve({ id, kind: "error", error: "The page was closed." });
    this.#waiting.clear();
  }

  #ask(request: Unnumbered<WorkerRequest>): { readonly id: number; readonly answer: Promise<WorkerAnswer> } {
    if (this.#worker === undefined) {
      this.#worker = this.#start();
      const url = this.#url;
      if (request.kind !== "load" && url !== undefined) this.load(url).catch(() => undefined);
    }
    const id = ++this.#next;
    const answer = new Promise<WorkerAnswer>((resolve) => this.#waiting.set(id, resolve));
    this.#worker.postMessage({ ...request, id } as WorkerRequest);
    return { id, answer };
  }

  #start(): Worker {
    const worker = new Worker(new URL("./schedule-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === "settled") for (const listener of this.#settled) listener(answer.delta);
      const resolve = this.#waiting.get(event.data.id);
      this.#waiting.delete(event.data.id);
      resolve?.(event.data);
    };
    worker.onerror = (event) => {
      for (const [id, resolve] of this.#waiting) resolve({ id, kind: "error", error: event.message });
      this.#waiting.clear();
    };
    return worker;
  }
}
