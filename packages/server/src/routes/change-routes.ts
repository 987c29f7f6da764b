import {
  applyEdits,
  type ChangeImpact,
  captureBaseline,
  changeImpact,
  forecastVaries,
  PlanError,
  type PlanSchedule,
  schedulePlan,
} from "@keel/engine";
import type { ChangeRequest, Decision, Plan } from "@keel/model";
import {
  accounts,
  ConflictError,
  loadPlan,
  NotFoundError,
  type Store,
  VersionConflictError,
} from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { auditEntries } from "./audit-pages.js";
import { version } from "./common.js";
import { route } from "./route.js";

/** Iterations of each side's forecast when a decision records the P80 move. */
const DECISION_ITERATIONS = 2000;

function changeOf(plan: Plan, id: string): ChangeRequest {
  const change = plan.changes?.find((c) => c.id === id);
  if (change === undefined) throw new NotFoundError("change request", id);
  return change;
}

function impactOrReject(plan: Plan, change: ChangeRequest, iterations?: number): ChangeImpact {
  try {
    return changeImpact(
      plan,
      change.edits,
      iterations === undefined ? {} : { forecast: { iterations, seed: 1 } },
    );
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    throw new HttpError(422, "plan_rejected", error.problems.map((p) => p.message).join("; "), {
      problems: error.problems.map((p) => ({ code: p.code, message: p.message })),
    });
  }
}

/** Tasks whose dates the change moves, adds or removes: the rows of a Gantt diff. */
function movedTasks(before: PlanSchedule, after: PlanSchedule) {
  const dates = (s: PlanSchedule) => new Map(s.tasks.map((t) => [t.id, t]));
  const a = dates(after);
  const b = dates(before);
  const rows = [];
  for (const t of after.tasks) {
    const old = b.get(t.id);
    if (old !== undefined && old.start === t.start && old.finish === t.finish) continue;
    rows.push({
      id: t.id,
      name: t.name,
      kind: t.kind,
      before: old === undefined ? null : { start: old.start, finish: old.finish, critical: old.critical },
      after: { start: t.start, finish: t.finish, critical: t.critical },
    });
  }
  for (const t of before.tasks) {
    if (!a.has(t.id)) {
      rows.push({
        id: t.id,
        name: t.name,
        kind: t.kind,
        before: { start: t.start, finish: t.finish, critical: t.critical },
        after: null,
      });
    }
  }
  return rows;
}

function staleConflict(impact: ChangeImpact): HttpError {
  return new HttpError(
    409,
    "stale_change",
    `${impact.stale.length} of the request's edits no longer fit the plan (${impact.stale
      .map((s) => s.message)
      .join("; ")}); re-base the request (drop those edits) or decide with dropStale`,
    { problems: impact.stale.map((s) => ({ code: "stale-edit", message: s.message })) },
  );
}

async function decide(
  store: Store,
  actorId: string,
  projectId: string,
  changeId: string,
  body: {
    decision: Decision["status"];
    why: string;
    version: number;
    rebaseline: boolean;
    dropStale: boolean;
  },
) {
  return store.editProject(actorId, projectId, async (edit) => {
    const actor = await accounts.userById(edit.tx, actorId);
    const stored = await store.changes.get(edit.tx, projectId, changeId);
    if (stored.version !== body.version) {
      throw new VersionConflictError("change request", changeId, body.version, stored);
    }
    if (stored.status === "approved" || stored.status === "rejected") {
      throw new ConflictError(`change request "${changeId}" was already ${stored.status}`);
    }
    if (stored.status === "draft") {
      throw new ConflictError(`change request "${changeId}" is a draft; submit it before deciding`);
    }
    // Read inside the edit: the project row is locked, so the plan cannot move under the decision.
    const plan = await loadPlan(edit.tx, projectId);
    const change = changeOf(plan, changeId);
    const impact = impactOrReject(plan, change, forecastVaries(plan) ? DECISION_ITERATIONS : undefined);
    if (!impact.schedulable) {
      throw new HttpError(422, "plan_rejected", impact.problems.map((p) => p.message).join("; "), {
        problems: impact.problems.map((p) => ({ code: p.code, message: p.message })),
      });
    }
    if (body.decision === "approved" && impact.stale.length > 0 && !body.dropStale)
      throw staleConflict(impact);
    const decision: Decision = {
      status: body.decision,
      by: actor?.name ?? actorId,
      at: new Date().toISOString(),
      why: body.why,
      impact: impact.figures,
      ...(body.decision === "approved" && body.rebaseline ? { rebaselined: true } : {}),
    };
    if (body.decision !== "approved") {
      return {
        change: await store.changes.update(edit, changeId, stored.version, {
          status: body.decision,
          decision,
        }),
        impact,
      };
    }
    // Approval: the fork becomes the plan, with the request marked approved, all in this transaction.
    const fork = applyEdits(plan, change.edits).plan;
    const merged: Plan = {
      ...fork,
      changes: (fork.changes ?? []).map((c) =>
        c.id === changeId ? { ...c, status: "approved", decision } : c,
      ),
    };
    await store.replacePlanIn(edit, merged);
    if (body.rebaseline) {
      const schedule = schedulePlan(merged);
      await store.baselines.create(
        edit,
        captureBaseline(merged, schedule, `After change ${changeId}`, decision.at),
      );
    }
    return { change: await store.changes.get(edit.tx, projectId, changeId), impact };
  });
}

/**
 * Every decision ever taken, from the audit history: a request keeps only its latest decision,
 * so a deferral later approved would otherwise drop out of the log.
 */
async function changeLog(store: Store, projectId: string) {
  const entries = [];
  for await (const e of auditEntries(store, projectId, "change")) {
    const after = e.after as (ChangeRequest & { version: number }) | null;
    const previous = e.before as ChangeRequest | null;
    if (after?.decision === undefined || after.decision.at === previous?.decision?.at) continue;
    const { edits: _edits, decision, ...request } = after;
    entries.push({ ...request, decision, auditId: e.id });
  }
  return entries;
}

export const changeRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/changes/:changeId/impact",
    summary:
      "Impact analysis of a change request before any decision: finish and P80 move, cost, critical path, milestones, deadlines, new over-allocations, moved tasks, stale edits",
    tag: "Change requests",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({
      /** Iterations of each side's forecast for the P80 move; 0 for none (none either when nothing is uncertain). */
      iterations: z.coerce.number().int().min(0).max(20_000).default(2000),
    }),
    handle: async ({ params, query, store }) => {
      const plan = await store.plan(params.projectId as string);
      const change = changeOf(plan, params.changeId as string);
      // Without estimates or risks a forecast only repeats the schedule: skip its cost.
      const iterations = query.iterations > 0 && forecastVaries(plan) ? query.iterations : undefined;
      const impact = impactOrReject(plan, change, iterations);
      const tasks = impact.schedulable
        ? movedTasks(schedulePlan(plan), schedulePlan(applyEdits(plan, change.edits).plan))
        : [];
      return { change, impact, tasks };
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/changes/:changeId/rebase",
    summary: "Re-base a change request on the current plan: drop the edits that no longer fit it",
    tag: "Change requests",
    access: { scope: "project", role: "member" },
    body: z.strictObject({ version }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const changeId = params.changeId as string;
      const { result } = await store.editProject(caller.userId, projectId, async (edit) => {
        const plan = await loadPlan(edit.tx, projectId);
        const change = changeOf(plan, changeId);
        if (change.status === "approved" || change.status === "rejected") {
          throw new ConflictError(`change request "${changeId}" was already ${change.status}`);
        }
        const stale = new Set(applyEdits(plan, change.edits).stale.map((s) => s.index));
        const edits = change.edits.filter((_, i) => !stale.has(i));
        const updated = await store.changes.update(edit, changeId, body.version, { edits });
        return { change: updated, dropped: stale.size };
      });
      return result;
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/changes/:changeId/decision",
    summary:
      "Approve, reject or defer a submitted change request; approval merges its edits into the plan in one transaction and can save a new baseline",
    tag: "Change requests",
    access: { scope: "project", role: "manager" },
    body: z.strictObject({
      decision: z.enum(["approved", "rejected", "deferred"]),
      why: z.string().trim().min(1, { error: "say why: the change log keeps the reason" }).max(5000),
      version,
      rebaseline: z.boolean().default(false),
      /** Approve with the edits that still fit when some no longer do. */
      dropStale: z.boolean().default(false),
    }),
    handle: async ({ caller, params, body, store }) => {
      const { result } = await decide(
        store,
        caller.userId,
        params.projectId as string,
        params.changeId as string,
        body,
      );
      return result;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/change-log",
    summary:
      "Every decision on a change request (a deferral later approved shows both), with its impact, newest first",
    tag: "Change requests",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, store }) => changeLog(store, params.projectId as string),
  }),
];
