import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AgileSettings, WorkflowStatus } from "@keel/model";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

// Two people on the standard calendar, a public holiday in the sprint and two days of PTO for Ben.
const PLAN = `project: { name: App, start: 2027-01-04 }
calendar:
  workweek: [mon, tue, wed, thu, fri]
  hours: ["09:00-12:00", "13:00-18:00"]
  holidays: [2027-01-11]
resources:
  - { id: ana, name: Ana }
  - { id: ben, name: Ben, timeOff: [{ from: 2027-01-07, to: 2027-01-08 }] }
tasks:
  - { id: release, name: Release, milestone: true }
`;

// The reference Jira exports sit beside the repository, never inside it.
const JIRA = fileURLToPath(new URL("../../../../../shared/data/jira/", import.meta.url));
const haveJira = existsSync(JIRA);
if (!haveJira) console.warn(`Jira reference import test skipped: reference data not found at ${JIRA}`);

describe.each(TEST_DRIVERS)("agile delivery over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  beforeEach(async () => {
    t = await openTestApp(driver, { config: { importLimit: 64 * 1024 * 1024 } });
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Product" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "app.yaml",
      content: PLAN,
    });
    base = `/api/projects/${(await json(res)).id}`;
  });
  afterEach(() => t.dispose());

  const get = (path: string) => json(ada.request("GET", `${base}${path}`));
  const post = (path: string, body: unknown) => ada.request("POST", `${base}${path}`, body);
  const csv = (path: string, file: string | Uint8Array) =>
    ada.request("POST", `${base}${path}`, file, { "content-type": "text/csv" });

  async function greenfield(): Promise<{ settings: AgileSettings; version: number }> {
    const res = await post("/agile/template", { template: "greenfield-product" });
    expect(res.status, await res.clone().text()).toBe(200);
    return json(res);
  }

  /** Walks a card through the board in column order to `target`, on `at`. */
  async function moveTo(id: string, target: WorkflowStatus, at: string, statuses: readonly WorkflowStatus[]) {
    let item = await get(`/backlog-items/${id}`);
    const from = statuses.findIndex((s) => s.id === item.status);
    const to = statuses.findIndex((s) => s.id === target.id);
    for (const status of statuses.slice(from + 1, to + 1)) {
      const res = await post(`/backlog-items/${id}/move`, { status: status.id, version: item.version, at });
      expect(res.status, await res.clone().text()).toBe(200);
      item = (await json(res)).item;
    }
    return item;
  }

  it("plans a sprint within capacity, runs it on the board with WIP limits, and closes it with carry-over", async () => {
    const { settings } = await greenfield();
    expect(settings).toMatchObject({ template: "greenfield-product", sprintLength: 14, focusFactor: 0.7 });
    const statuses = settings.workflow.statuses;
    const doing = statuses.find((s) => s.category === "doing" && s.wip !== undefined) as WorkflowStatus;
    const done = statuses.find((s) => s.category === "done") as WorkflowStatus;
    const sprints = await get("/sprints");
    expect(sprints).toHaveLength(1);
    await json(
      ada.request("PATCH", `${base}/sprints/S1`, { start: "2027-01-04", finish: "2027-01-17", version: 1 }),
    );

    // Enough cards to go over the WIP limit of the first limited column.
    const estimates = [5, 3, 8, 2, ...Array.from({ length: (doing.wip ?? 1) - 3 }, () => 1)];
    const keys: string[] = [];
    for (const points of estimates) {
      const res = await post("/backlog-items", { name: `Story ${points}`, points, sprint: "S1" });
      expect(res.status, await res.clone().text()).toBe(201);
      keys.push((await json(res)).id);
    }
    expect(keys[0]).toBe("KEEL-1");
    const committed = estimates.reduce((a, b) => a + b, 0);

    const plan = await get("/sprints/S1/plan");
    // 9 working days (the holiday is off) of 8 hours; Ben is off 2 of them; focus factor 0.7.
    expect(plan.capacity.workingDays).toBe(9);
    expect(
      plan.capacity.members.map((m: { resource: string; hours: number }) => [m.resource, m.hours]),
    ).toEqual([
      ["ana", 50.4],
      ["ben", 39.2],
    ]);
    expect(plan.capacity.hours).toBeCloseTo(89.6, 6);
    expect(plan).toMatchObject({ committed, unit: "points", guidance: { over: false } });
    expect(plan.guidance.velocity).toBeUndefined();

    const started = await json(post("/sprints/S1/start", { version: 2 }));
    expect(started.sprint).toMatchObject({ state: "active" });
    expect(started.sprint.committed).toHaveLength(keys.length);
    expect((await post("/sprints/S1/start", { version: started.sprint.version })).status).toBe(409);

    // Fill the limited column to its limit, then one more: a warning naming the column and limit.
    for (const key of keys.slice(0, doing.wip)) await moveTo(key, doing, "2027-01-05", statuses);
    const last = keys[doing.wip ?? 0] as string;
    const over = await moveTo(last, doing, "2027-01-05", statuses);
    expect(over.status).toBe(doing.id);
    const back = statuses[statuses.indexOf(doing) - 1] as WorkflowStatus;
    const extra = await json(post("/backlog-items", { name: "Hotfix", points: 1, status: back.id }));
    const warned = await json(
      post(`/backlog-items/${extra.id}/move`, { status: doing.id, version: extra.version }),
    );
    expect(warned.check).toMatchObject({ level: "warn", wip: { status: doing.id, limit: doing.wip } });
    expect(warned.check.message).toContain(doing.name);

    // With the policy "block", the same move is refused and the card stays where it was.
    const current = await get("/agile");
    await json(
      ada.request("PUT", `${base}/agile`, {
        settings: { ...current.settings, wipPolicy: "block" },
        version: current.version,
      }),
    );
    const second = await json(post("/backlog-items", { name: "Hotfix 2", points: 1, status: back.id }));
    const refused = await post(`/backlog-items/${second.id}/move`, {
      status: doing.id,
      version: second.version,
    });
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.message).toContain(`${doing.wip}`);
    expect((await get(`/backlog-items/${second.id}`)).status).toBe(back.id);

    // Finish the 5 on the 6th and the 3 on the 12th; the rest stay unfinished.
    await moveTo(keys[0] as string, done, "2027-01-06", statuses);
    await moveTo(keys[1] as string, done, "2027-01-12", statuses);

    const next = await json(post("/sprints", { start: "2027-01-18" }));
    const closing = await get("/sprints/S1");
    const closed = await json(
      post("/sprints/S1/close", {
        version: closing.version,
        carryTo: next.id,
        review: "Sign-in shipped",
        retrospective: { wentWell: ["Pairing"], actions: [{ text: "Split stories under 5 points" }] },
      }),
    );
    expect(closed.carriedOver).toEqual(keys.slice(2));
    expect(closed.issues).toEqual(["I1"]);
    expect(closed.sprint).toMatchObject({
      state: "closed",
      completed: [
        { item: keys[0], estimate: 5 },
        { item: keys[1], estimate: 3 },
      ],
      retrospective: { actions: [{ text: "Split stories under 5 points", issue: "I1" }] },
    });
    expect(await get("/issues/I1")).toMatchObject({ name: "Split stories under 5 points", status: "open" });
    for (const key of keys.slice(2)) expect((await get(`/backlog-items/${key}`)).sprint).toBe(next.id);

    const report = await get("/sprints/S1/report");
    expect(report).toMatchObject({ committed, completed: 8, carriedOver: keys.slice(2) });
    const day = (date: string) => report.burndown.days.find((d: { date: string }) => d.date === date);
    expect(day("2027-01-05")).toMatchObject({ remaining: committed, done: 0 });
    expect(day("2027-01-06")).toMatchObject({ remaining: committed - 5, done: 5 });
    expect(day("2027-01-12")).toMatchObject({ remaining: committed - 8, done: 8 });
    // End-of-day points: the ideal line has burnt one of nine working days by the end of the first.
    expect(day("2027-01-04")?.ideal).toBeCloseTo((committed * 8) / 9, 1);
    expect(day("2027-01-11")?.ideal).toBe(day("2027-01-08")?.ideal);
    expect(report.burndown.days.at(-1).ideal).toBeCloseTo(0, 6);

    const charts = await get("/agile/charts?today=2027-01-18");
    expect(charts.velocity).toEqual([{ sprint: "S1", name: "Sprint 1", committed, completed: 8 }]);
    expect(charts.cycleTime.points.map((p: { item: string }) => p.item).sort()).toEqual(
      keys.slice(0, 2).sort(),
    );
    // The next sprint's guidance comes from the one closed sprint's velocity.
    expect(charts.guidance).toMatchObject({ velocity: 8 });
  });

  it("checks what a new or changed item refers to, and dates it", async () => {
    await greenfield();
    const refused = async (body: unknown, path: string) => {
      const res = await post("/backlog-items", body);
      expect(res.status).toBe(400);
      expect((await json(res)).error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    };
    await refused({ name: "A", status: "limbo" }, "status");
    await refused({ name: "A", sprint: "S9" }, "sprint");
    await refused({ name: "A", epic: "KEEL-99" }, "epic");
    await refused({ name: "A", tasks: ["release", "nowhere"] }, "tasks.1");
    const epic = await json(post("/backlog-items", { name: "Sign-up", type: "epic", tasks: ["release"] }));
    const story = await json(post("/backlog-items", { name: "Form", epic: epic.id }));
    expect(story.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const patch = await ada.request("PATCH", `${base}/backlog-items/${story.id}`, {
      sprint: "S9",
      version: 1,
    });
    expect(patch.status).toBe(400);
    expect((await get("/backlog-items")).map((i: { id: string }) => i.id)).toEqual([epic.id, story.id]);
  });

  it("counts the running sprint's cards against a WIP limit, not items left in the backlog", async () => {
    const { settings } = await greenfield();
    const doing = settings.workflow.statuses.find((s) => s.wip !== undefined) as WorkflowStatus;
    const back = settings.workflow.statuses[settings.workflow.statuses.indexOf(doing) - 1] as WorkflowStatus;
    // Items in progress that went back to the backlog, more than the limit.
    for (let i = 0; i <= (doing.wip ?? 0); i++) {
      const item = await json(post("/backlog-items", { name: `Left over ${i}`, status: back.id }));
      await json(post(`/backlog-items/${item.id}/move`, { status: doing.id, version: item.version }));
    }
    const card = await json(post("/backlog-items", { name: "Sprint card", status: back.id, sprint: "S1" }));
    await json(post("/sprints/S1/start", { version: 1 }));
    const moved = await json(
      post(`/backlog-items/${card.id}/move`, { status: doing.id, version: card.version }),
    );
    expect(moved.check.level).toBe("ok");
    expect(moved.check.wip).toMatchObject({ count: 1, limit: doing.wip });
  });

  it("refuses a closed sprint's edits and a move into it", async () => {
    await greenfield();
    const item = await json(post("/backlog-items", { name: "Story", points: 2, sprint: "S1" }));
    await json(post("/sprints/S1/start", { version: 1 }));
    const active = await get("/sprints/S1");
    await json(post("/sprints/S1/close", { version: active.version }));
    const closed = await get("/sprints/S1");
    expect(
      (await ada.request("PATCH", `${base}/sprints/S1`, { goal: "x", version: closed.version })).status,
    ).toBe(409);
    const moved = await post(`/backlog-items/${item.id}/move`, {
      sprint: "S1",
      version: (await get(`/backlog-items/${item.id}`)).version,
    });
    expect(moved.status).toBe(409);
  });

  it("imports a Jira export, re-imports it without duplicates, and stores nothing from a file it cannot read", async () => {
    await greenfield();
    const file = [
      "Summary,Issue key,Issue id,Issue Type,Status,Sprint,Sprint,Custom field (Story Points),Created",
      "Sign in,APP-1,10001,Story,In Progress,APP Sprint 1,APP Sprint 2,5,08/Sep/21 2:02 PM",
      '"Reset password,\r\nby email",APP-2,10002,Bug,Waiting for vendor,,,3,09/Sep/21 9:15 AM',
      "",
    ].join("\r\n");
    const preview = await json(csv("/import/jira?dryRun=true", file));
    expect(preview).toMatchObject({ items: 2, created: 0 });
    expect(preview.unmappedStatuses).toEqual(["Waiting for vendor"]);
    expect(await get("/backlog-items")).toEqual([]);

    const settings = (await get("/agile")).settings as AgileSettings;
    const todo = settings.workflow.statuses.find((s) => s.category === "todo") as WorkflowStatus;
    const map = encodeURIComponent(JSON.stringify({ "Waiting for vendor": todo.id }));
    const first = await json(csv(`/import/jira?statusMap=${map}`, file));
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const items = await get("/backlog-items");
    expect(items.map((i: { id: string; status: string; points: number }) => [i.id, i.points])).toEqual([
      ["APP-1", 5],
      ["APP-2", 3],
    ]);
    expect(items[0].sprint).toBe("app-sprint-2");
    expect(items[1]).toMatchObject({
      name: "Reset password,\r\nby email",
      status: todo.id,
      created: "2021-09-09",
    });
    expect((await get("/sprints")).map((s: { id: string }) => s.id)).toContain("app-sprint-2");

    const again = await json(csv(`/import/jira?statusMap=${map}`, file));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await get("/backlog-items")).toHaveLength(2);

    const duplicate = `${file}Sign in again,APP-1,10003,Story,Done,,,1,10/Sep/21 1:00 PM\r\n`;
    const refused = await csv("/import/jira", duplicate);
    expect(refused.status).toBe(422);
    expect((await json(refused)).error.message).toMatch(/APP-1/);
    const badMap = await csv(
      `/import/jira?statusMap=${encodeURIComponent('{"Waiting for vendor":"limbo"}')}`,
      file,
    );
    expect(badMap.status).toBe(400);
    expect((await json(badMap)).error.fields[0]).toMatchObject({ path: "statusMap.Waiting for vendor" });
    // Latin-1 bytes (é as 0xE9) are not UTF-8: refused with where, nothing stored.
    const latin1 = Buffer.from(
      "Summary,Issue key,Issue Type,Status\r\nCaf\xe9 menu,APP-9,Story,To Do\r\n",
      "latin1",
    );
    const encoding = await csv("/import/jira", latin1);
    expect(encoding.status).toBe(422);
    expect((await json(encoding)).error.message).toMatch(/not UTF-8/);
    const notJira = await csv("/import/jira", "Name,Age\r\nAda,36\r\n");
    expect(notJira.status).toBe(422);
    expect((await json(notJira)).error.message).toMatch(/Jira/);
    expect(await get("/backlog-items")).toEqual(items);
  });

  it.skipIf(!haveJira)(
    "imports every reference Jira export and re-imports each without duplicates",
    async () => {
      await greenfield();
      for (const name of readdirSync(JIRA).filter((f) => f.endsWith(".csv"))) {
        const file = readFileSync(`${JIRA}${name}`, "utf8");
        const first = await csv(`/import/jira?file=${encodeURIComponent(name)}`, file);
        expect(first.status, `${name}: ${await first.clone().text()}`).toBe(200);
        const report = await json(first);
        expect(report.text, name).toContain("rows");
        const again = await json(csv(`/import/jira?file=${encodeURIComponent(name)}`, file));
        expect(again, name).toMatchObject({ created: 0, updated: 0, unchanged: report.items });
      }
    },
  );
});
