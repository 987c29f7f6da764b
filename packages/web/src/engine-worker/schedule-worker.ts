import { Scheduler } from "@keel/engine";
import type { Plan } from "@keel/model";
import { type WorkerAnswer, type WorkerRequest, withChanges } from "./protocol.js";

/**
 * The scheduling engine off the page's thread: it keeps the plan the server last sent and answers
 * "schedule it with these changes" while someone drags a bar, before the server has the edit.
 */
let plan: Plan | undefined;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "plan") {
    plan = request.plan;
    return;
  }
  let answer: WorkerAnswer;
  if (plan === undefined) answer = { id: request.id, error: "The plan is still loading." };
  else {
    try {
      const scheduler = Scheduler.compile(withChanges(plan, request.changes));
      scheduler.run();
      answer = { id: request.id, tasks: scheduler.result().tasks };
    } catch (error) {
      answer = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
  }
  self.postMessage(answer);
};
