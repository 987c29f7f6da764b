import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "./routes/index.js";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

/** Ids from elsewhere, unknown ids and ill-typed bodies: always a 4xx that says what is wrong, never a 500. */

const task = (id: string, extra: object = {}) => ({
  id,
  name: id,
  duration: { value: 1, unit: "d", elapsed: false },
  ...extra,
});

const NO_SUCH_UUID = "00000000-0000-4000-8000-000000000000";

interface Items {
  readonly workspaceId: string;
  readonly projectId: string;
  readonly taskId: string;
  readonly linkId: string;
  readonly calendarId: string;
  readonly resourceId: string;
  readonly assignmentId: string;
  readonly baselineId: string;
}

describe.each(TEST_DRIVERS)("bad input on %s", (driver) => {
  let t: TestApp;
  /** Owner of workspace A only. */
  let amy: TestClient;
  /** Owner of workspace B. */
  let ben: TestClient;
  let a: Items;
  let b: Items;

  async function workspaceWithItems(owner: TestClient, name: string, taskId: string): Promise<Items> {
    const ws = await json(owner.request("POST", "/api/workspaces", { name }));
    const project = await json(
      owner.request("POST", `/api/workspaces/${ws.id}/projects`, { name, start: "2027-01-04" }),
    );
    const base = `/api/projects/${project.id}`;
    const post = async (path: string, body: unknown) => {
      const res = await owner.request("POST", `${base}${path}`, body);
      expect(res.status, `POST ${path}`).toBe(201);
      return json(res);
    };
    await post("/tasks", task(taskId));
    await post("/tasks", task(`${taskId}-next`));
    const link = await post("/links", { from: taskId, to: `${taskId}-next` });
    await post("/resources", { id: `${taskId}-dev`, name: "Dev" });
    const assignment = await post("/assignments", { task: taskId, resource: `${taskId}-dev` });
    const baseline = await post("/baselines", { name: "Plan of record" });
    return {
      workspaceId: ws.id,
      projectId: project.id,
      taskId,
      linkId: link.id,
      calendarId: "standard",
      resourceId: `${taskId}-dev`,
      assignmentId: assignment.id,
      baselineId: baseline.id,
    };
  }

  beforeAll(async () => {
    t = await openTestApp(driver);
    amy = await t.user("Amy");
    ben = await t.user("Ben");
    a = await workspaceWithItems(amy, "Alpha", "design");
    b = await workspaceWithItems(ben, "Beta", "secret");
  }, 60_000);
  afterAll(() => t?.dispose());

  const fill = (path: string, items: Items) =>
    path.replace(/:(\w+)/g, (_, name: string) => (items as unknown as Record<string, string>)[name] ?? "x");

  it("hides another workspace's workspace and project ids behind 404 on every route", async () => {
    const before = await json(ben.request("GET", `/api/projects/${b.projectId}/plan`));
    // Amy owns workspace A; every workspace- or project-scoped route, called with B's ids, must not see B.
    const scoped = ROUTES.filter((r) => r.access.scope === "workspace" || r.access.scope === "project");
    for (const r of scoped) {
      const ids = { ...a, workspaceId: b.workspaceId, projectId: b.projectId };
      const path = fill(r.path, ids) + (r.method === "DELETE" ? "?version=1" : "");
      const body = r.method === "GET" || r.method === "DELETE" ? undefined : {};
      const res = await amy.request(r.method, path, body);
      const error = (await json(res)).error;
      expect(res.status, `${r.method} ${r.path}`).toBe(404);
      expect(error.entity, `${r.method} ${r.path}`).toBe(r.access.scope);
      expect(error.message).not.toContain("Beta");
    }
    expect(await json(ben.request("GET", `/api/projects/${b.projectId}/plan`))).toEqual(before);
    expect(await json(amy.request("GET", "/api/projects"))).not.toContainEqual(
      expect.objectContaining({ id: b.projectId }),
    );
  });

  it("does not reach another project's items through one's own project", async () => {
    const before = await json(ben.request("GET", `/api/projects/${b.projectId}/plan`));
    const mine = `/api/projects/${a.projectId}`;
    const foreign: [string, string, string][] = [
      ["tasks", b.taskId, "task"],
      ["links", b.linkId, "link"],
      ["resources", b.resourceId, "resource"],
      ["assignments", b.assignmentId, "assignment"],
      ["baselines", b.baselineId, "baseline"],
    ];
    for (const [plural, id, entity] of foreign) {
      for (const [method, body] of [
        ["GET", undefined],
        ["PATCH", { version: 1 }],
        ["DELETE", undefined],
      ] as const) {
        if (plural === "baselines" && method === "PATCH") continue;
        const res = await amy.request(method, `${mine}/${plural}/${id}`, body);
        expect(res.status, `${method} ${plural}/${id}`).toBe(404);
        expect((await json(res)).error).toMatchObject({ entity, message: expect.stringContaining(id) });
      }
    }
    const bulk = await amy.request("POST", `${mine}/links/bulk`, {
      delete: [{ id: b.linkId, version: 1 }],
    });
    expect(bulk.status).toBe(404);
    expect(await json(amy.request("GET", `${mine}/history/task/${b.taskId}`))).toEqual([]);
    expect(await json(amy.request("GET", `${mine}/history?entityId=${b.taskId}`))).toEqual([]);
    expect(await json(ben.request("GET", `/api/projects/${b.projectId}/plan`))).toEqual(before);
  });

  it("answers unknown ids with 404 naming the item", async () => {
    const mine = `/api/projects/${a.projectId}`;
    const cases: [string, string, unknown, string, string][] = [
      ["GET", `${mine}/tasks/no-such-task`, undefined, "task", "no-such-task"],
      ["PATCH", `${mine}/tasks/no-such-task`, { name: "x", version: 1 }, "task", "no-such-task"],
      ["DELETE", `${mine}/tasks/no-such-task`, undefined, "task", "no-such-task"],
      ["GET", `${mine}/calendars/no-such-calendar`, undefined, "calendar", "no-such-calendar"],
      ["GET", `${mine}/resources/no-such-resource`, undefined, "resource", "no-such-resource"],
      ["GET", `${mine}/links/${NO_SUCH_UUID}`, undefined, "link", NO_SUCH_UUID],
      ["GET", `${mine}/links/not-a-uuid`, undefined, "link", "not-a-uuid"],
      ["DELETE", `${mine}/assignments/not-a-uuid`, undefined, "assignment", "not-a-uuid"],
      ["GET", `${mine}/baselines/not-a-uuid`, undefined, "baseline", "not-a-uuid"],
      ["GET", `/api/projects/${NO_SUCH_UUID}`, undefined, "project", NO_SUCH_UUID],
      ["GET", "/api/projects/not-a-uuid/tasks", undefined, "project", "not-a-uuid"],
      ["GET", `/api/workspaces/${NO_SUCH_UUID}`, undefined, "workspace", NO_SUCH_UUID],
      ["GET", "/api/workspaces/not-a-uuid/members", undefined, "workspace", "not-a-uuid"],
      ["PUT", `${mine}/members/${NO_SUCH_UUID}`, { role: "viewer" }, "user", NO_SUCH_UUID],
      ["PUT", `${mine}/members/not-a-uuid`, { role: "viewer" }, "user", "not-a-uuid"],
      ["DELETE", `${mine}/members/not-a-uuid`, undefined, "member", "not-a-uuid"],
      [
        "PUT",
        `/api/workspaces/${a.workspaceId}/members/not-a-uuid`,
        { role: "viewer" },
        "member",
        "not-a-uuid",
      ],
      [
        "PUT",
        `/api/workspaces/${a.workspaceId}/members/${ben.userId}`,
        { role: "viewer" },
        "member",
        ben.userId,
      ],
      ["DELETE", `/api/workspaces/${a.workspaceId}/members/not-a-uuid`, undefined, "member", "not-a-uuid"],
      ["DELETE", "/api/tokens/not-a-uuid", undefined, "token", "not-a-uuid"],
      ["DELETE", `/api/tokens/${NO_SUCH_UUID}`, undefined, "token", NO_SUCH_UUID],
    ];
    for (const [method, path, body, entity, id] of cases) {
      const res = await amy.request(method, path, body);
      const text = await res.text();
      expect(res.status, `${method} ${path}: ${text}`).toBe(404);
      expect(JSON.parse(text).error, `${method} ${path}`).toMatchObject({
        code: "not_found",
        entity,
        message: expect.stringContaining(id),
      });
    }
    expect((await amy.request("GET", "/api/no/such/route")).status).toBe(404);
  });

  it("names unknown ids in bulk edits and in references, and stores nothing", async () => {
    const mine = `/api/projects/${a.projectId}`;
    const before = await json(amy.request("GET", `${mine}/plan`));
    const bulk = await amy.request("POST", `${mine}/tasks/bulk`, {
      create: [task("would-be")],
      update: [{ id: "ghost", version: 1, name: "Boo" }],
    });
    expect(bulk.status).toBe(404);
    expect((await json(bulk)).error).toMatchObject({
      entity: "task",
      message: expect.stringContaining("ghost"),
    });

    const references: [string, unknown, RegExp][] = [
      ["links", { from: a.taskId, to: "ghost" }, /task.*"ghost"/],
      ["tasks", task("child", { parent: "ghost" }), /parent task.*"ghost"/],
      ["assignments", { task: a.taskId, resource: "ghost" }, /resource.*"ghost"/],
      ["assignments", { task: "ghost", resource: a.resourceId }, /task.*"ghost"/],
    ];
    for (const [plural, body, message] of references) {
      const res = await amy.request("POST", `${mine}/${plural}`, body);
      expect(res.status, plural).toBe(409);
      expect((await json(res)).error.message, plural).toMatch(message);
    }
    expect(await json(amy.request("GET", `${mine}/plan`))).toEqual(before);
  });

  it("deletes a summary task's subtasks with it, as MS Project does, refusing a stale version", async () => {
    const mine = `/api/projects/${a.projectId}`;
    expect((await amy.request("POST", `${mine}/tasks`, task("summary"))).status).toBe(201);
    expect((await amy.request("POST", `${mine}/tasks`, task("sub", { parent: "summary" }))).status).toBe(201);
    expect((await amy.request("DELETE", `${mine}/tasks/summary?version=7`)).status).toBe(409);
    expect((await amy.request("GET", `${mine}/tasks/sub`)).status).toBe(200);
    expect((await amy.request("DELETE", `${mine}/tasks/summary?version=1`)).status).toBe(204);
    expect((await amy.request("GET", `${mine}/tasks/sub`)).status).toBe(404);
  });

  it("answers wrong JSON types with 400 and the path of each field", async () => {
    const mine = `/api/projects/${a.projectId}`;
    const before = await json(amy.request("GET", `${mine}/plan`));
    const cases: [string, string, unknown, string[]][] = [
      [
        "POST",
        `${mine}/tasks`,
        { id: 1, name: "x", duration: { value: "2", unit: "days", elapsed: false } },
        ["id", "duration.value", "duration.unit"],
      ],
      ["POST", `${mine}/tasks`, [task("in-an-array")], ["(body)"]],
      ["POST", `${mine}/tasks`, "null", ["(body)"]],
      ["PATCH", `${mine}/tasks/${a.taskId}`, { version: "1" }, ["version"]],
      [
        "PATCH",
        `${mine}/tasks/${a.taskId}`,
        { version: 1, milestone: "yes", constraint: { type: "SOON" } },
        ["milestone", "constraint"],
      ],
      [
        "POST",
        `${mine}/tasks/bulk`,
        { update: [{ id: a.taskId, name: 7 }] },
        ["update.0.name", "update.0.version"],
      ],
      ["POST", `${mine}/links`, { from: a.taskId, to: `${a.taskId}-next`, lag: "2d" }, ["lag"]],
      ["POST", `${mine}/resources`, { id: "r2", name: "R", maxUnits: "lots" }, ["maxUnits"]],
      [
        "PUT",
        `${mine}/plan`,
        { plan: { project: {}, calendars: [], tasks: "none", links: [] } },
        ["plan.project.name", "plan.tasks"],
      ],
      ["PATCH", mine, { version: 1, start: 20270104 }, ["start"]],
      ["POST", "/api/workspaces", { name: 42 }, ["name"]],
      ["PUT", `/api/workspaces/${a.workspaceId}/members/${amy.userId}`, { role: "admin" }, ["role"]],
      ["POST", "/api/tokens", { name: "t", expiresInDays: "soon" }, ["expiresInDays"]],
      ["GET", `${mine}/history?limit=abc`, undefined, ["limit"]],
      ["GET", `${mine}/history?limit=0`, undefined, ["limit"]],
      ["GET", `${mine}/plan?format=xml`, undefined, ["format"]],
      ["DELETE", `${mine}/tasks/${a.taskId}?version=-1`, undefined, ["version"]],
    ];
    for (const [method, path, body, fields] of cases) {
      const res = await amy.request(method, path, body);
      const text = await res.text();
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}: ${text}`).toBe(400);
      const error = JSON.parse(text).error;
      expect(error.code).toBe("invalid");
      const paths = error.fields.map((f: { path: string }) => f.path);
      for (const field of fields) {
        expect(paths, `${method} ${path}`).toContain(field);
        expect(error.message).toContain(field);
      }
    }
    const unknownParameter = await amy.request("GET", `${mine}/history?colour=red`);
    expect(unknownParameter.status).toBe(400);
    const noContentType = await amy.request("POST", `${mine}/tasks`, JSON.stringify(task("plain")), {
      "content-type": "",
    });
    expect(noContentType.status).toBe(415);
    const asText = await amy.request("POST", `${mine}/tasks`, JSON.stringify(task("plain")), {
      "content-type": "text/plain",
    });
    expect(asText.status).toBe(415);
    expect(await json(amy.request("GET", `${mine}/plan`))).toEqual(before);
  });

  it("requires the version on every PATCH route", async () => {
    const patches = ROUTES.filter((r) => r.method === "PATCH");
    expect(patches.length).toBeGreaterThan(5);
    for (const r of patches) {
      const res = await amy.request("PATCH", fill(r.path, a), { name: "Versionless" });
      const text = await res.text();
      expect(res.status, `${r.path}: ${text}`).toBe(400);
      const error = JSON.parse(text).error;
      expect(error.fields, r.path).toContainEqual(expect.objectContaining({ path: "version" }));
    }
    // Nothing was renamed.
    const tasks = await json(amy.request("GET", `/api/projects/${a.projectId}/tasks`));
    expect(tasks.map((x: { name: string }) => x.name)).not.toContain("Versionless");
    expect((await json(amy.request("GET", `/api/workspaces/${a.workspaceId}`))).name).toBe("Alpha");
  });

  it("keeps the schedule computable: out-of-range dates and empty calendars are 422, not 500", async () => {
    const mine = `/api/projects/${a.projectId}`;
    const cases: [string, string, unknown][] = [
      ["POST", `${mine}/tasks`, task("forever", { duration: { value: 1e12, unit: "w", elapsed: false } })],
      ["POST", `${mine}/links`, { from: a.taskId, to: a.taskId }],
      ["POST", `${mine}/links`, { from: `${a.taskId}-next`, to: a.taskId }],
      [
        "POST",
        `${mine}/calendars`,
        { id: "never", workweek: [], hours: ["09:00-17:00"], holidays: [], exceptions: [] },
      ],
      ["POST", `${mine}/tasks`, task("elsewhere", { calendar: "no-such-calendar" })],
      ["PATCH", `${mine}/tasks/${a.taskId}`, { parent: a.taskId, version: 1 }],
    ];
    for (const [method, path, body] of cases) {
      const res = await amy.request(method, path, body);
      const text = await res.text();
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}: ${text}`).toBe(422);
      expect(JSON.parse(text).error.code).toBe("plan_rejected");
    }
    expect((await amy.request("GET", `${mine}/schedule`)).status).toBe(200);
  });
});
