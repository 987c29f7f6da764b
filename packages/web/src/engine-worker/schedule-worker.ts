import type { Plan } from "@keel/model";
import { PlanScheduler } from "./plan-scheduler.js";
import type { WorkerAnswer, WorkerRequest } from "./protocol.js";

/**
 * The scheduling engine off the page's thread. It fetches the plan itself (parsing and compiling ten
 * thousand tasks would stall the page), reschedules it after each edit the page shows before the
 * server has it, and answers "schedule it with these changes" while someone drags a bar.
 */
let state: PlanScheduler | undefined;
// Requests are handled one after the other, in the order sent: an edit sent while the plan loads waits for it.
let queue = Promise.resolve();
let waiting = 0;
// Only the latest drag position, and the latest load of the plan, are worth the work: older ones
// still queued are skipped.
let latestDraft = 0;
let latestLoad = 0;
/** The full result after a quick answer waits this long, not to compete with the page drawing that answer. */
const SETTLE_AFTER_MS = 100;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "draft") latestDraft = request.id;
  if (request.kind === "load") latestLoad = request.id;
  waiting++;
  queue = queue.then(() => {
    waiting--;
    return handle(request);
  });
};

async function handle(request: WorkerRequest): Promise<void> {
  let answer: WorkerAnswer;
  try {
    const replaced =
      (request.kind === "draft" && request.id !== latestDraft) ||
      (request.kind === "load" && request.id !== latestLoad);
    answer = replaced
      ? { id: request.id, kind: "error", error: "A later request replaced this one." }
      : await answerTo(request);
  } catch (error) {
    answer = { id: request.id, kind: "error", error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
  if (state?.owed) setTimeout(settle, SETTLE_AFTER_MS);
}

/**
 * The full result of edits answered quickly, once no other request waits: a quick edit's answer is
 * not held up by it.
 */
function settle() {
  queue = queue.then(() => {
    if (waiting > 0 || state === undefined) return;
    try {
      const delta = state.settle();
      if (delta !== undefined) self.postMessage({ id: 0, kind: "settled", delta } satisfies WorkerAnswer);
    } catch (error) {
      self.postMessage({ id: 0, kind: "error", error: String(error) } satisfies WorkerAnswer);
    }
  });
}

async function answerTo(request: WorkerRequest): Promise<WorkerAnswer> {
  if (request.kind === "load") {
    state = undefined;
    const response = await fetch(request.url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`The plan could not be loaded (${response.status}).`);
    const plan = (await response.json()) as Plan;
    if (request.id !== latestLoad) throw new Error("A later request replaced this one.");
    const loaded = new PlanScheduler(plan);
    loaded.schedule();
    state = loaded;
    return { id: request.id, kind: "loaded", calendars: plan.calendars, calendar: plan.project.calendar };
  }
  if (state === undefined) throw new Error("The plan is still loading.");
  if (request.kind === "edit") return { id: request.id, kind: "edited", delta: state.edit(request.edits) };
  return { id: request.id, kind: "draft", tasks: state.draft(request.changes) };
}
