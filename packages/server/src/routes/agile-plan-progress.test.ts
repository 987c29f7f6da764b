import type { WorkflowStatus } from "@keel/model";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const PLAN = `project: { name: Checkout, start: 2027-01-04 }
calendar:
  workweek: [mon, tue, wed, thu, fri]
  hours: ["09:00-12:00", "13:00-17:00"]
tasks:
  - { id: build, name: Build checkout, duration: 10d }
  - { id: docs, name: Write the docs, duration: 2d }
  - { id: launch, name: Launch, milestone: true, after: [build] }
`;

interface Edit {
  readonly task: string;
  readonly name: string;
  readonly current: number;
  readonly proposed: number;
  readonly epics: readonly { id: string; name: string }[];
  readonly set: Record<string, unknown>;
}

describe.each(TEST_DRIVERS)("plan progress from epics over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Shop" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "checkout.yaml",
      content: PLAN,
    });
    base = `/api/projects/${(await json(res)).id}`;
  });
  afterEach(() => t.dispose());

  const get = (path: string) => json(ada.request("GET", `${base}${path}`));
  const post = (path: string, body: unknown) => ada.request("POST", `${base}${path}`, body);
  const created = async (body: object) => {
    const res = await post("/backlog-items", { created: "2027-01-04", ...body });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await json(res)).id as string;
  };

  /** Walks a card through the board in column order to the done column, on `at`. */
  async function finish(id: string, at: string, statuses: readonly WorkflowStatus[]) {
    let item = await get(`/backlog-items/${id}`);
    for (const status of statuses.slice(statuses.findIndex((s) => s.id === item.status) + 1)) {
      const res = await post(`/backlog-items/${id}/move`, { status: status.id, version: item.version, at });
      expect(res.status, await res.clone().text()).toBe(200);
      item = (await json(res)).item;
    }
  }

  it("proposes the percent an epic's done points give its task, applies it once, then proposes nothing", async () => {
    const res = await post("/agile/template", { template: "greenfield-product" });
    const { statuses } = (await json(res)).settings.workflow as { statuses: WorkflowStatus[] };
    const checkout = await created({ name: "Checkout", type: "epic", tasks: ["build"] });
    const release = await created({ name: "Release", type: "epic", tasks: ["launch"] });
    const stories = [];
    for (const points of [5, 3, 2])
      stories.push(await created({ name: `Story ${points}`, points, epic: checkout }));
    const notes = await created({ name: "Release notes", points: 1, epic: release });
    await finish(stories[0] as string, "2027-01-06", statuses);
    await finish(stories[1] as string, "2027-01-07", statuses);
    await finish(notes, "2027-01-08", statuses);

    // 8 of 10 points under Checkout; all of Release, so the milestone is reached the day it was.
    const proposal = await get("/agile/plan-progress?today=2027-01-11");
    expect(proposal.planVersion).toBe(2);
    expect(proposal.edits).toEqual([
      {
        task: "build",
        name: "Build checkout",
        milestone: false,
        epics: [{ id: checkout, name: "Checkout" }],
        current: 0,
        proposed: 80,
        set: { percentComplete: 80, actualStart: "2027-01-06" },
      },
      {
        task: "launch",
        name: "Launch",
        milestone: true,
        epics: [{ id: release, name: "Release" }],
        current: 0,
        proposed: 100,
        set: { percentComplete: 100, actualFinish: "2027-01-08" },
      },
    ]);

    // A plan changed since the proposal is refused, and nothing is written.
    const stale = await post("/agile/plan-progress", { version: proposal.planVersion + 1 });
    expect(stale.status).toBe(409);
    expect((await get("/tasks/build")).percentComplete).toBeUndefined();

    // Only the task asked for; the rest is still on offer.
    const applied = await json(
      post("/agile/plan-progress", { version: proposal.planVersion, tasks: ["build"], today: "2027-01-11" }),
    );
    expect(applied.changed.map((e: Edit) => [e.task, e.current, e.proposed])).toEqual([["build", 0, 80]]);
    expect(applied.previous).toEqual([
      { task: "build", version: 1, fields: { percentComplete: null, actualStart: null } },
    ]);
    expect(applied.tasks).toMatchObject([{ id: "build", percentComplete: 80, version: 2 }]);
    expect(applied.planVersion).toBe(proposal.planVersion + 1);
    const plan = await get("/plan");
    expect(plan.tasks.find((task: { id: string }) => task.id === "build")).toMatchObject({
      percentComplete: 80,
      actualStart: "2027-01-06",
    });
    // The plan was rescheduled: 8 of 10 days done from 6 January, 2 left, finishing on 19 January.
    const schedule = await get("/schedule");
    expect(schedule.schedule.tasks.find((task: { id: string }) => task.id === "build")).toMatchObject({
      start: "2027-01-06T09:00:00",
      finish: "2027-01-19T17:00:00",
    });
    const history = await get("/history?entity=task&entityId=build");
    expect(history[0]).toMatchObject({
      action: "update",
      actorId: ada.userId,
      after: { percentComplete: 80 },
    });

    expect((await get("/agile/plan-progress?today=2027-01-11")).edits.map((e: Edit) => e.task)).toEqual([
      "launch",
    ]);
    const rest = await json(post("/agile/plan-progress", { today: "2027-01-11" }));
    expect(rest.changed.map((e: Edit) => e.task)).toEqual(["launch"]);
    expect((await get("/agile/plan-progress?today=2027-01-11")).edits).toEqual([]);
    // Nothing left to write: no edit, the plan's version stays.
    const none = await json(post("/agile/plan-progress", {}));
    expect(none).toMatchObject({ changed: [], tasks: [], planVersion: rest.planVersion });
  });

  it("gives each linked epic's forecast against its task's finish in the charts", async () => {
    const res = await post("/agile/template", { template: "greenfield-product" });
    const { statuses } = (await json(res)).settings.workflow as { statuses: WorkflowStatus[] };
    const checkout = await created({ name: "Checkout", type: "epic", tasks: ["build", "docs"] });
    await created({ name: "Unlinked", type: "epic" });
    const stories = [];
    for (const points of [5, 3])
      stories.push(await created({ name: `Story ${points}`, points, epic: checkout }));
    // One item a day for four days: the one left is done on the first day forecast.
    for (const [i, at] of ["2027-01-04", "2027-01-05", "2027-01-06"].entries()) {
      await finish(await created({ name: `Chore ${i}` }), at, statuses);
    }
    await finish(stories[0] as string, "2027-01-07", statuses);
    const charts = await get("/agile/charts?today=2027-01-08");
    expect(charts.epicForecasts).toEqual([
      expect.objectContaining({
        epic: checkout,
        tasks: ["build", "docs"],
        items: 2,
        doneItems: 1,
        percent: 62.5,
        remaining: 1,
        finish: "2027-01-15",
        finishTask: "build",
        p50: "2027-01-08",
        p85: "2027-01-08",
        historyDays: 4,
        verdict: "on track",
      }),
    ]);
  });
});
