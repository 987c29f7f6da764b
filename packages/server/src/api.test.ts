import { parseMspdi, parsePlanYaml, toMspdi } from "@keel/formats";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

describe.each(TEST_DRIVERS)("REST API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let projectId: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects`, {
      name: "Migration",
      start: "2027-01-04",
    });
    expect(res.status).toBe(201);
    projectId = (await json(res)).id;
  });
  afterEach(() => t.dispose());

  it("creates tasks and links and serves the recomputed schedule", async () => {
    const base = `/api/projects/${projectId}`;
    expect(
      (
        await ada.request("POST", `${base}/tasks`, {
          id: "a",
          name: "Design",
          duration: { value: 2, unit: "d", elapsed: false },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await ada.request("POST", `${base}/tasks`, {
          id: "b",
          name: "Build",
          duration: { value: 3, unit: "d", elapsed: false },
        })
      ).status,
    ).toBe(201);
    expect((await ada.request("POST", `${base}/links`, { from: "a", to: "b" })).status).toBe(201);
    const schedule = await json(ada.request("GET", `${base}/schedule`));
    expect(schedule.schedule.project.finish).toBe("2027-01-08T17:00:00");
    const tasks = await json(ada.request("GET", `${base}/tasks`));
    expect(tasks.map((x: { id: string; position: number }) => [x.id, x.position])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("answers a stale update with 409 and the current task", async () => {
    const base = `/api/projects/${projectId}/tasks`;
    await ada.request("POST", base, {
      id: "a",
      name: "Design",
      duration: { value: 2, unit: "d", elapsed: false },
    });
    expect((await ada.request("PATCH", `${base}/a`, { name: "Design v2", version: 1 })).status).toBe(200);
    const stale = await ada.request("PATCH", `${base}/a`, { name: "Mine", version: 1 });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error).toMatchObject({
      code: "version_conflict",
      current: { name: "Design v2", version: 2 },
    });
  });

  it("rejects bad input with a clear 4xx and stores nothing", async () => {
    const base = `/api/projects/${projectId}/tasks`;
    const cases: [string, unknown, Record<string, string>, number, RegExp][] = [
      ["malformed", "{not json", {}, 400, /not valid JSON/],
      [
        "wrong type",
        { id: "a", name: 5, duration: { value: 1, unit: "d", elapsed: false } },
        {},
        400,
        /name/,
      ],
      [
        "unknown field",
        { id: "a", name: "x", duration: { value: 1, unit: "d", elapsed: false }, colour: "red" },
        {},
        400,
        /unknown field "colour"/,
      ],
      [
        "oversized",
        { id: "a", name: "x".repeat(2 * 1024 * 1024), duration: { value: 1, unit: "d", elapsed: false } },
        {},
        413,
        /larger than/,
      ],
      [
        "forged csrf",
        { id: "a", name: "x", duration: { value: 1, unit: "d", elapsed: false } },
        { "x-csrf-token": "forged" },
        403,
        /CSRF/,
      ],
    ];
    for (const [label, body, headers, status, message] of cases) {
      const res = await ada.request("POST", base, body, headers);
      expect(res.status, label).toBe(status);
      expect((await json(res)).error.message, label).toMatch(message);
    }
    expect(await json(ada.request("GET", base))).toEqual([]);
  });

  it("imports Microsoft Project XML and answers what it kept exactly, approximated or dropped", async () => {
    const { plan } = parsePlanYaml(
      `project: { name: From MS Project, start: 2027-01-04 }
resources: [{ id: ana, name: Ana }]
tasks:
  - { id: design, duration: 5d, assign: [ana] }
  - { id: ship, milestone: true, after: [design] }
`,
      "p.yaml",
    );
    const ws = await json(ada.request("GET", "/api/workspaces"));
    const res = await ada.request("POST", `/api/workspaces/${ws[0].id}/projects/import`, {
      fileName: "plan.xml",
      content: toMspdi(plan),
    });
    expect(res.status).toBe(201);
    const created = await json(res);
    expect(created.project.name).toBe("From MS Project");
    expect(created.fidelity.items).toContainEqual(
      expect.objectContaining({ family: "tasks", fidelity: "exact", what: "tasks" }),
    );
    const resources = await json(ada.request("GET", `/api/projects/${created.id}/resources`));
    expect(resources.map((r: { name: string }) => r.name)).toEqual(["Ana"]);
  });

  it("exports the plan as MS Project XML, CSV, iCalendar, Mermaid and YAML files", async () => {
    const base = `/api/projects/${projectId}`;
    await ada.request("POST", `${base}/tasks`, {
      id: "ga",
      name: "General availability",
      milestone: true,
      duration: { value: 0, unit: "d", elapsed: false },
    });
    const xml = await ada.request("GET", `${base}/plan?format=mspdi`);
    expect(xml.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(xml.headers.get("content-disposition")).toContain("filename*=UTF-8''Migration.xml");
    const back = parseMspdi(await xml.text(), "Migration.xml").plan;
    expect(back.tasks.map((t) => t.name)).toEqual(["General availability"]);
    const ics = await (await ada.request("GET", `${base}/plan?format=ical`)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain("SUMMARY:General availability");
    expect(await (await ada.request("GET", `${base}/plan?format=csv`)).text()).toMatch(/^id,name,/);
    expect(await (await ada.request("GET", `${base}/plan?format=mermaid`)).text()).toMatch(/^gantt/);
    expect((await ada.request("GET", `${base}/plan?format=pdf`)).status).toBe(400);
  });

  it("hides projects of other workspaces behind 404", async () => {
    const eve = await t.user("Eve");
    const res = await eve.request("GET", `/api/projects/${projectId}/tasks`);
    expect(res.status).toBe(404);
    expect(await json(eve.request("GET", "/api/projects"))).toEqual([]);
  });

  it("rejects an edit that would create a cycle with 422 naming it", async () => {
    const base = `/api/projects/${projectId}`;
    for (const id of ["a", "b"]) {
      await ada.request("POST", `${base}/tasks`, {
        id,
        name: id,
        duration: { value: 1, unit: "d", elapsed: false },
      });
    }
    await ada.request("POST", `${base}/links`, { from: "a", to: "b" });
    const res = await ada.request("POST", `${base}/links`, { from: "b", to: "a" });
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toMatch(/cycle/);
  });

  it("serves an OpenAPI 3.1 document covering every route", async () => {
    const doc = await json(t.anonymous().request("GET", "/api/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/projects/{projectId}/tasks/{taskId}"].patch.requestBody).toBeDefined();
  });

  it("lists tasks in outline order and deletes a summary task with its subtasks and their links", async () => {
    const base = `/api/projects/${projectId}`;
    const day = { value: 1, unit: "d", elapsed: false };
    for (const id of ["a", "phase", "b", "c"]) {
      await ada.request("POST", `${base}/tasks`, { id, name: id, duration: day });
    }
    await ada.request("PATCH", `${base}/tasks/b`, { parent: "phase", version: 1 });
    await ada.request("PATCH", `${base}/tasks/a`, { parent: "phase", version: 1 });
    await ada.request("POST", `${base}/links`, { from: "b", to: "c" });
    const listed = await json(ada.request("GET", `${base}/tasks`));
    expect(listed.map((t: { id: string }) => t.id)).toEqual(["phase", "a", "b", "c"]);

    const phase = listed[0];
    const a = listed[1];
    const res = await ada.request("POST", `${base}/tasks/bulk`, {
      delete: [
        { id: "phase", version: phase.version },
        { id: "a", version: a.version },
      ],
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await json(ada.request("GET", `${base}/tasks`))).map((t: { id: string }) => t.id)).toEqual(["c"]);
    expect(await json(ada.request("GET", `${base}/links`))).toEqual([]);
    const history = await json(ada.request("GET", `${base}/history?entity=task`));
    expect(
      history
        .filter((e: { action: string }) => e.action === "delete")
        .map((e: { entityId: string }) => e.entityId)
        .sort(),
    ).toEqual(["a", "b", "phase"]);
  });

  it("previews replacing the plan from a file without changing anything", async () => {
    const base = `/api/projects/${projectId}`;
    await ada.request("POST", `${base}/tasks`, {
      id: "a",
      name: "Design",
      duration: { value: 2, unit: "d", elapsed: false },
    });
    await ada.request("POST", `${base}/tasks`, {
      id: "old",
      name: "Dropped",
      duration: { value: 1, unit: "d", elapsed: false },
    });
    const yaml = `project: { name: Migration, start: 2027-01-04 }
tasks:
  - id: a
    name: Design
    duration: 4d
  - id: b
    name: Build
    duration: 3d
    after: [a]
`;
    const before = await json(ada.request("GET", `${base}/plan`));
    const res = await ada.request("POST", `${base}/plan/file/preview`, {
      fileName: "plan.yaml",
      content: yaml,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const preview = await json(res);
    expect(preview.finishBefore).toBe("2027-01-05T17:00:00");
    expect(preview.finishAfter).toBe("2027-01-12T17:00:00");
    const described = preview.changes.map((c: { entity: string; id: string; action: string }) =>
      c.entity === "link" ? `${c.action} link` : `${c.action} ${c.entity} ${c.id}`,
    );
    expect(described).toEqual(
      expect.arrayContaining(["delete task old", "update task a", "create task b", "create link"]),
    );
    expect(await json(ada.request("GET", `${base}/plan`))).toEqual(before);
    const cyclic = `${yaml}  - id: c
    name: Loop
    duration: 1d
    after: [c]
`;
    expect(
      (await ada.request("POST", `${base}/plan/file/preview`, { fileName: "plan.yaml", content: cyclic }))
        .status,
    ).toBe(400);
  });
});
