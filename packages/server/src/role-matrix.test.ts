import { toPlanYaml } from "@keel/formats";
import { DEFAULT_AGILE_SETTINGS, EMPTY_PRODUCT_VISION } from "@keel/model";
import { accounts, career, credentials, type Role, roleAtLeast } from "@keel/store";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "./auth/secrets.js";
import { ROUTES } from "./routes/index.js";
import type { Access, Route } from "./routes/route.js";
import {
  grantProjectRole,
  grantWorkspaceRole,
  json,
  openTestApp,
  type TestApp,
  type TestClient,
} from "./testing/test-app.js";

/**
 * Every route of the table, called by every kind of caller. The expected outcome follows from the
 * route's declared access alone, so a route added to ROUTES is checked without touching this file,
 * except for one line in CALLS saying how to call it harmlessly.
 */

const PASSWORD = "correct horse battery";
const STALE = 999_999;
const VISION = { ...EMPTY_PRODUCT_VISION, statement: "Every team ships weekly." };

/** Path parameters, filled by name from the fixture. */
interface Fixture {
  readonly workspaceId: string;
  readonly projectId: string;
  readonly taskId: string;
  readonly linkId: string;
  readonly calendarId: string;
  readonly resourceId: string;
  readonly assignmentId: string;
  readonly riskId: string;
  readonly assumptionId: string;
  readonly issueId: string;
  readonly dependencyId: string;
  readonly changeId: string;
  readonly kpiId: string;
  readonly reportId: string;
  readonly baselineId: string;
  readonly itemId: string;
  readonly sprintId: string;
  /** Pat: a workspace viewer who is also a member of the project itself. */
  readonly userId: string;
  readonly tokenId: string;
  readonly entity: string;
  readonly entityId: string;
  /** Career data: an entry of the caller's own (made fresh), a suggestion key nobody has, a share link. */
  readonly evidenceId: string;
  readonly key: string;
  readonly token: string;
  /** A practice exercise Keel cannot start yet: refused the same for every caller, creating nothing. */
  readonly exerciseId: string;
}

interface Extras {
  readonly ownerId: string;
  readonly patEmail: string;
  readonly planYaml: string;
  readonly plan: unknown;
}

interface Who {
  readonly name: string;
  /** Undefined for anonymous callers. */
  readonly client: TestClient | undefined;
  /** Role in the fixture workspace, if a member. */
  readonly workspaceRole: Role | undefined;
  /** Effective role on the fixture project, if any. */
  readonly projectRole: Role | undefined;
}

/**
 * How to call a route so that a caller who passes the access gate reaches the handler without
 * changing the fixture: stale versions (409), duplicates (409), idempotent role changes, or items
 * made fresh for the one request that deletes them.
 */
interface Call {
  /** What a caller who passes the access gate gets. */
  readonly ok: number;
  readonly query?: string;
  readonly body?: (f: Fixture, x: Extras) => unknown;
  /** Path parameters to make anew for each allowed request (the request deletes them). */
  readonly fresh?: (t: TestApp, f: Fixture, x: Extras, caller: Who) => Promise<Partial<Fixture>>;
  /** Send with a session of its own (the request ends the session it is sent with). */
  readonly ownSession?: true;
  /** A server-sent event stream: read the first event, then hang up. */
  readonly stream?: true;
}

const taskBody = (id: string) => ({ id, name: id, duration: { value: 1, unit: "d", elapsed: false } });

const itemCalls = (
  plural: string,
  param: keyof Fixture,
  duplicate: (f: Fixture) => unknown,
): Record<string, Call> => ({
  [`GET /api/projects/:projectId/${plural}`]: { ok: 200 },
  [`POST /api/projects/:projectId/${plural}`]: { ok: 409, body: duplicate },
  [`POST /api/projects/:projectId/${plural}/bulk`]: {
    ok: 409,
    body: (f) => ({ update: [{ id: f[param], version: STALE }] }),
  },
  [`GET /api/projects/:projectId/${plural}/:${param}`]: { ok: 200 },
  [`PATCH /api/projects/:projectId/${plural}/:${param}`]: { ok: 409, body: () => ({ version: STALE }) },
  [`DELETE /api/projects/:projectId/${plural}/:${param}`]: { ok: 409, query: `version=${STALE}` },
});

const CALLS: Record<string, Call> = {
  "GET /healthz": { ok: 200 },

  "GET /api/setup": { ok: 200 },
  // The instance has its owner already: a body that fails validation shows the gate let the call through.
  "POST /api/setup": { ok: 400, body: () => ({}) },
  "POST /api/session": { ok: 200, body: (_f, x) => ({ email: x.patEmail, password: PASSWORD }) },
  "GET /api/session": { ok: 200 },
  "DELETE /api/session": { ok: 204, ownSession: true },
  // Too short a new password: rejected after the gate, before anything changes.
  "PUT /api/me/password": { ok: 400, body: () => ({ currentPassword: PASSWORD, newPassword: "short" }) },
  "GET /api/tokens": { ok: 200 },
  "POST /api/tokens": { ok: 201, body: () => ({ name: "matrix" }) },
  "DELETE /api/tokens/:tokenId": {
    ok: 204,
    fresh: async (t, _f, _x, caller) => ({
      tokenId: (
        await credentials.createApiToken(t.store.db, {
          userId: (caller.client as TestClient).userId,
          name: "to revoke",
          tokenHash: hashSecret(newSecret()),
          expiresAt: null,
        })
      ).id,
    }),
  },

  "GET /api/workspaces": { ok: 200 },
  "POST /api/workspaces": { ok: 201, body: () => ({ name: "Scratch" }) },
  "GET /api/workspaces/:workspaceId": { ok: 200 },
  "PATCH /api/workspaces/:workspaceId": { ok: 409, body: () => ({ name: "Renamed", version: STALE }) },
  "DELETE /api/workspaces/:workspaceId": { ok: 409, query: `version=${STALE}` },
  "GET /api/workspaces/:workspaceId/members": { ok: 200 },
  "POST /api/workspaces/:workspaceId/members": {
    ok: 201,
    body: (_f, x) => ({ email: x.patEmail, role: "viewer" }),
  },
  "PUT /api/workspaces/:workspaceId/members/:userId": { ok: 200, body: () => ({ role: "viewer" }) },
  "DELETE /api/workspaces/:workspaceId/members/:userId": {
    ok: 204,
    fresh: async (t, f, x) => {
      const user = await accounts.createUser(t.store.db, null, {
        email: `${newSecret().slice(0, 12).toLowerCase()}@example.com`,
        name: "Leaving",
        passwordHash: null,
      });
      await grantWorkspaceRole(t.store, x.ownerId, f.workspaceId, user.id, "member");
      return { userId: user.id };
    },
  },
  "GET /api/workspaces/:workspaceId/history": { ok: 200 },

  "GET /api/projects": { ok: 200 },
  "POST /api/workspaces/:workspaceId/projects": {
    ok: 201,
    body: () => ({ name: "Extra", start: "2027-01-04" }),
  },
  "POST /api/workspaces/:workspaceId/projects/import": {
    ok: 201,
    body: (_f, x) => ({ fileName: "plan.yaml", content: x.planYaml }),
  },
  "GET /api/projects/:projectId": { ok: 200 },
  "PATCH /api/projects/:projectId": { ok: 409, body: () => ({ name: "Renamed", version: STALE }) },
  "DELETE /api/projects/:projectId": { ok: 409, query: `version=${STALE}` },
  "GET /api/projects/:projectId/members": { ok: 200 },
  "PUT /api/projects/:projectId/members/:userId": { ok: 200, body: () => ({ role: "member" }) },
  "DELETE /api/projects/:projectId/members/:userId": {
    ok: 204,
    fresh: async (t, f, x) => {
      const user = await accounts.createUser(t.store.db, null, {
        email: `${newSecret().slice(0, 12).toLowerCase()}@example.com`,
        name: "Guest",
        passwordHash: null,
      });
      await grantProjectRole(t.store, x.ownerId, f.projectId, user.id, "viewer");
      return { userId: user.id };
    },
  },
  "GET /api/projects/:projectId/plan": { ok: 200 },
  "POST /api/projects/:projectId/bulk": {
    ok: 409,
    body: (f) => ({ steps: [{ kind: "tasks", update: [{ id: f.taskId, version: STALE }] }] }),
  },
  "PUT /api/projects/:projectId/plan": { ok: 409, body: (_f, x) => ({ version: STALE, plan: x.plan }) },
  "PUT /api/projects/:projectId/plan/file": {
    ok: 409,
    body: (_f, x) => ({ version: STALE, fileName: "plan.yaml", content: x.planYaml }),
  },
  "POST /api/projects/:projectId/plan/file/preview": {
    ok: 200,
    body: (_f, x) => ({ fileName: "plan.yaml", content: x.planYaml }),
  },
  "GET /api/projects/:projectId/schedule": { ok: 200 },
  "GET /api/projects/:projectId/history": { ok: 200 },
  "GET /api/projects/:projectId/history/:entity/:entityId": { ok: 200 },

  ...itemCalls("tasks", "taskId", (f) => taskBody(f.taskId)),
  ...itemCalls("links", "linkId", () => ({ from: "design", to: "build" })),
  ...itemCalls("calendars", "calendarId", (f) => ({
    id: f.calendarId,
    workweek: ["mon"],
    hours: ["09:00-17:00"],
    holidays: [],
    exceptions: [],
  })),
  ...itemCalls("resources", "resourceId", (f) => ({ id: f.resourceId, name: "Dev" })),
  ...itemCalls("assignments", "assignmentId", (f) => ({ task: f.taskId, resource: f.resourceId })),
  ...itemCalls("risks", "riskId", (f) => ({ id: f.riskId, probability: 3, impact: 2 })),
  ...itemCalls("assumptions", "assumptionId", (f) => ({ id: f.assumptionId })),
  ...itemCalls("issues", "issueId", (f) => ({ id: f.issueId })),
  ...itemCalls("dependencies", "dependencyId", (f) => ({
    id: f.dependencyId,
    provider: "Vendor",
    needed: "2027-01-11",
  })),
  ...itemCalls("changes", "changeId", (f) => ({ id: f.changeId, requester: "Sam", reason: "Scope" })),
  ...itemCalls("kpis", "kpiId", (f) => ({ id: f.kpiId, name: "Adoption" })),
  ...itemCalls("backlog-items", "itemId", (f) => ({ id: f.itemId, name: "Duplicate" })),
  ...itemCalls("sprints", "sprintId", (f) => ({ id: f.sprintId, start: "2027-01-04" })),
  "POST /api/projects/:projectId/backlog-items/:itemId/move": {
    ok: 409,
    body: () => ({ sprint: null, version: STALE }),
  },
  "GET /api/projects/:projectId/agile": { ok: 200 },
  "PUT /api/projects/:projectId/agile": {
    ok: 409,
    body: () => ({ settings: DEFAULT_AGILE_SETTINGS, version: STALE }),
  },
  "POST /api/projects/:projectId/agile/template": { ok: 400, body: () => ({ template: "none" }) },
  "GET /api/projects/:projectId/vision": { ok: 200 },
  "PUT /api/projects/:projectId/vision": {
    ok: 409,
    body: () => ({ vision: VISION, version: STALE }),
  },
  "GET /api/projects/:projectId/agile/charts": { ok: 200 },
  "GET /api/projects/:projectId/agile/plan-progress": { ok: 200 },
  "POST /api/projects/:projectId/agile/plan-progress": { ok: 409, body: () => ({ version: STALE }) },
  "GET /api/projects/:projectId/sprints/:sprintId/plan": { ok: 200 },
  "POST /api/projects/:projectId/sprints/:sprintId/start": { ok: 409, body: () => ({ version: STALE }) },
  // The fixture's sprint is planned, not running: closing it is refused.
  "POST /api/projects/:projectId/sprints/:sprintId/close": { ok: 409, body: () => ({ version: STALE }) },
  "GET /api/projects/:projectId/sprints/:sprintId/report": { ok: 200 },
  // A JSON body is not a CSV file: refused before anything is read.
  "POST /api/projects/:projectId/import/jira": { ok: 415, body: () => ({ csv: "" }) },
  "GET /api/projects/:projectId/raid": { ok: 200 },
  "GET /api/projects/:projectId/changes/:changeId/impact": { ok: 200, query: "iterations=0" },
  "POST /api/projects/:projectId/changes/:changeId/rebase": { ok: 409, body: () => ({ version: STALE }) },
  "POST /api/projects/:projectId/changes/:changeId/decision": {
    ok: 409,
    body: () => ({ decision: "rejected", why: "Matrix", version: STALE }),
  },
  "GET /api/projects/:projectId/change-log": { ok: 200 },
  "GET /api/projects/:projectId/progress": { ok: 200 },
  "GET /api/projects/:projectId/status-reports": { ok: 200 },
  "GET /api/projects/:projectId/dashboard": { ok: 200 },
  "GET /api/portfolio/status": { ok: 200 },
  "POST /api/projects/:projectId/status-reports": { ok: 201, body: () => ({ asOf: "2027-01-08" }) },
  "GET /api/projects/:projectId/status-reports/:reportId": { ok: 200 },
  "PATCH /api/projects/:projectId/status-reports/:reportId": {
    ok: 409,
    body: () => ({ report: { summary: "Edited" }, version: STALE }),
  },
  "POST /api/projects/:projectId/status-reports/:reportId/send": {
    ok: 409,
    body: () => ({ version: STALE }),
  },
  "DELETE /api/projects/:projectId/status-reports/:reportId": { ok: 409, query: `version=${STALE}` },
  "GET /api/projects/:projectId/status-reports/:reportId/export": { ok: 200, query: "format=text" },
  "GET /api/projects/:projectId/evm": { ok: 200, query: "asOf=2027-01-06" },

  "POST /api/projects/:projectId/forecast": { ok: 200, body: () => ({ iterations: 20 }) },
  "POST /api/forecast/throughput": {
    ok: 200,
    body: () => ({ csv: "finished\n2027-01-04\n", remaining: 1, iterations: 20 }),
  },
  "GET /api/projects/:projectId/load": { ok: 200 },
  "GET /api/projects/:projectId/capacity": { ok: 200 },
  "POST /api/projects/:projectId/level": { ok: 200, body: () => ({ mode: "delay" }) },
  "POST /api/projects/:projectId/level/apply": {
    ok: 409,
    body: () => ({ planVersion: STALE, constraints: [] }),
  },

  "GET /api/projects/:projectId/baselines": { ok: 200 },
  "POST /api/projects/:projectId/baselines": { ok: 201, body: () => ({ name: "Matrix" }) },
  "GET /api/projects/:projectId/baselines/:baselineId": { ok: 200 },
  "GET /api/projects/:projectId/baselines/:baselineId/variance": { ok: 200 },
  "DELETE /api/projects/:projectId/baselines/:baselineId": { ok: 409, query: `version=${STALE}` },

  "GET /api/projects/:projectId/events": { ok: 200, stream: true },

  "GET /api/me/career/profile": { ok: 200 },
  // A profile dated in the future: refused after the gate, before anything is stored.
  "PUT /api/me/career/profile": {
    ok: 400,
    body: () => ({
      profile: {
        currentRole: "Dev",
        background: "",
        education: "bachelor",
        experience: [{ kind: "team", from: "2199-01" }],
      },
    }),
  },
  "GET /api/me/career/evidence": { ok: 200 },
  "POST /api/me/career/evidence": { ok: 400, body: () => ({ title: "Win", date: "2199-01-01" }) },
  // Without the version it was seen at: every caller is refused by the body check.
  "PATCH /api/me/career/evidence/:evidenceId": { ok: 400, body: () => ({ title: "Edited" }) },
  "DELETE /api/me/career/evidence/:evidenceId": {
    ok: 204,
    fresh: async (t, _f, _x, caller) => ({ evidenceId: await careerEntry(t, caller) }),
  },
  "GET /api/me/career/suggestions": { ok: 200 },
  "POST /api/me/career/suggestions/:key/accept": { ok: 404, body: () => ({}) },
  "POST /api/me/career/suggestions/:key/dismiss": { ok: 404 },
  "GET /api/me/career/suggestions/dismissed": { ok: 200 },
  "DELETE /api/me/career/suggestions/:key/decision": { ok: 404 },
  // Nobody in the matrix has a career profile.
  "GET /api/me/career/readiness": { ok: 422 },
  "GET /api/me/career/competencies": { ok: 200 },
  "GET /api/me/career/eligibility": { ok: 422 },
  "POST /api/career/bullet": { ok: 200, body: () => ({ text: "Led the release of 3 services" }) },
  "POST /api/career/match": { ok: 400, body: () => ({ posting: " " }) },
  "GET /api/me/career/drafts": { ok: 200 },
  "GET /api/me/career/exercises": { ok: 200 },
  "POST /api/me/career/exercises/:exerciseId/start": {
    ok: 404,
    body: (f) => ({ workspaceId: f.workspaceId }),
  },
  "GET /api/me/career/interview": { ok: 200 },
  "GET /api/me/career/interview/question": { ok: 200, query: "seed=3" },
  "POST /api/me/career/portfolio": {
    ok: 200,
    fresh: async (t, _f, _x, caller) => ({ evidenceId: await careerEntry(t, caller) }),
    body: (f) => ({ title: "Matrix", evidenceIds: [f.evidenceId], projectIds: [], format: "md" }),
  },
  "POST /api/me/career/portfolio/share": {
    ok: 201,
    fresh: async (t, _f, _x, caller) => ({ evidenceId: await careerEntry(t, caller) }),
    body: (f) => ({ title: "Matrix", evidenceIds: [f.evidenceId] }),
  },
  "GET /api/shared/portfolio/:token": { ok: 200 },
  "POST /api/me/career/resume": {
    ok: 200,
    fresh: async (t, _f, _x, caller) => ({ evidenceId: await careerEntry(t, caller) }),
    body: (f) => ({ evidenceIds: [f.evidenceId], format: "md" }),
  },
  "DELETE /api/me/career/portfolio/share/:token": {
    ok: 204,
    fresh: async (t, _f, _x, caller) => {
      const res = await (caller.client as TestClient).request("POST", "/api/me/career/portfolio/share", {
        title: "To revoke",
        evidenceIds: [await careerEntry(t, caller)],
      });
      return { token: (await json(res)).token };
    },
  },
};

/** A fresh evidence entry of the caller's own. */
async function careerEntry(t: TestApp, caller: Who): Promise<string> {
  const userId = (caller.client as TestClient).userId;
  return (
    await t.store.db.transaction((tx) =>
      career.createEvidence(tx, userId, { title: "Win", date: "2026-01-05" }),
    )
  ).id;
}

const routeKey = (r: Route) => `${r.method} ${r.path}`;

type Outcome = "allowed" | 401 | 403 | 404;

/** What the route's declared access says this caller gets. */
function expectedOutcome(access: Access, who: Who): Outcome {
  if (access.scope === "public") return "allowed";
  if (who.client === undefined) return 401;
  if (access.scope === "user") return "allowed";
  const role = access.scope === "workspace" ? who.workspaceRole : who.projectRole;
  if (role === undefined) return 404;
  return roleAtLeast(role, access.role) ? "allowed" : 403;
}

function fillPath(path: string, params: Fixture): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = (params as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) throw new Error(`the role matrix has no fixture value for :${name} in ${path}`);
    return encodeURIComponent(value);
  });
}

describe("the role matrix's call table", () => {
  it("says how to call every route, and only routes that exist", () => {
    const keys = new Set(ROUTES.map(routeKey));
    expect(ROUTES.map(routeKey).filter((k) => CALLS[k] === undefined)).toEqual([]);
    expect(Object.keys(CALLS).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("finds every route in the OpenAPI document", async () => {
    const { openApiDocument } = await import("./openapi.js");
    const doc = openApiDocument(ROUTES, "test") as { paths: Record<string, Record<string, unknown>> };
    for (const r of ROUTES) {
      const path = r.path.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[r.method.toLowerCase()], routeKey(r)).toMatchObject({
        "x-keel-access": r.access,
      });
    }
  });
});

describe.each(TEST_DRIVERS)("role matrix on %s", (driver) => {
  let t: TestApp;
  let fixture: Fixture;
  let extras: Extras;
  const callers: Who[] = [];

  beforeAll(async () => {
    t = await openTestApp(driver);
    const owner = await t.user("Olive");
    const ws = await json(owner.request("POST", "/api/workspaces", { name: "Matrix" }));
    const created = await owner.request("POST", `/api/workspaces/${ws.id}/projects`, {
      name: "Roles",
      start: "2027-01-04",
    });
    expect(created.status).toBe(201);
    const projectId: string = (await json(created)).id;
    const base = `/api/projects/${projectId}`;
    const post = async (path: string, body: unknown) => {
      const res = await owner.request("POST", `${base}${path}`, body);
      expect(res.status, `POST ${path}`).toBe(201);
      return json(res);
    };
    await post("/tasks", taskBody("design"));
    await post("/tasks", taskBody("build"));
    const link = await post("/links", { from: "design", to: "build" });
    await post("/resources", { id: "dev", name: "Developer" });
    const assignment = await post("/assignments", { task: "design", resource: "dev" });
    await post("/risks", { id: "outage", probability: 2, impact: 3, tasks: ["design"] });
    await post("/assumptions", { id: "A1", name: "The API stays stable" });
    await post("/kpis", { id: "adoption", name: "Weekly active teams", target: 40 });
    await post("/issues", { id: "I1", name: "Test rig broken" });
    await post("/dependencies", {
      id: "D1",
      name: "SDK",
      provider: "Vendor",
      needed: "2027-01-11",
      tasks: ["build"],
    });
    await post("/changes", {
      id: "CR-1",
      requester: "Sam",
      reason: "Scope",
      status: "submitted",
      edits: [{ op: "updateTask", id: "build", set: { duration: { value: 3, unit: "d", elapsed: false } } }],
    });
    const baseline = await post("/baselines", { name: "Plan of record" });
    await post("/sprints", { start: "2027-01-04" });
    await post("/backlog-items", { name: "Sign in", points: 3, sprint: "S1" });
    const report = await post("/status-reports", { asOf: "2027-01-08" });
    const token = await json(owner.request("POST", "/api/tokens", { name: "ci" }));
    const win = await json(
      owner.request("POST", "/api/me/career/evidence", { title: "Win", date: "2026-01-05" }),
    );
    const share = await json(
      owner.request("POST", "/api/me/career/portfolio/share", { title: "Shared", evidenceIds: [win.id] }),
    );

    const pat = await t.user("Pat", { password: PASSWORD });
    await grantWorkspaceRole(t.store, owner.userId, ws.id, pat.userId, "viewer");
    await grantProjectRole(t.store, owner.userId, projectId, pat.userId, "member");

    callers.push({ name: "anonymous", client: undefined, workspaceRole: undefined, projectRole: undefined });
    callers.push({
      name: "signed-in non-member",
      client: await t.user("Nina"),
      workspaceRole: undefined,
      projectRole: undefined,
    });
    for (const role of ["viewer", "member", "manager"] as const) {
      const client = await t.user(`Workspace ${role}`);
      await grantWorkspaceRole(t.store, owner.userId, ws.id, client.userId, role);
      callers.push({ name: `workspace ${role}`, client, workspaceRole: role, projectRole: role });
    }
    callers.push({ name: "workspace owner", client: owner, workspaceRole: "owner", projectRole: "owner" });
    // Roles given on the project only: they reach the project, not the workspace.
    for (const role of ["viewer", "member", "manager", "owner"] as const) {
      const client = await t.user(`Project ${role}`);
      await grantProjectRole(t.store, owner.userId, projectId, client.userId, role);
      callers.push({ name: `project-only ${role}`, client, workspaceRole: undefined, projectRole: role });
    }
    // A project role narrows a workspace role on that project.
    const narrowed = await t.user("Narrowed");
    await grantWorkspaceRole(t.store, owner.userId, ws.id, narrowed.userId, "manager");
    await grantProjectRole(t.store, owner.userId, projectId, narrowed.userId, "viewer");
    callers.push({
      name: "workspace manager, project viewer",
      client: narrowed,
      workspaceRole: "manager",
      projectRole: "viewer",
    });

    fixture = {
      workspaceId: ws.id,
      projectId,
      taskId: "design",
      linkId: link.id,
      calendarId: "standard",
      resourceId: "dev",
      assignmentId: assignment.id,
      riskId: "outage",
      assumptionId: "A1",
      issueId: "I1",
      dependencyId: "D1",
      changeId: "CR-1",
      kpiId: "adoption",
      reportId: report.id,
      baselineId: baseline.id,
      itemId: "KEEL-1",
      sprintId: "S1",
      userId: pat.userId,
      tokenId: token.id,
      entity: "task",
      entityId: "design",
      evidenceId: win.id,
      key: "milestone-delivered:none:none",
      token: share.token,
      exerciseId: "no-such-exercise",
    };
    const plan = await t.store.plan(projectId);
    extras = { ownerId: owner.userId, patEmail: "pat@example.com", plan, planYaml: toPlanYaml(plan) };
  }, 60_000);
  afterAll(() => t?.dispose());

  for (const r of ROUTES) {
    it(`${routeKey(r)} (${describeAccess(r.access)})`, async () => {
      const call = CALLS[routeKey(r)];
      if (call === undefined) {
        throw new Error(`add ${routeKey(r)} to CALLS in role-matrix.test.ts: say how to call it harmlessly`);
      }
      for (const who of callers) {
        const outcome = expectedOutcome(r.access, who);
        const label = `${routeKey(r)} as ${who.name}`;
        let params = fixture;
        if (outcome === "allowed" && call.fresh !== undefined) {
          params = { ...fixture, ...(await call.fresh(t, fixture, extras, who)) };
        }
        let client = who.client ?? t.anonymous();
        if (call.ownSession && who.client !== undefined) client = await t.sessionFor(who.client.userId);
        const path = fillPath(r.path, params) + (call.query === undefined ? "" : `?${call.query}`);
        const res = await client.request(r.method, path, call.body?.(params, extras));
        const isStream = res.headers.get("content-type")?.startsWith("text/event-stream") ?? false;
        const text = isStream ? await firstEvent(res) : await res.text();
        const error = !isStream && text !== "" && res.status >= 400 ? JSON.parse(text).error : undefined;

        if (outcome === "allowed") {
          expect(res.status, `${label}: ${text}`).not.toBe(401);
          expect(res.status, `${label}: ${text}`).not.toBe(403);
          if (res.status === 404) expect(["workspace", "project"], label).not.toContain(error?.entity);
          expect(res.status, `${label}: ${text}`).toBe(call.ok);
          if (call.stream) {
            expect(isStream, label).toBe(true);
            expect(text, label).toContain("event: ready");
          }
        } else {
          expect(res.status, `${label}: ${text}`).toBe(outcome);
          if (outcome === 401) expect(error?.code, label).toBe("unauthenticated");
          if (outcome === 403) expect(error?.code, label).toBe("forbidden");
          if (outcome === 404) expect(error?.entity, label).toBe(r.access.scope);
        }
      }
      if (call.stream) await expect.poll(() => t.services.feed.subscriberCount).toBe(0);
    });
  }

  it("leaves the fixture intact", async () => {
    const owner = callers.find((c) => c.workspaceRole === "owner")?.client as TestClient;
    const base = `/api/projects/${fixture.projectId}`;
    for (const path of [
      `/api/workspaces/${fixture.workspaceId}`,
      base,
      `${base}/tasks/${fixture.taskId}`,
      `${base}/links/${fixture.linkId}`,
      `${base}/calendars/${fixture.calendarId}`,
      `${base}/resources/${fixture.resourceId}`,
      `${base}/assignments/${fixture.assignmentId}`,
      `${base}/risks/${fixture.riskId}`,
      `${base}/assumptions/${fixture.assumptionId}`,
      `${base}/issues/${fixture.issueId}`,
      `${base}/dependencies/${fixture.dependencyId}`,
      `${base}/changes/${fixture.changeId}`,
      `${base}/kpis/${fixture.kpiId}`,
      `${base}/status-reports/${fixture.reportId}`,
      `${base}/baselines/${fixture.baselineId}`,
    ]) {
      expect((await owner.request("GET", path)).status, path).toBe(200);
    }
    expect((await t.anonymous().request("GET", `/api/shared/portfolio/${fixture.token}`)).status).toBe(200);
    expect(await json(owner.request("GET", "/api/me/career/evidence"))).toContainEqual(
      expect.objectContaining({ id: fixture.evidenceId }),
    );
    const tokens = await json(owner.request("GET", "/api/tokens"));
    expect(tokens.map((x: { id: string }) => x.id)).toContain(fixture.tokenId);
    const members = await json(owner.request("GET", `${base}/members`));
    expect(members).toContainEqual(expect.objectContaining({ userId: fixture.userId, role: "member" }));
  });
});

function describeAccess(access: Access): string {
  return access.scope === "public" || access.scope === "user"
    ? access.scope
    : `${access.scope} ${access.role}`;
}

/** Reads an event stream up to its first event, then hangs up. */
async function firstEvent(res: Response): Promise<string> {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (!text.includes("\n\n")) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel();
  }
  return text;
}
