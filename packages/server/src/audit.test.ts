import { toPlanYaml } from "@keel/formats";
import { DEFAULT_AGILE_SETTINGS, EMPTY_PRODUCT_VISION, type Plan, STANDARD_CALENDAR } from "@keel/model";
import { accounts } from "@keel/store";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "./auth/secrets.js";
import { ROUTES } from "./routes/index.js";
import {
  grantProjectRole,
  grantWorkspaceRole,
  json,
  openTestApp,
  type TestApp,
  type TestClient,
} from "./testing/test-app.js";

/**
 * Every mutating route, driven once through HTTP: the change must show up in the history with who
 * did it, what, and the values before and after; requests that fail must leave no entry at all.
 */

const PASSWORD = "correct horse battery";
const STALE = 999_999;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type Scope = { project: string } | { workspace: string } | "store";

interface Expected {
  /** Where to look: the project's or workspace's history over HTTP, or the store (for what HTTP cannot show). */
  readonly in: Scope;
  readonly entity: string;
  readonly entityId: string;
  readonly action: "create" | "update" | "delete";
  /** Defaults to Ada, who makes most changes. */
  readonly actorId?: string;
  /** Matched with toMatchObject; null means "no value". */
  readonly before?: object | null;
  readonly after?: object | null;
}

const task = (id: string, name = id) => ({
  id,
  name,
  parent: null,
  milestone: false,
  duration: { value: 1, unit: "d" as const, elapsed: false },
  constraint: { type: "ASAP" as const },
});

const plan = (name: string, tasks: string[], links: [string, string][]): Plan => ({
  project: { name, start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
  calendars: [STANDARD_CALENDAR],
  tasks: tasks.map((id) => task(id)),
  links: links.map(([from, to]) => ({ from, to, type: "FS", lag: { value: 0, unit: "d", elapsed: false } })),
});

describe.each(TEST_DRIVERS)("audit trail on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let workspaceId: string;
  let projectId: string;
  let counter = 0;
  const unique = (prefix: string) => `${prefix}${++counter}`;

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    workspaceId = (await json(ada.request("POST", "/api/workspaces", { name: "Audited" }))).id;
    projectId = (
      await t.store.createProjectFromPlan(ada.userId, workspaceId, plan("Main", ["a", "b"], [["a", "b"]]))
    ).id;
  }, 60_000);
  afterAll(() => t?.dispose());

  const lastAuditId = async () =>
    (await t.store.db.query<{ id: number | null }>("SELECT max(id)::int AS id FROM audit_log"))[0]?.id ?? 0;

  const historyOf = async (scope: Scope, entity: string, entityId: string) => {
    if (scope === "store") return t.store.history({ entity, entityId });
    const path =
      "project" in scope
        ? `/api/projects/${scope.project}/history`
        : `/api/workspaces/${scope.workspace}/history`;
    const res = await ada.request("GET", `${path}?entity=${entity}&entityId=${encodeURIComponent(entityId)}`);
    expect(res.status, path).toBe(200);
    return json(res);
  };

  /** Sends a change and checks the entries it must have written. Returns the response body. */
  async function audited(
    request: () => Promise<Response>,
    status: number,
    // biome-ignore lint/suspicious/noExplicitAny: the body's shape depends on the route.
    expected: (body: any) => Expected[],
  ) {
    const since = await lastAuditId();
    const res = await request();
    const text = await res.text();
    expect(res.status, text).toBe(status);
    const body = text === "" ? undefined : JSON.parse(text);
    for (const e of expected(body)) {
      const entries = (await historyOf(e.in, e.entity, e.entityId)).filter(
        (x: { id: number; action: string }) => x.id > since && x.action === e.action,
      );
      const label = `${e.action} ${e.entity} ${e.entityId}`;
      expect(entries, label).toHaveLength(1);
      const entry = entries[0];
      expect(entry, label).toMatchObject({
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        actorId: e.actorId ?? ada.userId,
      });
      expect(entry.actorName, label).toEqual(expect.any(String));
      if (e.before === null) expect(entry.before, label).toBeNull();
      else if (e.before !== undefined) expect(entry.before, label).toMatchObject(e.before);
      if (e.after === null) expect(entry.after, label).toBeNull();
      else if (e.after !== undefined) expect(entry.after, label).toMatchObject(e.after);
    }
    return body;
  }

  /** Sends a request that must fail with `status` and leave the audit log as it was. */
  async function rejected(request: () => Promise<Response>, status: number) {
    const since = await lastAuditId();
    const res = await request();
    const text = await res.text();
    expect(res.status, text).toBe(status);
    const added = await t.store.db.query("SELECT entity, entity_id, action FROM audit_log WHERE id > $1", [
      since,
    ]);
    expect(added, `a failed request (${status}) wrote to the audit log`).toEqual([]);
  }

  const inProject = (id = projectId) => ({ project: id });
  const inWorkspace = (id = workspaceId) => ({ workspace: id });

  async function scratchWorkspace(): Promise<string> {
    return (await t.store.db.transaction((tx) => accounts.createWorkspace(tx, ada.userId, "Scratch"))).id;
  }

  async function scratchProject(tasks: string[] = ["a", "b"]): Promise<string> {
    return (await t.store.createProjectFromPlan(ada.userId, workspaceId, plan("Scratch", tasks, []))).id;
  }

  async function member(role: "member" | "viewer" = "member"): Promise<TestClient> {
    const user = await t.user(unique("Someone "));
    await grantWorkspaceRole(t.store, ada.userId, workspaceId, user.userId, role);
    return user;
  }

  const itemBase = (plural: string) => `/api/projects/${projectId}/${plural}`;

  /** What each kind of plan item needs for the generic create/bulk/update/delete cases. */
  interface Kind {
    readonly plural: string;
    readonly entity: string;
    /** The path parameter naming one item, when it is not `<entity>Id`. */
    readonly param?: string;
    /** A body for a new item (making what it refers to first). */
    fresh(): Promise<Record<string, unknown>>;
    readonly patch: Record<string, unknown>;
    /** A body of the wrong shape: 400. */
    readonly invalid: Record<string, unknown>;
    /** A well-formed body the store refuses (duplicate, dangling reference): 409. */
    conflicting(): Promise<Record<string, unknown>>;
  }

  const KINDS: Kind[] = [
    {
      plural: "tasks",
      entity: "task",
      fresh: async () => task(unique("t")),
      patch: { name: "Renamed", notes: "audited" },
      invalid: { id: "x", name: 5, duration: { value: 1, unit: "d", elapsed: false } },
      conflicting: async () => task("a"),
    },
    {
      plural: "links",
      entity: "link",
      fresh: async () => {
        const [from, to] = [unique("from"), unique("to")];
        for (const id of [from, to]) await ada.request("POST", itemBase("tasks"), task(id));
        return { from, to };
      },
      patch: { type: "SS" },
      invalid: { from: "a", to: "b", type: "XX" },
      conflicting: async () => ({ from: "a", to: "missing" }),
    },
    {
      plural: "calendars",
      entity: "calendar",
      fresh: async () => ({
        id: unique("cal"),
        workweek: ["mon", "tue"],
        hours: ["09:00-17:00"],
        holidays: [],
        exceptions: [],
      }),
      patch: { name: "Renamed", holidays: ["2027-01-05"] },
      invalid: { id: "bad", workweek: ["mon"], hours: ["17:00-09:00"], holidays: [], exceptions: [] },
      conflicting: async () => ({ ...STANDARD_CALENDAR }),
    },
    {
      plural: "resources",
      entity: "resource",
      fresh: async () => ({ id: unique("res"), name: "Developer" }),
      patch: { name: "Renamed", maxUnits: 2 },
      invalid: { id: "bad", name: "Bad", maxUnits: -1 },
      conflicting: async () => {
        const id = unique("dup");
        await ada.request("POST", itemBase("resources"), { id, name: "Taken" });
        return { id, name: "Again" };
      },
    },
    {
      plural: "assignments",
      entity: "assignment",
      fresh: async () => {
        const resource = unique("worker");
        await ada.request("POST", itemBase("resources"), { id: resource, name: resource });
        return { task: "a", resource };
      },
      patch: { units: 0.5 },
      invalid: { task: "a", resource: "x", units: 0 },
      conflicting: async () => ({ task: "a", resource: "missing" }),
    },
    {
      plural: "risks",
      entity: "risk",
      fresh: async () => ({ id: unique("risk"), probability: 2, impact: 4, tasks: ["a"] }),
      patch: { probability: 4, name: "Renamed" },
      invalid: { id: "bad", probability: 0.2, impact: 3 },
      conflicting: async () => {
        const id = unique("dup");
        const body = { id, probability: 1, impact: 1 };
        await ada.request("POST", itemBase("risks"), body);
        return body;
      },
    },
    registerKind(
      "assumptions",
      "assumption",
      { name: "Vendor keeps the price" },
      { status: "valid" },
      {
        status: "maybe",
      },
    ),
    registerKind(
      "issues",
      "issue",
      { name: "Rig down", severity: "high" },
      { escalation: "sponsor" },
      {
        severity: "dire",
      },
    ),
    registerKind(
      "dependencies",
      "dependency",
      { name: "SDK", provider: "Vendor", needed: "2027-01-11", tasks: ["a"] },
      { expected: "2027-01-13" },
      { provider: "Vendor", needed: "someday" },
    ),
    registerKind(
      "kpis",
      "kpi",
      { name: "Weekly active teams", unit: "teams" },
      { target: 40 },
      { better: "more" },
    ),
    {
      ...registerKind(
        "backlog-items",
        "backlog_item",
        { name: "Sign in", points: 3 },
        { points: 5 },
        {
          name: "Sign in",
          points: -1,
        },
      ),
      param: "itemId",
    },
    registerKind(
      "sprints",
      "sprint",
      { start: "2027-01-04" },
      { goal: "Sign-in works" },
      { start: "2027-01-04", finish: "2026-12-01" },
    ),
    registerKind(
      "changes",
      "change",
      { requester: "Sam", reason: "Customer asked" },
      { status: "submitted" },
      { requester: "Sam", reason: "x", status: "approved" },
    ),
  ];

  /** A RAID or change-request kind: ids chosen by the client, so a repeated id is the 409. */
  function registerKind(
    plural: string,
    entity: string,
    fields: Record<string, unknown>,
    patch: Record<string, unknown>,
    invalid: Record<string, unknown>,
  ): Kind {
    return {
      plural,
      entity,
      fresh: async () => ({ id: unique(entity), ...fields }),
      patch,
      invalid: { id: "bad", ...invalid },
      conflicting: async () => {
        const body = { id: unique("dup"), ...fields };
        await ada.request("POST", itemBase(plural), body);
        return body;
      },
    };
  }

  /** Creates an item through the API; returns its id and version. */
  async function seed(kind: Kind): Promise<{ id: string; version: number; body: Record<string, unknown> }> {
    const body = await kind.fresh();
    const res = await ada.request("POST", itemBase(kind.plural), body);
    expect(res.status, await res.clone().text()).toBe(201);
    const created = await json(res);
    return { id: created.id, version: created.version, body };
  }

  type Case = (() => Promise<void>) | { readonly exempt: string };

  const CASES: Record<string, Case> = {
    "POST /api/setup": { exempt: "needs an instance without accounts: auth.test.ts checks its entries" },
    "POST /api/session": { exempt: "signing in changes no shared data" },
    "DELETE /api/session": { exempt: "signing out changes no shared data" },
    "POST /api/tokens": async () => {
      await rejected(() => ada.request("POST", "/api/tokens", { name: "" }), 400);
      await audited(
        () => ada.request("POST", "/api/tokens", { name: "ci" }),
        201,
        (body) => [
          {
            in: "store",
            entity: "api_token",
            entityId: body.id,
            action: "create",
            actorId: ada.userId,
            after: { name: "ci" },
          },
        ],
      );
    },
    "DELETE /api/tokens/:tokenId": async () => {
      const { id } = await json(ada.request("POST", "/api/tokens", { name: "old" }));
      await rejected(() => ada.request("DELETE", "/api/tokens/00000000-0000-4000-8000-000000000000"), 404);
      await audited(
        () => ada.request("DELETE", `/api/tokens/${id}`),
        204,
        () => [
          {
            in: "store",
            entity: "api_token",
            entityId: id,
            action: "delete",
            actorId: ada.userId,
            before: { name: "old" },
          },
        ],
      );
    },

    "PUT /api/me/password": async () => {
      const pia = await t.user(unique("Pia"), { password: PASSWORD });
      const change = (newPassword: string) => () =>
        pia.request("PUT", "/api/me/password", { currentPassword: PASSWORD, newPassword });
      await rejected(change("short"), 400);
      await audited(change("a much longer passphrase"), 204, () => [
        {
          in: "store",
          entity: "user",
          entityId: pia.userId,
          action: "update",
          actorId: pia.userId,
          after: { password: "changed" },
        },
      ]);
    },

    "POST /api/workspaces": async () => {
      await rejected(() => ada.request("POST", "/api/workspaces", { name: "" }), 400);
      await audited(
        () => ada.request("POST", "/api/workspaces", { name: "Fresh" }),
        201,
        (ws) => [
          {
            in: inWorkspace(ws.id),
            entity: "workspace",
            entityId: ws.id,
            action: "create",
            before: null,
            after: { name: "Fresh" },
          },
        ],
      );
    },
    "PATCH /api/workspaces/:workspaceId": async () => {
      const id = await scratchWorkspace();
      const rename = (body: unknown) => () => ada.request("PATCH", `/api/workspaces/${id}`, body);
      await rejected(rename({ name: "Stale", version: STALE }), 409);
      await rejected(rename({ name: 5, version: 1 }), 400);
      await audited(rename({ name: "Renamed", version: 1 }), 200, () => [
        {
          in: inWorkspace(id),
          entity: "workspace",
          entityId: id,
          action: "update",
          before: { name: "Scratch" },
          after: { name: "Renamed" },
        },
      ]);
    },
    "DELETE /api/workspaces/:workspaceId": async () => {
      const id = await scratchWorkspace();
      await rejected(() => ada.request("DELETE", `/api/workspaces/${id}?version=${STALE}`), 409);
      // Once deleted, the workspace's history is out of reach over HTTP; the store keeps it.
      await audited(
        () => ada.request("DELETE", `/api/workspaces/${id}?version=1`),
        204,
        () => [
          {
            in: "store",
            entity: "workspace",
            entityId: id,
            action: "delete",
            before: { name: "Scratch" },
            after: null,
          },
        ],
      );
    },
    "POST /api/workspaces/:workspaceId/members": async () => {
      const path = `/api/workspaces/${workspaceId}/members`;
      await rejected(() => ada.request("POST", path, { email: "newbie@example.com", role: "member" }), 400);
      await rejected(() => ada.request("POST", path, { email: "not an email", role: "member" }), 400);
      await audited(
        () =>
          ada.request("POST", path, {
            email: "newbie@example.com",
            name: "Newbie",
            password: PASSWORD,
            role: "member",
          }),
        201,
        (m) => [
          {
            in: inWorkspace(),
            entity: "member",
            entityId: m.userId,
            action: "create",
            before: null,
            after: { role: "member" },
          },
          {
            in: "store",
            entity: "user",
            entityId: m.userId,
            action: "create",
            after: { email: "newbie@example.com" },
          },
        ],
      );
    },
    "PUT /api/workspaces/:workspaceId/members/:userId": async () => {
      const bob = await member();
      const path = `/api/workspaces/${workspaceId}/members/${bob.userId}`;
      await rejected(() => ada.request("PUT", path, { role: "boss" }), 400);
      await rejected(
        () => ada.request("PUT", `/api/workspaces/${workspaceId}/members/${ada.userId}`, { role: "viewer" }),
        409,
      );
      await audited(
        () => ada.request("PUT", path, { role: "manager" }),
        200,
        () => [
          {
            in: inWorkspace(),
            entity: "member",
            entityId: bob.userId,
            action: "update",
            before: { role: "member" },
            after: { role: "manager" },
          },
        ],
      );
    },
    "DELETE /api/workspaces/:workspaceId/members/:userId": async () => {
      const bob = await member();
      await rejected(
        () => ada.request("DELETE", `/api/workspaces/${workspaceId}/members/${ada.userId}`),
        409,
      );
      await audited(
        () => ada.request("DELETE", `/api/workspaces/${workspaceId}/members/${bob.userId}`),
        204,
        () => [
          {
            in: inWorkspace(),
            entity: "member",
            entityId: bob.userId,
            action: "delete",
            before: { role: "member" },
            after: null,
          },
        ],
      );
    },

    "POST /api/workspaces/:workspaceId/projects": async () => {
      const path = `/api/workspaces/${workspaceId}/projects`;
      await rejected(() => ada.request("POST", path, { name: "Bad", start: "someday" }), 400);
      await audited(
        () => ada.request("POST", path, { name: "New", start: "2027-01-04" }),
        201,
        (p) => [
          { in: inWorkspace(), entity: "project", entityId: p.id, action: "create", after: { name: "New" } },
          { in: inProject(p.id), entity: "calendar", entityId: "standard", action: "create" },
        ],
      );
    },
    "POST /api/workspaces/:workspaceId/projects/import": async () => {
      const path = `/api/workspaces/${workspaceId}/projects/import`;
      const file = (content: string) => () => ada.request("POST", path, { fileName: "plan.yaml", content });
      await rejected(file("tasks: [[[ not yaml"), 400);
      await rejected(
        file(
          toPlanYaml(
            plan(
              "Cycle",
              ["x", "y"],
              [
                ["x", "y"],
                ["y", "x"],
              ],
            ),
          ),
        ),
        422,
      );
      await audited(file(toPlanYaml(plan("Imported", ["x", "y"], [["x", "y"]]))), 201, (p) => [
        {
          in: inWorkspace(),
          entity: "project",
          entityId: p.id,
          action: "create",
          after: { name: "Imported" },
        },
        { in: inProject(p.id), entity: "task", entityId: "x", action: "create", after: { id: "x" } },
        { in: inProject(p.id), entity: "task", entityId: "y", action: "create", after: { id: "y" } },
      ]);
    },
    "PATCH /api/projects/:projectId": async () => {
      const id = await scratchProject();
      const { version } = await t.store.getProject(t.store.db, id);
      const patch = (body: object) => () => ada.request("PATCH", `/api/projects/${id}`, body);
      await rejected(patch({ name: "Stale", version: STALE }), 409);
      await rejected(patch({ hoursPerDay: 99, version }), 400);
      await rejected(patch({ name: "No version" }), 400);
      await rejected(patch({ calendar: "no-such-calendar", version }), 422);
      await audited(patch({ name: "Renamed", version }), 200, () => [
        {
          in: inProject(id),
          entity: "project",
          entityId: id,
          action: "update",
          before: { name: "Scratch" },
          after: { name: "Renamed" },
        },
      ]);
    },
    "DELETE /api/projects/:projectId": async () => {
      const id = await scratchProject();
      const { version } = await t.store.getProject(t.store.db, id);
      await rejected(() => ada.request("DELETE", `/api/projects/${id}?version=${STALE}`), 409);
      await audited(
        () => ada.request("DELETE", `/api/projects/${id}?version=${version}`),
        204,
        () => [
          {
            in: inWorkspace(),
            entity: "project",
            entityId: id,
            action: "delete",
            before: { name: "Scratch" },
            after: null,
          },
        ],
      );
      expect((await ada.request("GET", `/api/projects/${id}/history`)).status).toBe(404);
    },
    "PUT /api/projects/:projectId/members/:userId": async () => {
      const guest = await t.user(unique("Guest"));
      const path = `/api/projects/${projectId}/members/${guest.userId}`;
      await rejected(() => ada.request("PUT", path, { role: "boss" }), 400);
      await audited(
        () => ada.request("PUT", path, { role: "viewer" }),
        200,
        () => [
          {
            in: inProject(),
            entity: "member",
            entityId: guest.userId,
            action: "create",
            before: null,
            after: { role: "viewer" },
          },
        ],
      );
    },
    "DELETE /api/projects/:projectId/members/:userId": async () => {
      const guest = await t.user(unique("Guest"));
      const path = `/api/projects/${projectId}/members/${guest.userId}`;
      await rejected(() => ada.request("DELETE", path), 404);
      await grantProjectRole(t.store, ada.userId, projectId, guest.userId, "member");
      await audited(
        () => ada.request("DELETE", path),
        204,
        () => [
          {
            in: inProject(),
            entity: "member",
            entityId: guest.userId,
            action: "delete",
            before: { role: "member" },
            after: null,
          },
        ],
      );
    },
    "POST /api/projects/:projectId/bulk": async () => {
      const id = await scratchProject(["a", "b"]);
      const path = `/api/projects/${id}/bulk`;
      const tasks = [task("c"), task("d")];
      const link = { from: "c", to: "d" };
      // All or nothing: a stale update in the last step undoes the tasks and the link before it.
      await rejected(
        () =>
          ada.request("POST", path, {
            steps: [
              { kind: "tasks", create: tasks },
              { kind: "links", create: [link] },
              { kind: "tasks", update: [{ id: "a", version: STALE, name: "Renamed" }] },
            ],
          }),
        409,
      );
      await rejected(
        () => ada.request("POST", path, { steps: [{ kind: "tasks", create: [{ id: "x" }] }] }),
        400,
      );
      await audited(
        () =>
          ada.request("POST", path, {
            steps: [
              { kind: "tasks", create: tasks },
              { kind: "links", create: [link] },
            ],
          }),
        200,
        (result) => [
          { in: inProject(id), entity: "task", entityId: "c", action: "create", before: null },
          { in: inProject(id), entity: "task", entityId: "d", action: "create", before: null },
          {
            in: inProject(id),
            entity: "link",
            entityId: result.steps[1].created[0].id,
            action: "create",
            after: link,
          },
        ],
      );
    },
    "PUT /api/projects/:projectId/plan": async () => {
      const id = await scratchProject();
      const { version } = await t.store.getProject(t.store.db, id);
      const put = (body: object) => () => ada.request("PUT", `/api/projects/${id}/plan`, body);
      const renamed = { ...plan("Scratch", ["a", "b"], []) };
      renamed.tasks = [task("a", "Renamed a"), task("b")];
      await rejected(put({ version: STALE, plan: renamed }), 409);
      await rejected(
        put({
          version,
          plan: plan(
            "Scratch",
            ["a", "b"],
            [
              ["a", "b"],
              ["b", "a"],
            ],
          ),
        }),
        422,
      );
      await audited(put({ version, plan: renamed }), 200, () => [
        {
          in: inProject(id),
          entity: "task",
          entityId: "a",
          action: "update",
          before: { name: "a" },
          after: { name: "Renamed a" },
        },
      ]);
    },
    "POST /api/projects/:projectId/plan/file/preview": async () => {
      const id = await scratchProject(["a", "b", "c"]);
      // A preview answers 200 with the changes it would make, and records none of them.
      await rejected(
        () =>
          ada.request("POST", `/api/projects/${id}/plan/file/preview`, {
            fileName: "plan.yaml",
            content: toPlanYaml(plan("Scratch", ["a", "b"], [])),
          }),
        200,
      );
    },
    "PUT /api/projects/:projectId/plan/file": async () => {
      const id = await scratchProject(["a", "b", "c"]);
      const put = (content: string) => () =>
        ada.request("PUT", `/api/projects/${id}/plan/file`, { fileName: "plan.yaml", content });
      await rejected(put("tasks: [[[ not yaml"), 400);
      await audited(put(toPlanYaml(plan("Scratch", ["a", "b"], []))), 200, () => [
        {
          in: inProject(id),
          entity: "task",
          entityId: "c",
          action: "delete",
          before: { id: "c" },
          after: null,
        },
      ]);
    },

    "POST /api/projects/:projectId/forecast": {
      exempt: "a computation that stores nothing: forecast-routes.test.ts",
    },
    "POST /api/forecast/throughput": {
      exempt: "a computation that stores nothing: throughput-routes.test.ts",
    },
    "POST /api/projects/:projectId/level": {
      exempt: "a preview: resource-routes.test.ts checks it stores nothing",
    },
    "POST /api/projects/:projectId/level/apply": async () => {
      const id = await scratchProject(["a", "b"]);
      const path = `/api/projects/${id}/level/apply`;
      const { planVersion } = await json(ada.request("GET", `/api/projects/${id}`));
      const apply = (version: number) => () =>
        ada.request("POST", path, { planVersion: version, constraints: [{ task: "b", date: "2027-02-01" }] });
      await rejected(apply(planVersion + 1), 409);
      await audited(apply(planVersion), 200, () => [
        {
          in: inProject(id),
          entity: "task",
          entityId: "b",
          action: "update",
          before: { constraint: { type: "ASAP" } },
          after: { constraint: { type: "SNET", date: "2027-02-01" } },
        },
      ]);
    },

    "POST /api/projects/:projectId/changes/:changeId/rebase": async () => {
      const id = await scratchProject(["a", "b"]);
      const base = `/api/projects/${id}/changes`;
      const edits = [
        { op: "removeTask", id: "gone" },
        { op: "updateTask", id: "a", set: { name: "Renamed" } },
      ];
      await json(ada.request("POST", base, { id: "CR-1", requester: "Sam", reason: "Scope", edits }));
      await rejected(() => ada.request("POST", `${base}/CR-1/rebase`, { version: STALE }), 409);
      await audited(
        () => ada.request("POST", `${base}/CR-1/rebase`, { version: 1 }),
        200,
        () => [
          {
            in: inProject(id),
            entity: "change",
            entityId: "CR-1",
            action: "update",
            after: { edits: [edits[1]] },
          },
        ],
      );
    },
    "POST /api/projects/:projectId/changes/:changeId/decision": async () => {
      const id = await scratchProject(["a", "b"]);
      const base = `/api/projects/${id}/changes`;
      const five = { value: 5, unit: "d", elapsed: false };
      await json(
        ada.request("POST", base, {
          id: "CR-1",
          requester: "Sam",
          reason: "Scope",
          status: "submitted",
          edits: [{ op: "updateTask", id: "a", set: { duration: five } }],
        }),
      );
      const decide = (body: Record<string, unknown>) => () =>
        ada.request("POST", `${base}/CR-1/decision`, body);
      await rejected(decide({ decision: "approved", why: "", version: 1 }), 400);
      await rejected(decide({ decision: "approved", why: "Worth it", version: STALE }), 409);
      await audited(decide({ decision: "approved", why: "Worth it", version: 1 }), 200, () => [
        {
          in: inProject(id),
          entity: "change",
          entityId: "CR-1",
          action: "update",
          after: { status: "approved", decision: { status: "approved", why: "Worth it" } },
        },
        { in: inProject(id), entity: "task", entityId: "a", action: "update", after: { duration: five } },
      ]);
    },

    "PUT /api/projects/:projectId/agile": async () => {
      const id = await scratchProject();
      const path = `/api/projects/${id}/agile`;
      const settings = { ...DEFAULT_AGILE_SETTINGS, wipPolicy: "block" };
      await rejected(() => ada.request("PUT", path, { settings, version: STALE }), 409);
      await rejected(
        () => ada.request("PUT", path, { settings: { ...settings, sprintLength: -1 }, version: 0 }),
        400,
      );
      await audited(
        () => ada.request("PUT", path, { settings, version: 0 }),
        200,
        () => [
          {
            in: inProject(id),
            entity: "agile_settings",
            entityId: "team",
            action: "create",
            before: null,
            after: { wipPolicy: "block" },
          },
        ],
      );
    },
    "PUT /api/projects/:projectId/vision": async () => {
      const id = await scratchProject();
      const path = `/api/projects/${id}/vision`;
      const vision = { ...EMPTY_PRODUCT_VISION, statement: "Every team ships weekly.", horizonYears: 2 };
      await rejected(() => ada.request("PUT", path, { vision, version: STALE }), 409);
      await rejected(
        () => ada.request("PUT", path, { vision: { ...vision, horizonYears: 11 }, version: 0 }),
        400,
      );
      await audited(
        () => ada.request("PUT", path, { vision, version: 0 }),
        200,
        () => [
          {
            in: inProject(id),
            entity: "product_vision",
            entityId: "vision",
            action: "create",
            before: null,
            after: { statement: "Every team ships weekly.", horizonYears: 2 },
          },
        ],
      );
    },
    "POST /api/projects/:projectId/agile/template": async () => {
      const id = await scratchProject();
      const path = `/api/projects/${id}/agile/template`;
      await rejected(() => ada.request("POST", path, { template: "waterfall" }), 400);
      await audited(
        () => ada.request("POST", path, { template: "greenfield-product" }),
        200,
        () => [
          {
            in: inProject(id),
            entity: "agile_settings",
            entityId: "team",
            action: "create",
            before: null,
            after: { template: "greenfield-product", sprintLength: 14 },
          },
          { in: inProject(id), entity: "sprint", entityId: "S1", action: "create", before: null, after: {} },
        ],
      );
    },
    "POST /api/projects/:projectId/agile/plan-progress": async () => {
      const id = await scratchProject(["a", "b"]);
      const base = `/api/projects/${id}`;
      const epic = await json(
        ada.request("POST", `${base}/backlog-items`, { name: "Sign-up", type: "epic", tasks: ["a"] }),
      );
      const story = await json(ada.request("POST", `${base}/backlog-items`, { name: "Form", epic: epic.id }));
      await ada.request("POST", `${base}/backlog-items/${story.id}/move`, {
        status: "done",
        version: story.version,
        at: "2027-01-05",
      });
      const apply = (body: unknown) => () => ada.request("POST", `${base}/agile/plan-progress`, body);
      await rejected(apply({ version: STALE }), 409);
      await rejected(apply({ tasks: "a" }), 400);
      await audited(apply({}), 200, () => [
        {
          in: inProject(id),
          entity: "task",
          entityId: "a",
          action: "update",
          after: { percentComplete: 100, actualStart: "2027-01-05", actualFinish: "2027-01-05" },
        },
      ]);
    },
    "POST /api/projects/:projectId/backlog-items/:itemId/move": async () => {
      const id = await scratchProject();
      const base = `/api/projects/${id}`;
      const item = await json(ada.request("POST", `${base}/backlog-items`, { name: "Sign in" }));
      const move = (body: unknown) => () =>
        ada.request("POST", `${base}/backlog-items/${item.id}/move`, body);
      await rejected(move({ status: "in-progress", version: STALE }), 409);
      await rejected(move({ status: "nowhere", version: item.version }), 422);
      await audited(move({ status: "in-progress", version: item.version, at: "2027-01-05" }), 200, () => [
        {
          in: inProject(id),
          entity: "backlog_item",
          entityId: item.id,
          action: "update",
          before: { status: "todo" },
          after: { status: "in-progress", history: [{ status: "in-progress", at: "2027-01-05" }] },
        },
      ]);
    },
    "POST /api/projects/:projectId/sprints/:sprintId/start": async () => {
      const id = await scratchProject();
      const base = `/api/projects/${id}`;
      const sprint = await json(ada.request("POST", `${base}/sprints`, { start: "2027-01-04" }));
      await ada.request("POST", `${base}/backlog-items`, { name: "Sign in", points: 3, sprint: sprint.id });
      const start = (version: number) => () =>
        ada.request("POST", `${base}/sprints/${sprint.id}/start`, { version });
      await rejected(start(STALE), 409);
      await audited(start(sprint.version), 200, () => [
        {
          in: inProject(id),
          entity: "sprint",
          entityId: sprint.id,
          action: "update",
          before: { state: "planned" },
          after: { state: "active", committed: [{ item: "KEEL-1", estimate: 3 }] },
        },
      ]);
    },
    "POST /api/projects/:projectId/sprints/:sprintId/close": async () => {
      const id = await scratchProject();
      const base = `/api/projects/${id}`;
      const sprint = await json(ada.request("POST", `${base}/sprints`, { start: "2027-01-04" }));
      await ada.request("POST", `${base}/backlog-items`, { name: "Sign in", points: 3, sprint: sprint.id });
      const started = await json(ada.request("POST", `${base}/sprints/${sprint.id}/start`, { version: 1 }));
      const close = (body: unknown) => () => ada.request("POST", `${base}/sprints/${sprint.id}/close`, body);
      await rejected(close({ version: STALE }), 409);
      await rejected(close({ version: started.sprint.version, carryTo: "S9" }), 422);
      await audited(
        close({ version: started.sprint.version, retrospective: { actions: [{ text: "Pair on reviews" }] } }),
        200,
        () => [
          {
            in: inProject(id),
            entity: "sprint",
            entityId: sprint.id,
            action: "update",
            after: { state: "closed" },
          },
          {
            in: inProject(id),
            entity: "backlog_item",
            entityId: "KEEL-1",
            action: "update",
            before: { sprint: "S1" },
          },
          {
            in: inProject(id),
            entity: "issue",
            entityId: "I1",
            action: "create",
            after: { name: "Pair on reviews" },
          },
        ],
      );
    },
    "POST /api/projects/:projectId/import/jira": async () => {
      const id = await scratchProject();
      const path = `/api/projects/${id}/import/jira`;
      const csv = "Summary,Issue key,Issue id,Issue Type,Status\r\nSign in,APP-1,10001,Story,To Do\r\n";
      await rejected(
        () => ada.request("POST", path, "Name,Age\r\nAda,36\r\n", { "content-type": "text/csv" }),
        422,
      );
      await rejected(
        () => ada.request("POST", `${path}?dryRun=true`, csv, { "content-type": "text/csv" }),
        200,
      );
      await audited(
        () => ada.request("POST", path, csv, { "content-type": "text/csv" }),
        200,
        () => [
          {
            in: inProject(id),
            entity: "backlog_item",
            entityId: "APP-1",
            action: "create",
            before: null,
            after: { name: "Sign in", status: "todo" },
          },
        ],
      );
    },
    "POST /api/projects/:projectId/status-reports": async () => {
      const path = `/api/projects/${projectId}/status-reports`;
      await rejected(() => ada.request("POST", path, { asOf: "someday" }), 400);
      await audited(
        () => ada.request("POST", path, { asOf: "2027-01-08" }),
        201,
        (r) => [
          {
            in: inProject(),
            entity: "status_report",
            entityId: r.id,
            action: "create",
            before: null,
            after: { asOf: "2027-01-08", state: "draft" },
          },
        ],
      );
    },
    "PATCH /api/projects/:projectId/status-reports/:reportId": async () => {
      const r = await json(
        ada.request("POST", `/api/projects/${projectId}/status-reports`, { asOf: "2027-01-08" }),
      );
      const path = `/api/projects/${projectId}/status-reports/${r.id}`;
      const edited = { ...r.report, summary: "All good, with one ask." };
      await rejected(() => ada.request("PATCH", path, { report: edited, version: STALE }), 409);
      await rejected(() => ada.request("PATCH", path, { report: "text", version: r.version }), 400);
      await audited(
        () => ada.request("PATCH", path, { report: edited, version: r.version }),
        200,
        () => [
          {
            in: inProject(),
            entity: "status_report",
            entityId: r.id,
            action: "update",
            after: { report: { summary: "All good, with one ask." } },
          },
        ],
      );
    },
    "POST /api/projects/:projectId/status-reports/:reportId/send": async () => {
      const r = await json(
        ada.request("POST", `/api/projects/${projectId}/status-reports`, { asOf: "2027-01-08" }),
      );
      const path = `/api/projects/${projectId}/status-reports/${r.id}`;
      await rejected(() => ada.request("POST", `${path}/send`, { version: STALE }), 409);
      await audited(
        () => ada.request("POST", `${path}/send`, { version: r.version }),
        200,
        () => [
          {
            in: inProject(),
            entity: "status_report",
            entityId: r.id,
            action: "update",
            before: { state: "draft" },
            after: { state: "sent" },
          },
        ],
      );
      // Sent is history: no more edits.
      await rejected(() => ada.request("PATCH", path, { report: r.report, version: r.version + 1 }), 409);
      await rejected(() => ada.request("DELETE", `${path}?version=${r.version + 1}`), 409);
    },
    "DELETE /api/projects/:projectId/status-reports/:reportId": async () => {
      const r = await json(
        ada.request("POST", `/api/projects/${projectId}/status-reports`, { asOf: "2027-01-08" }),
      );
      const path = `/api/projects/${projectId}/status-reports/${r.id}`;
      await rejected(() => ada.request("DELETE", `${path}?version=${STALE}`), 409);
      await audited(
        () => ada.request("DELETE", `${path}?version=${r.version}`),
        204,
        () => [{ in: inProject(), entity: "status_report", entityId: r.id, action: "delete", after: null }],
      );
    },

    "POST /api/projects/:projectId/baselines": async () => {
      const path = `/api/projects/${projectId}/baselines`;
      await rejected(() => ada.request("POST", path, { name: "" }), 400);
      await audited(
        () => ada.request("POST", path, { name: "Plan of record" }),
        201,
        (b) => [
          {
            in: inProject(),
            entity: "baseline",
            entityId: b.id,
            action: "create",
            before: null,
            after: {
              name: "Plan of record",
              tasks: expect.arrayContaining([expect.objectContaining({ id: "a" })]),
            },
          },
        ],
      );
    },
    "DELETE /api/projects/:projectId/baselines/:baselineId": async () => {
      const b = await json(ada.request("POST", `/api/projects/${projectId}/baselines`, { name: "Old" }));
      const path = `/api/projects/${projectId}/baselines/${b.id}`;
      await rejected(() => ada.request("DELETE", `${path}?version=${STALE}`), 409);
      await audited(
        () => ada.request("DELETE", `${path}?version=${b.version}`),
        204,
        () => [
          {
            in: inProject(),
            entity: "baseline",
            entityId: b.id,
            action: "delete",
            before: { name: "Old" },
            after: null,
          },
        ],
      );
    },

    "PUT /api/me/career/profile": async () => {
      const pia = await t.user(unique("Pia"));
      const put = (profile: object, version?: number) => () =>
        pia.request("PUT", "/api/me/career/profile", {
          profile,
          ...(version === undefined ? {} : { version }),
        });
      const profile = { currentRole: "Developer", background: "", education: "bachelor" };
      await rejected(
        put({ ...profile, experience: [{ kind: "team", from: "2024-05", to: "2023-01" }] }),
        400,
      );
      const mine = {
        in: "store",
        entity: "career_profile",
        entityId: pia.userId,
        actorId: pia.userId,
      } as const;
      await audited(put(profile), 200, () => [
        { ...mine, action: "create", before: null, after: { currentRole: "Developer" } },
      ]);
      await rejected(put(profile, STALE), 409);
      await audited(put({ ...profile, currentRole: "Tech lead" }, 1), 200, () => [
        {
          ...mine,
          action: "update",
          before: { currentRole: "Developer" },
          after: { currentRole: "Tech lead" },
        },
      ]);
    },
    "POST /api/me/career/evidence": async () => {
      const path = "/api/me/career/evidence";
      await rejected(() => ada.request("POST", path, { title: "Win", date: "2199-01-01" }), 400);
      await audited(
        () => ada.request("POST", path, { title: "Win", date: "2026-01-05" }),
        201,
        (e) => [
          {
            in: "store",
            entity: "career_evidence",
            entityId: e.id,
            action: "create",
            before: null,
            after: { title: "Win" },
          },
        ],
      );
    },
    "PATCH /api/me/career/evidence/:evidenceId": async () => {
      const e = await json(
        ada.request("POST", "/api/me/career/evidence", { title: "Win", date: "2026-01-05" }),
      );
      const path = `/api/me/career/evidence/${e.id}`;
      await rejected(() => ada.request("PATCH", path, { title: "Stale", version: STALE }), 409);
      await rejected(() => ada.request("PATCH", path, { title: "", version: e.version }), 400);
      await audited(
        () => ada.request("PATCH", path, { title: "Bigger win", version: e.version }),
        200,
        () => [
          {
            in: "store",
            entity: "career_evidence",
            entityId: e.id,
            action: "update",
            before: { title: "Win" },
            after: { title: "Bigger win" },
          },
        ],
      );
    },
    "DELETE /api/me/career/evidence/:evidenceId": async () => {
      const e = await json(
        ada.request("POST", "/api/me/career/evidence", { title: "Win", date: "2026-01-05" }),
      );
      await rejected(() => ada.request("DELETE", "/api/me/career/evidence/nothing"), 404);
      await audited(
        () => ada.request("DELETE", `/api/me/career/evidence/${e.id}?version=${e.version}`),
        204,
        () => [
          {
            in: "store",
            entity: "career_evidence",
            entityId: e.id,
            action: "delete",
            before: { title: "Win" },
            after: null,
          },
        ],
      );
    },
    "POST /api/me/career/suggestions/:key/accept": async () => {
      const key = `milestone-delivered:${await deliveredProject()}:first`;
      const path = (k: string) => `/api/me/career/suggestions/${encodeURIComponent(k)}/accept`;
      await rejected(() => ada.request("POST", path("milestone-delivered:none:none"), {}), 404);
      await rejected(() => ada.request("POST", path(key), { evidence: { date: "2199-01-01" } }), 400);
      await audited(
        () => ada.request("POST", path(key), { evidence: { role: "Coordinator" } }),
        201,
        (e) => [
          {
            in: "store",
            entity: "career_evidence",
            entityId: e.id,
            action: "create",
            after: {
              role: "Coordinator",
              source: { kind: "keel", ref: "first", rule: "milestone-delivered" },
            },
          },
          {
            in: "store",
            entity: "career_suggestion",
            entityId: key,
            action: "create",
            after: { decision: "accepted", evidenceId: e.id },
          },
        ],
      );
    },
    "POST /api/me/career/suggestions/:key/dismiss": async () => {
      const key = `milestone-delivered:${await deliveredProject()}:second`;
      const path = (k: string) => `/api/me/career/suggestions/${encodeURIComponent(k)}/dismiss`;
      await rejected(() => ada.request("POST", path("milestone-delivered:none:none")), 404);
      await audited(
        () => ada.request("POST", path(key)),
        200,
        () => [
          {
            in: "store",
            entity: "career_suggestion",
            entityId: key,
            action: "create",
            after: { decision: "dismissed", evidenceId: null },
          },
        ],
      );
      await rejected(() => ada.request("POST", path(key)), 404);
    },
    "DELETE /api/me/career/suggestions/:key/decision": async () => {
      const base = plan("Restored", [], []);
      const delivered = await t.store.createProjectFromPlan(ada.userId, workspaceId, {
        ...base,
        project: { ...base.project, start: "2026-01-05" },
        tasks: [
          {
            ...task("shipped"),
            milestone: true,
            duration: { value: 0, unit: "d", elapsed: false },
            actualFinish: "2026-01-05",
          },
        ],
      });
      const key = `milestone-delivered:${delivered.id}:shipped`;
      const path = (action: string) => `/api/me/career/suggestions/${encodeURIComponent(key)}/${action}`;
      await rejected(() => ada.request("DELETE", path("decision")), 404);
      expect((await ada.request("POST", path("dismiss"))).status).toBe(200);
      await audited(
        () => ada.request("DELETE", path("decision")),
        204,
        () => [
          {
            in: "store",
            entity: "career_suggestion",
            entityId: key,
            action: "delete",
            before: { decision: "dismissed", evidenceId: null },
            after: null,
          },
        ],
      );
      await rejected(() => ada.request("DELETE", path("decision")), 404);
      expect((await ada.request("POST", path("accept"), {})).status).toBe(201);
      await rejected(() => ada.request("DELETE", path("decision")), 409);
    },
    "POST /api/me/career/exercises/:exerciseId/start": async () => {
      const path = (id: string) => `/api/me/career/exercises/${id}/start`;
      const nowhere = "00000000-0000-4000-8000-000000000000";
      await rejected(() => ada.request("POST", path("no-such-exercise"), { workspaceId }), 404);
      await rejected(() => ada.request("POST", path("two-week-sprint"), { workspaceId: nowhere }), 404);
      await audited(
        () => ada.request("POST", path("two-week-sprint"), { workspaceId }),
        201,
        (p) => [
          {
            in: inWorkspace(),
            entity: "project",
            entityId: p.projectId,
            action: "create",
            after: { name: "Practice: An end-to-end two-week sprint" },
          },
          {
            in: inProject(p.projectId),
            entity: "agile_settings",
            entityId: "team",
            action: "create",
            after: { template: "greenfield-product" },
          },
          { in: inProject(p.projectId), entity: "sprint", entityId: "S1", action: "create" },
          {
            in: inProject(p.projectId),
            entity: "backlog_item",
            entityId: "KEEL-1",
            action: "create",
            after: { type: "story", points: 5 },
          },
        ],
      );
    },
    "POST /api/career/bullet": { exempt: "a computation that stores nothing: career-advice-routes.test.ts" },
    "POST /api/career/match": { exempt: "a computation that stores nothing: career-advice-routes.test.ts" },
    "POST /api/me/career/portfolio": {
      exempt: "renders a document and stores nothing: career-portfolio-routes.test.ts",
    },
    "POST /api/me/career/resume": {
      exempt: "an export that stores nothing: career-resume-routes.test.ts",
    },
    "POST /api/me/career/portfolio/share": async () => {
      const e = await json(
        ada.request("POST", "/api/me/career/evidence", { title: "Shown", date: "2026-01-05" }),
      );
      const path = "/api/me/career/portfolio/share";
      await rejected(() => ada.request("POST", path, { title: "Mine", evidenceIds: [] }), 400);
      await rejected(() => ada.request("POST", path, { title: "Mine", evidenceIds: ["nothing"] }), 404);
      await audited(
        () => ada.request("POST", path, { title: "Mine", evidenceIds: [e.id] }),
        201,
        (r) => [
          {
            in: "store",
            entity: "portfolio_share",
            entityId: hashSecret(r.token),
            action: "create",
            before: null,
            after: { title: "Mine", evidenceIds: [e.id], projectIds: [] },
          },
        ],
      );
    },
    "DELETE /api/me/career/portfolio/share/:token": async () => {
      const e = await json(
        ada.request("POST", "/api/me/career/evidence", { title: "Shown", date: "2026-01-05" }),
      );
      const { token } = await json(
        ada.request("POST", "/api/me/career/portfolio/share", { title: "Old", evidenceIds: [e.id] }),
      );
      await rejected(() => ada.request("DELETE", "/api/me/career/portfolio/share/kps_nothing"), 404);
      await audited(
        () => ada.request("DELETE", `/api/me/career/portfolio/share/${token}`),
        204,
        () => [
          {
            in: "store",
            entity: "portfolio_share",
            entityId: hashSecret(token),
            action: "delete",
            before: { title: "Old" },
            after: null,
          },
        ],
      );
    },
  };

  let delivered: Promise<string> | undefined;
  /** A project of Ada's with two milestones delivered: two suggestions waiting for her. */
  function deliveredProject(): Promise<string> {
    const done = { percentComplete: 100, actualStart: "2026-01-05", actualFinish: "2026-01-05" };
    const base = plan("Delivered", ["build"], []);
    delivered ??= t.store
      .createProjectFromPlan(ada.userId, workspaceId, {
        ...base,
        project: { ...base.project, start: "2026-01-05" },
        tasks: [
          { ...task("build"), ...done },
          {
            ...task("first"),
            milestone: true,
            duration: { value: 0, unit: "d", elapsed: false },
            actualFinish: "2026-01-05",
          },
          {
            ...task("second"),
            milestone: true,
            duration: { value: 0, unit: "d", elapsed: false },
            actualFinish: "2026-01-05",
          },
        ],
      })
      .then((p) => p.id);
    return delivered;
  }

  for (const kind of KINDS) {
    const base = `/api/projects/:projectId/${kind.plural}`;
    const expectedId = (body: Record<string, unknown>, created: { id: string }) =>
      typeof body.id === "string" ? body.id : created.id;

    CASES[`POST ${base}`] = async () => {
      await rejected(() => ada.request("POST", itemBase(kind.plural), kind.invalid), 400);
      const conflicting = await kind.conflicting();
      await rejected(() => ada.request("POST", itemBase(kind.plural), conflicting), 409);
      const body = await kind.fresh();
      await audited(
        () => ada.request("POST", itemBase(kind.plural), body),
        201,
        (created) => [
          {
            in: inProject(),
            entity: kind.entity,
            entityId: expectedId(body, created),
            action: "create",
            before: null,
            after: body,
          },
        ],
      );
    };
    CASES[`POST ${base}/bulk`] = async () => {
      const path = `${itemBase(kind.plural)}/bulk`;
      const old = await seed(kind);
      const gone = await seed(kind);
      const fresh = await kind.fresh();
      // All or nothing: a stale update undoes the creation in the same request.
      await rejected(
        () => ada.request("POST", path, { create: [fresh], update: [{ id: old.id, version: STALE }] }),
        409,
      );
      await rejected(() => ada.request("POST", path, { create: [fresh, kind.invalid] }), 400);
      await audited(
        () =>
          ada.request("POST", path, {
            create: [fresh],
            update: [{ id: old.id, version: old.version, ...kind.patch }],
            delete: [{ id: gone.id, version: gone.version }],
          }),
        200,
        (result) => [
          {
            in: inProject(),
            entity: kind.entity,
            entityId: expectedId(fresh, result.created[0]),
            action: "create",
            after: fresh,
          },
          {
            in: inProject(),
            entity: kind.entity,
            entityId: old.id,
            action: "update",
            before: { version: old.version },
            after: { ...kind.patch, version: old.version + 1 },
          },
          { in: inProject(), entity: kind.entity, entityId: gone.id, action: "delete", after: null },
        ],
      );
    };
    CASES[`PATCH ${base}/:${kind.param ?? `${kind.entity}Id`}`] = async () => {
      const item = await seed(kind);
      const path = `${itemBase(kind.plural)}/${item.id}`;
      await rejected(() => ada.request("PATCH", path, { ...kind.patch, version: STALE }), 409);
      await rejected(() => ada.request("PATCH", path, kind.patch), 400);
      await rejected(
        () => ada.request("PATCH", path, { ...kind.invalid, id: undefined, version: item.version }),
        400,
      );
      await audited(
        () => ada.request("PATCH", path, { ...kind.patch, version: item.version }),
        200,
        () => [
          {
            in: inProject(),
            entity: kind.entity,
            entityId: item.id,
            action: "update",
            before: { ...item.body, version: item.version },
            after: { ...kind.patch, version: item.version + 1 },
          },
        ],
      );
    };
    CASES[`DELETE ${base}/:${kind.param ?? `${kind.entity}Id`}`] = async () => {
      const item = await seed(kind);
      const path = `${itemBase(kind.plural)}/${item.id}`;
      await rejected(() => ada.request("DELETE", `${path}?version=${STALE}`), 409);
      await rejected(() => ada.request("DELETE", `${path}?version=zero`), 400);
      await audited(
        () => ada.request("DELETE", `${path}?version=${item.version}`),
        204,
        () => [
          {
            in: inProject(),
            entity: kind.entity,
            entityId: item.id,
            action: "delete",
            before: { ...item.body, version: item.version },
            after: null,
          },
        ],
      );
    };
  }

  for (const r of ROUTES.filter((x) => WRITES.has(x.method))) {
    const key = `${r.method} ${r.path}`;
    const c = CASES[key];
    if (c !== undefined && "exempt" in c) {
      it.skip(`${key}: ${c.exempt}`, () => undefined);
      continue;
    }
    it(`${key} is audited; failed requests are not`, async () => {
      if (c === undefined)
        throw new Error(`add ${key} to CASES in audit.test.ts, or exempt it with a reason`);
      await c();
    });
  }

  it("covers only routes that exist", () => {
    const keys = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    expect(Object.keys(CASES).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("records the links and assignments a task deletion takes with it", async () => {
    const base = `/api/projects/${projectId}`;
    for (const id of ["doomed", "after"]) await ada.request("POST", `${base}/tasks`, task(id));
    const link = await json(ada.request("POST", `${base}/links`, { from: "doomed", to: "after" }));
    await ada.request("POST", `${base}/resources`, { id: "tester", name: "Tester" });
    const assignment = await json(
      ada.request("POST", `${base}/assignments`, { task: "doomed", resource: "tester" }),
    );
    await audited(
      () => ada.request("DELETE", `${base}/tasks/doomed?version=1`),
      204,
      () => [
        { in: inProject(), entity: "task", entityId: "doomed", action: "delete", after: null },
        { in: inProject(), entity: "link", entityId: link.id, action: "delete", before: { from: "doomed" } },
        {
          in: inProject(),
          entity: "assignment",
          entityId: assignment.id,
          action: "delete",
          before: { task: "doomed" },
        },
      ],
    );
    const other = await json(
      ada.request("POST", `${base}/assignments`, { task: "after", resource: "tester" }),
    );
    await audited(
      () => ada.request("DELETE", `${base}/resources/tester`),
      204,
      () => [
        { in: inProject(), entity: "resource", entityId: "tester", action: "delete" },
        {
          in: inProject(),
          entity: "assignment",
          entityId: other.id,
          action: "delete",
          before: { resource: "tester" },
        },
      ],
    );
  });

  it("serves one item's history, newest first", async () => {
    const base = `/api/projects/${projectId}`;
    await ada.request("POST", `${base}/tasks`, task("tracked", "First"));
    await ada.request("PATCH", `${base}/tasks/tracked`, { name: "Second", version: 1 });
    await ada.request("PATCH", `${base}/tasks/tracked`, { name: "Third", version: 2 });
    await ada.request("PATCH", `${base}/tasks/a`, { notes: "unrelated", version: 1 });
    const history = await json(ada.request("GET", `${base}/history/task/tracked`));
    expect(history.map((e: { action: string; after: { name: string } }) => [e.action, e.after.name])).toEqual(
      [
        ["update", "Third"],
        ["update", "Second"],
        ["create", "First"],
      ],
    );
    expect(history[0]).toMatchObject({
      entity: "task",
      entityId: "tracked",
      projectId,
      workspaceId,
      actorId: ada.userId,
      actorName: "Ada",
      before: { name: "Second", version: 2 },
    });
    expect(history[0].id).toBeGreaterThan(history[1].id);
    const page = await json(
      ada.request("GET", `${base}/history/task/tracked?limit=1&before=${history[0].id}`),
    );
    expect(page).toEqual([history[1]]);
    expect(await json(ada.request("GET", `${base}/history/task/never-existed`))).toEqual([]);
    expect(await json(ada.request("GET", `${base}/history?entity=task&entityId=tracked`))).toEqual(history);
  });
});
