import type { TeamTemplate } from "./types.js";

/**
 * Starting points for a team's way of working. Applying one replaces the workflow, cadence and
 * unit; a project keeps its own key prefix, so the keys of items it already has stay valid.
 */
export const TEAM_TEMPLATES: readonly TeamTemplate[] = [
  {
    id: "greenfield-product",
    name: "Greenfield product (Scrum)",
    description:
      "A product team building something new in two-week sprints: story points, a review column, and WIP limits that warn rather than stop.",
    settings: {
      workflow: {
        statuses: [
          { id: "backlog", name: "Backlog", category: "todo" },
          { id: "todo", name: "To Do", category: "todo" },
          { id: "in-progress", name: "In Progress", category: "doing", wip: 4 },
          { id: "in-review", name: "In Review", category: "doing", wip: 3 },
          { id: "done", name: "Done", category: "done" },
        ],
        transitions: [
          { from: "backlog", to: "todo" },
          { from: "todo", to: "backlog" },
          { from: "todo", to: "in-progress" },
          { from: "in-progress", to: "todo" },
          { from: "in-progress", to: "in-review" },
          { from: "in-review", to: "in-progress" },
          // Done means reviewed: nothing skips the review column.
          { from: "in-review", to: "done" },
          { from: "done", to: "in-progress" },
        ],
      },
      wipPolicy: "warn",
      sprintLength: 14,
      estimateUnit: "points",
      focusFactor: 0.7,
      itemTypes: ["epic", "story", "bug", "task", "spike", "subtask"],
      definitionOfDone: [
        "Code reviewed and approved by another engineer",
        "Automated tests added and passing in CI",
        "Acceptance criteria met and accepted by the product owner",
        "Deployed to the staging environment",
        "No known defects or new lint warnings left open",
        "User-facing changes documented in the release notes",
      ],
      swimlanes: "assignee",
      keyPrefix: "APP",
      template: "greenfield-product",
    },
  },
  {
    id: "kanban-ops",
    name: "Operations (Kanban)",
    description:
      "A support or platform team pulling work continuously, without sprints: triage, hour estimates, and WIP limits that stop a column filling up.",
    settings: {
      workflow: {
        statuses: [
          { id: "triage", name: "Triage", category: "todo" },
          { id: "ready", name: "Ready", category: "todo", wip: 10 },
          { id: "doing", name: "Doing", category: "doing", wip: 5 },
          // No limit: a stuck item must be able to show as stuck.
          { id: "blocked", name: "Blocked", category: "doing" },
          { id: "done", name: "Done", category: "done" },
        ],
        transitions: [
          { from: "triage", to: "ready" },
          // Duplicates and requests that need nothing are closed straight from triage.
          { from: "triage", to: "done" },
          { from: "ready", to: "doing" },
          { from: "doing", to: "blocked" },
          { from: "blocked", to: "doing" },
          { from: "doing", to: "ready" },
          { from: "doing", to: "done" },
          { from: "*", to: "triage" },
        ],
      },
      wipPolicy: "block",
      sprintLength: 0,
      estimateUnit: "hours",
      focusFactor: 0.6,
      itemTypes: ["story", "bug", "task", "spike", "subtask"],
      definitionOfDone: [
        "Requester confirmed the outcome",
        "Change recorded on the ticket with what was done",
        "Monitoring shows the service healthy after the change",
        "Runbook updated when the procedure changed",
      ],
      swimlanes: "none",
      keyPrefix: "OPS",
      template: "kanban-ops",
    },
  },
  {
    id: "hybrid-program",
    name: "Hybrid program",
    description:
      "Teams running two-week sprints inside a milestone plan: epics link to the plan's milestones, their progress is offered to the plan as percent complete, and their forecast is compared with the milestone's date.",
    settings: {
      workflow: {
        statuses: [
          { id: "backlog", name: "Backlog", category: "todo" },
          { id: "todo", name: "To Do", category: "todo" },
          { id: "in-progress", name: "In Progress", category: "doing", wip: 6 },
          { id: "in-test", name: "In Test", category: "doing", wip: 4 },
          { id: "done", name: "Done", category: "done" },
        ],
        transitions: [
          { from: "backlog", to: "todo" },
          { from: "todo", to: "backlog" },
          { from: "todo", to: "in-progress" },
          { from: "in-progress", to: "todo" },
          { from: "in-progress", to: "in-test" },
          { from: "in-test", to: "in-progress" },
          { from: "in-test", to: "done" },
          { from: "done", to: "in-progress" },
        ],
      },
      wipPolicy: "warn",
      sprintLength: 14,
      estimateUnit: "points",
      focusFactor: 0.65,
      itemTypes: ["epic", "story", "bug", "task", "spike", "subtask"],
      definitionOfDone: [
        "Code reviewed and merged",
        "Tests passing in CI, including the integration suite",
        "Acceptance criteria met and accepted by the product owner",
        "Linked plan milestone's progress updated",
        "Dependencies on other teams confirmed or raised in the RAID log",
      ],
      swimlanes: "epic",
      keyPrefix: "PRG",
      template: "hybrid-program",
    },
  },
];

/** The team template with this id. */
export function teamTemplate(id: string): TeamTemplate | undefined {
  return TEAM_TEMPLATES.find((t) => t.id === id);
}
