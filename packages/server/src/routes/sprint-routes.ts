import {
  closeSprint,
  commitmentGuidance,
  itemEstimate,
  type SprintOutcome,
  sprintCapacity,
  sprintOutcome,
} from "@keel/engine";
import { type AgileSettings, type BacklogItem, localDateSchema, type Plan, type Sprint } from "@keel/model";
import { ConflictError, type ProjectEdit, type Store } from "@keel/store";
import { z } from "zod";
import { agileData, findSprint, sprintReport } from "../agile/sprint-report.js";
import { HttpError } from "../http-error.js";
import { todayUtc, version } from "./common.js";
import { route } from "./route.js";

/** How the closed sprints before `sprint` went, oldest first, each with the capacity it had. */
export function closedOutcomes(
  plan: Plan,
  sprints: readonly Sprint[],
  settings: AgileSettings,
  before?: Sprint,
): SprintOutcome[] {
  return sprints
    .filter((s) => s.state === "closed" && (before === undefined || s.start < before.start))
    .map((s) => sprintOutcome(s, sprintCapacity(plan, s, settings).hours));
}

function sprintTotal(items: readonly BacklogItem[], sprintId: string, settings: AgileSettings): number {
  return items.filter((i) => i.sprint === sprintId).reduce((sum, i) => sum + itemEstimate(i, settings), 0);
}

/** The next free RAID issue id: I1, I2… as the RAID log's quick add gives them. */
async function nextIssueId(store: Store, edit: ProjectEdit): Promise<string> {
  let highest = 0;
  for (const issue of await store.issues.list(edit.tx, edit.projectId)) {
    const match = /^I(\d+)$/i.exec(issue.id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `I${highest + 1}`;
}

const retrospectiveSchema = z.strictObject({
  wentWell: z.array(z.string().trim().min(1).max(2000)).max(50).optional(),
  toImprove: z.array(z.string().trim().min(1).max(2000)).max(50).optional(),
  actions: z
    .array(z.strictObject({ text: z.string().trim().min(1).max(2000) }))
    .max(50)
    .optional(),
});

export const sprintRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/sprints/:sprintId/plan",
    summary:
      "Planning a sprint: the team's capacity from calendars, time off and focus factor, what is planned into it, and guidance from past velocity",
    tag: "Agile",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, store }) => {
      const { settings, sprints, items, plan } = await agileData(store, store.db, params.projectId as string);
      const sprint = findSprint(sprints, params.sprintId as string);
      const capacity = sprintCapacity(plan, sprint, settings);
      const committed = sprintTotal(items, sprint.id, settings);
      return {
        sprint,
        capacity,
        guidance: commitmentGuidance(
          closedOutcomes(plan, sprints, settings, sprint),
          capacity.hours,
          committed,
          settings.estimateUnit,
        ),
        items: items.filter((i) => i.sprint === sprint.id),
        committed,
        unit: settings.estimateUnit,
      };
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/sprints/:sprintId/start",
    summary:
      "Start a planned sprint you saw at `version`: records what the team commits to; one sprint runs at a time",
    tag: "Agile",
    access: { scope: "project", role: "member" },
    body: z.strictObject({ version }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const { result } = await store.editProject(caller.userId, projectId, async (edit) => {
        const { settings, sprints, items, plan } = await agileData(store, edit.tx, projectId);
        const sprint = findSprint(sprints, params.sprintId as string);
        if (sprint.state !== "planned")
          throw new ConflictError(`sprint "${sprint.name}" is already ${sprint.state}`);
        const running = sprints.find((s) => s.state === "active");
        if (running !== undefined) {
          throw new ConflictError(
            `sprint "${running.name}" is still running; close it before starting another`,
          );
        }
        const planned = items.filter((i) => i.sprint === sprint.id);
        const committed = planned.map((i) => ({ item: i.id, estimate: itemEstimate(i, settings) }));
        const total = committed.reduce((sum, r) => sum + r.estimate, 0);
        const guidance = commitmentGuidance(
          closedOutcomes(plan, sprints, settings, sprint),
          sprintCapacity(plan, sprint, settings).hours,
          total,
          settings.estimateUnit,
        );
        const started = await store.sprints.update(edit, sprint.id, body.version, {
          state: "active",
          committed,
        });
        return { sprint: started, guidance };
      });
      return result;
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/sprints/:sprintId/close",
    summary:
      "Close the running sprint you saw at `version`: records what was done, carries unfinished items to another sprint or the backlog, keeps the review and retrospective, and raises each retrospective action as a RAID issue",
    tag: "Agile",
    access: { scope: "project", role: "member" },
    body: z.strictObject({
      version,
      carryTo: z.string().min(1).nullable().optional(),
      review: z.string().max(20000).optional(),
      retrospective: retrospectiveSchema.optional(),
    }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const { result } = await store.editProject(caller.userId, projectId, async (edit) => {
        const { settings, sprints, items } = await agileData(store, edit.tx, projectId);
        const sprint = findSprint(sprints, params.sprintId as string);
        if (sprint.state !== "active") {
          throw new ConflictError(
            `sprint "${sprint.name}" is ${sprint.state}; only the running sprint can be closed`,
          );
        }
        const carryTo = body.carryTo ?? undefined;
        if (carryTo !== undefined) {
          const target = sprints.find((s) => s.id === carryTo);
          if (target === undefined || target.state === "closed" || target.id === sprint.id) {
            throw new HttpError(422, "invalid", `cannot carry unfinished items to "${carryTo}"`, {
              fields: [{ path: "carryTo", message: "expected a planned sprint, or null for the backlog" }],
            });
          }
        }
        const outcome = closeSprint(sprint, items, settings.workflow, settings);
        for (const id of outcome.unfinished) {
          const item = items.find((i) => i.id === id) as (typeof items)[number];
          await store.backlogItems.update(edit, id, item.version, { sprint: carryTo ?? null });
        }
        const actions = [];
        const raised: string[] = [];
        for (const action of body.retrospective?.actions ?? []) {
          const issueId = await nextIssueId(store, edit);
          await store.issues.create(edit, {
            id: issueId,
            name: action.text,
            description: `Action from the retrospective of ${sprint.name}`,
            raised: todayUtc(),
          });
          raised.push(issueId);
          actions.push({ text: action.text, issue: issueId });
        }
        const closed = await store.sprints.update(edit, sprint.id, body.version, {
          state: "closed",
          completed: outcome.completed,
          carriedOver: outcome.unfinished,
          ...(carryTo === undefined ? {} : { carriedTo: carryTo }),
          ...(body.review === undefined ? {} : { review: body.review }),
          ...(body.retrospective === undefined ? {} : { retrospective: { ...body.retrospective, actions } }),
        });
        return { sprint: closed, carriedOver: outcome.unfinished, issues: raised };
      });
      return result;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/sprints/:sprintId/report",
    summary:
      "A sprint's report: capacity, burndown and burn-up by day, committed against completed, carry-over",
    tag: "Agile",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({
      /** The day a running sprint is drawn up to; today (UTC) by default. */
      today: localDateSchema.optional(),
    }),
    handle: ({ params, query, store }) =>
      sprintReport(store, params.projectId as string, params.sprintId as string, query.today ?? todayUtc()),
  }),
];
