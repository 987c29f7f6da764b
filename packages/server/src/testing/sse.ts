import type { ReadableStreamReadResult } from "node:stream/web";

/** One server-sent event as a client sees it. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
  readonly id: string | undefined;
}

/**
 * Reads server-sent events from a response body, one at a time, the way EventSource would parse
 * them (comments such as keep-alives are skipped). Used by tests and the server benchmark.
 */
export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #queue: SseEvent[] = [];
  #buffer = "";
  #done = false;
  /** A read left pending by a timeout; the next call picks it up, so no chunk is lost. */
  #pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;

  constructor(body: ReadableStream<Uint8Array>) {
    this.#reader = body.getReader();
  }

  /** The next event; rejects if none arrives within `timeoutMs` or the stream ends first. */
  async next(timeoutMs = 2000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const queued = this.#queue.shift();
      if (queued !== undefined) return queued;
      if (this.#done) throw new Error("the event stream ended");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      await this.#read(left);
    }
  }

  /** Waits for the event of type `event`, skipping others; returns it. */
  async nextOf(event: string, timeoutMs = 2000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.next(Math.max(1, deadline - Date.now()));
      if (found.event === event) return found;
    }
  }

  /** Resolves once the server ends the stream (rejects after `timeoutMs`). */
  async ended(timeoutMs = 2000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#done) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the event stream was still open after ${timeoutMs} ms`);
      this.#queue.length = 0;
      await this.#read(left);
    }
  }

  /** Hangs up, as a closed browser tab would. */
  async cancel(): Promise<void> {
    this.#done = true;
    await this.#reader.cancel().catch(() => undefined);
  }

  async #read(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    this.#pending ??= this.#reader.read().then(
      (r) => r,
      () => ({ done: true, value: undefined }) as const,
    );
    const result = await Promise.race([this.#pending, timeout]);
    clearTimeout(timer);
    if (result === "timeout") return;
    this.#pending = undefined;
    if (result.done) {
      this.#done = true;
      return;
    }
    this.#buffer += this.#decoder.decode(result.value, { stream: true });
    this.#parse();
  }

  #parse(): void {
    for (;;) {
      const end = /\r\n\r\n|\n\n|\r\r/.exec(this.#buffer);
      if (end === null) return;
      const block = this.#buffer.slice(0, end.index);
      this.#buffer = this.#buffer.slice(end.index + end[0].length);
      let event = "message";
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split(/\r\n|\r|\n/)) {
        if (line === "" || line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") event = value;
        else if (field === "data") data.push(value);
        else if (field === "id") id = value;
      }
      if (data.length > 0) this.#queue.push({ event, data: data.join("\n"), id });
    }
  }
}
