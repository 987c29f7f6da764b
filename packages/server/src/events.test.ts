import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SseReader } from "./testing/sse.js";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

const DAY = (value: number) => ({ value, unit: "d", elapsed: false });

describe.each(TEST_DRIVERS)("project events on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let workspaceId: string;
  let projectId: string;
  const readers: SseReader[] = [];

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    workspaceId = (await json(ada.request("POST", "/api/workspaces", { name: "Platform" }))).id;
    projectId = await newProject("Migration");
  });
  afterEach(async () => {
    for (const reader of readers.splice(0)) await reader.cancel();
    await t.dispose();
  });

  async function newProject(name: string): Promise<string> {
    const res = await ada.request("POST", `/api/workspaces/${workspaceId}/projects`, {
      name,
      start: "2027-01-04",
    });
    expect(res.status).toBe(201);
    return (await json(res)).id;
  }

  async function subscribe(client: TestClient, id = projectId): Promise<SseReader> {
    const res = await client.request("GET", `/api/projects/${id}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = new SseReader(res.body as ReadableStream<Uint8Array>);
    readers.push(reader);
    return reader;
  }

  function createTask(id: string, days = 1, project = projectId) {
    return ada.request("POST", `/api/projects/${project}/tasks`, { id, name: id, duration: DAY(days) });
  }

  it("sends the plan version on connect, then each committed edit within a second", async () => {
    const events = await subscribe(ada);
    const ready = await events.next();
    expect(ready.event).toBe("ready");
    const { planVersion } = JSON.parse(ready.data);
    expect(planVersion).toBe((await json(ada.request("GET", `/api/projects/${projectId}`))).planVersion);

    const sent = performance.now();
    expect((await createTask("design", 2)).status).toBe(201);
    const change = await events.nextOf("change", 1000);
    expect(performance.now() - sent).toBeLessThan(1000);
    const body = JSON.parse(change.data);
    expect(body).toMatchObject({
      projectId,
      planVersion: planVersion + 1,
      actorId: ada.userId,
      changes: [{ entity: "task", id: "design", action: "create" }],
    });
    expect(change.id).toBe(String(body.auditId));
    // The event's plan version is the one the stored schedule was computed from.
    const schedule = await json(ada.request("GET", `/api/projects/${projectId}/schedule`));
    expect(schedule.planVersion).toBe(body.planVersion);
  });

  it("delivers rapid edits in commit order, one event each", async () => {
    const events = await subscribe(ada);
    const { planVersion } = JSON.parse((await events.next()).data);
    expect((await createTask("build")).status).toBe(201);
    let version = 1;
    for (let days = 2; days <= 11; days++) {
      const res = await ada.request("PATCH", `/api/projects/${projectId}/tasks/build`, {
        duration: DAY(days),
        version,
      });
      expect(res.status).toBe(200);
      version = (await json(res)).version;
    }
    const received: number[] = [];
    for (let i = 0; i < 11; i++)
      received.push(JSON.parse((await events.nextOf("change", 1000)).data).planVersion);
    expect(received).toEqual(Array.from({ length: 11 }, (_, i) => planVersion + 1 + i));
  });

  it("reaches every subscriber of the project, and only those", async () => {
    const bob = await t.user("Bob");
    const other = await newProject("Other");
    const first = await subscribe(ada);
    const second = await subscribe(ada);
    const elsewhere = await subscribe(ada, other);
    for (const r of [first, second, elsewhere]) expect((await r.next()).event).toBe("ready");

    expect((await createTask("x", 1, other)).status).toBe(201);
    expect(JSON.parse((await elsewhere.nextOf("change")).data).projectId).toBe(other);
    // A rejected edit commits nothing and announces nothing.
    expect(
      (await ada.request("PATCH", `/api/projects/${projectId}/tasks/missing`, { name: "y", version: 1 }))
        .status,
    ).toBe(404);
    expect((await createTask("a")).status).toBe(201);
    for (const r of [first, second]) {
      // The first change these two see is their own project's.
      expect(JSON.parse((await r.nextOf("change")).data).changes).toEqual([
        { entity: "task", id: "a", action: "create" },
      ]);
    }

    // Only the project's viewers may listen.
    expect((await bob.request("GET", `/api/projects/${projectId}/events`)).status).toBe(404);
    expect((await t.anonymous().request("GET", `/api/projects/${projectId}/events`)).status).toBe(401);
  });

  it("forgets a client that hangs up", async () => {
    const before = t.services.feed.subscriberCount;
    const events = await subscribe(ada);
    await events.next();
    expect(t.services.feed.subscriberCount).toBe(before + 1);
    await events.cancel();
    await expect.poll(() => t.services.feed.subscriberCount, { timeout: 1000 }).toBe(before);
    // Edits after the hang-up still commit.
    expect((await createTask("after")).status).toBe(201);
  });
});
