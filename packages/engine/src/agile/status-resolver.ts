import type { StatusCategory, Workflow, WorkflowStatus } from "@keel/model";

/** Maps any status an item's history may carry onto a status of the workflow, or undefined. */
export type StatusResolver = (status: string) => WorkflowStatus | undefined;

/**
 * Status names other tools (Jira mostly) use, by category: history imported from them, or written
 * before the board was changed, names statuses this workflow may not have.
 */
const CATEGORY_WORDS: Readonly<Record<StatusCategory, readonly string[]>> = {
  todo: ["todo", "open", "new", "backlog", "ready", "triage", "selectedfordevelopment", "reopened"],
  doing: ["inprogress", "doing", "inreview", "review", "codereview", "testing", "intest", "qa", "blocked"],
  done: ["done", "closed", "resolved", "complete", "completed", "released", "shipped", "wontdo", "wontfix"],
};

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * A status resolver for a workflow: a status of the workflow is itself; another matches a status
 * whose id or name reads the same once case, spaces and punctuation are dropped ("In Progress" →
 * "in-progress"); failing that, a well-known name counts under the first status of its category
 * ("Closed" → the first done status). Anything else is undefined, and charts skip it.
 */
export function statusResolver(workflow: Workflow): StatusResolver {
  const byId = new Map(workflow.statuses.map((s) => [s.id, s]));
  const byText = new Map<string, WorkflowStatus>();
  // Ids first, so that an id wins over another status's name.
  for (const s of workflow.statuses) if (!byText.has(normalise(s.id))) byText.set(normalise(s.id), s);
  for (const s of workflow.statuses) if (!byText.has(normalise(s.name))) byText.set(normalise(s.name), s);
  for (const [category, words] of Object.entries(CATEGORY_WORDS)) {
    const first = workflow.statuses.find((s) => s.category === category);
    if (first === undefined) continue;
    for (const word of words) if (!byText.has(word)) byText.set(word, first);
  }
  return (status) => byId.get(status) ?? byText.get(normalise(status));
}
