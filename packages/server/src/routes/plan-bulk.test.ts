import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const day = { value: 1, unit: "d", elapsed: false };

describe.each(TEST_DRIVERS)("bulk edits of several kinds in one request on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base = "";

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const project = await json(
      ada.request("POST", `/api/workspaces/${ws.id}/projects`, { name: "Migration", start: "2027-01-04" }),
    );
    base = `/api/projects/${project.id}`;
    for (const id of ["a", "b", "c"])
      expect((await ada.request("POST", `${base}/tasks`, { id, name: id, duration: day })).status).toBe(201);
    await ada.request("POST", `${base}/links`, { from: "a", to: "b" });
    await ada.request("POST", `${base}/resources`, { id: "ana", name: "Ana" });
    await ada.request("POST", `${base}/assignments`, { task: "b", resource: "ana" });
  });
  afterEach(() => t.dispose());

  const list = async (plural: string) => json(ada.request("GET", `${base}/${plural}`));

  it("puts back a deleted task with its links and assignment in one transaction, in order", async () => {
    const [b] = (await list("tasks")).filter((x: { id: string }) => x.id === "b");
    const [link] = await list("links");
    const [assignment] = await list("assignments");
    expect((await ada.request("DELETE", `${base}/tasks/b?version=${b.version}`)).status).toBe(204);
    expect(await list("links")).toEqual([]);
    const planVersion = (await json(ada.request("GET", base))).planVersion;

    const { version: _v, ...task } = b;
    const res = await ada.request("POST", `${base}/bulk`, {
      steps: [
        { kind: "tasks", create: [task] },
        { kind: "links", create: [{ from: link.from, to: link.to, type: link.type, lag: link.lag }] },
        { kind: "assignments", create: [{ task: "b", resource: "ana", units: assignment.units }] },
      ],
    });
    expect(res.status).toBe(200);
    const answer = await json(res);
    expect(answer.steps.map((s: { created: unknown[] }) => s.created.length)).toEqual([1, 1, 1]);
    expect(answer.steps[0].created[0]).toMatchObject({ id: "b", name: "b" });
    expect((await list("links")).map((l: { from: string; to: string }) => `${l.from}>${l.to}`)).toEqual([
      "a>b",
    ]);
    expect((await list("assignments")).map((a: { task: string }) => a.task)).toEqual(["b"]);
    // One edit of the plan: one reschedule, one step of its version.
    expect((await json(ada.request("GET", base))).planVersion).toBe(planVersion + 1);
  });

  it("leaves nothing half done when a later step is refused", async () => {
    const before = { tasks: await list("tasks"), links: await list("links") };
    const refused = await ada.request("POST", `${base}/bulk`, {
      steps: [
        { kind: "tasks", create: [{ id: "d", name: "d", duration: day }] },
        { kind: "links", create: [{ from: "c", to: "d" }] },
        // Closes a loop a → b → a: the whole request is refused.
        { kind: "links", create: [{ from: "b", to: "a" }] },
      ],
    });
    expect(refused.status).toBe(422);
    expect(await list("tasks")).toEqual(before.tasks);
    expect(await list("links")).toEqual(before.links);

    const stale = await ada.request("POST", `${base}/bulk`, {
      steps: [
        { kind: "tasks", create: [{ id: "d", name: "d", duration: day }] },
        { kind: "tasks", update: [{ id: "a", version: 99, name: "A" }] },
      ],
    });
    expect(stale.status).toBe(409);
    expect(await list("tasks")).toEqual(before.tasks);
  });

  it("names the step and field of a malformed body, changing nothing", async () => {
    const res = await ada.request("POST", `${base}/bulk`, {
      steps: [
        { kind: "tasks", create: [{ id: "d", name: "d", duration: day }] },
        { kind: "links", create: [{ from: "a", to: "c", type: "XX" }] },
      ],
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/steps\.1\.create\.0\.type/);
    expect((await ada.request("POST", `${base}/bulk`, { steps: [{ kind: "nothing" }] })).status).toBe(400);
    expect((await list("tasks")).map((x: { id: string }) => x.id)).toEqual(["a", "b", "c"]);
  });
});
