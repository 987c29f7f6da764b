import { applyEdits, schedulePlan } from "@keel/engine";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantProjectRole, json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

// 2027-01-04 is a Monday. design → build → ship is the critical path; docs has float.
const PLAN = `project: { name: Launch, start: 2027-01-04 }
tasks:
  - { id: design, duration: 5d }
  - { id: build, duration: 10d, after: [design] }
  - { id: docs, duration: 3d, after: [design] }
  - { id: ship, milestone: true, after: [build, docs], deadline: 2027-01-22 }
`;

const days = (value: number) => ({ value, unit: "d", elapsed: false });

describe.each(TEST_DRIVERS)("change requests over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let projectId: string;
  let base: string;

  const create = async (id: string, edits: unknown[], status = "submitted") => {
    const res = await ada.request("POST", `${base}/changes`, {
      id,
      requester: "Sam",
      reason: "Customer ask",
      status,
      edits,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return json(res);
  };
  const finish = async () => (await json(ada.request("GET", `${base}/schedule`))).schedule.project.finish;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "launch.yaml",
      content: PLAN,
    });
    expect(res.status).toBe(201);
    projectId = (await json(res)).id;
    base = `/api/projects/${projectId}`;
  });
  afterEach(() => t.dispose());

  it("computes the impact as the scheduled fork, before any decision", async () => {
    const edits = [{ op: "updateTask", id: "build", set: { duration: days(15) } }];
    await create("CR-1", edits);
    const { impact, tasks } = await json(ada.request("GET", `${base}/changes/CR-1/impact?iterations=0`));
    const plan = await t.store.plan(projectId);
    const fork = schedulePlan(applyEdits(plan, edits as never).plan);
    expect(impact.finish).toEqual({
      before: schedulePlan(plan).project.finish,
      after: fork.project.finish,
      days: 5,
    });
    expect(impact.deadlines).toEqual([
      expect.objectContaining({ id: "ship", missedBefore: false, missedAfter: true }),
    ]);
    expect(tasks.map((r: { id: string }) => r.id)).toEqual(["build", "ship"]);
    // Nothing changed yet.
    expect(await finish()).toBe(schedulePlan(plan).project.finish);
  });

  it("approval merges the edits, records the decision with its impact, and lists it in the change log", async () => {
    await create("CR-1", [
      { op: "updateTask", id: "build", set: { duration: days(15) } },
      {
        op: "addTask",
        task: {
          id: "qa",
          name: "QA",
          parent: null,
          milestone: false,
          duration: days(2),
          constraint: { type: "ASAP" },
        },
      },
      { op: "addLink", link: { from: "build", to: "qa", type: "FS", lag: days(0) } },
    ]);
    const before = await finish();
    const res = await ada.request("POST", `${base}/changes/CR-1/decision`, {
      decision: "approved",
      why: "The customer pays for it",
      version: 1,
      rebaseline: true,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const { change } = await json(res);
    expect(change).toMatchObject({
      status: "approved",
      // Five more days of build, then two of QA after it.
      decision: { status: "approved", by: "Ada", impact: { finishDays: 7 } },
    });
    expect(await finish()).not.toBe(before);
    expect((await json(ada.request("GET", `${base}/tasks/qa`))).name).toBe("QA");
    const baselines = await json(ada.request("GET", `${base}/baselines`));
    expect(baselines.map((b: { name: string }) => b.name)).toEqual(["After change CR-1"]);
    const log = await json(ada.request("GET", `${base}/change-log`));
    expect(log.map((c: { id: string }) => c.id)).toEqual(["CR-1"]);
    // A decided request is locked.
    const locked = await ada.request("PATCH", `${base}/changes/CR-1`, {
      name: "Sneaky",
      version: change.version,
    });
    expect(locked.status).toBe(409);
    const again = await ada.request("POST", `${base}/changes/CR-1/decision`, {
      decision: "rejected",
      why: "No",
      version: change.version,
    });
    expect(again.status).toBe(409);
  });

  it("is all or nothing: an approval whose merged plan is refused changes nothing", async () => {
    // design → build exists; build → design closes a cycle.
    await create("CR-1", [
      { op: "updateTask", id: "docs", set: { name: "Docs, renamed" } },
      { op: "addLink", link: { from: "build", to: "design", type: "FS", lag: days(0) } },
    ]);
    const plan = await t.store.plan(projectId);
    const res = await ada.request("POST", `${base}/changes/CR-1/decision`, {
      decision: "approved",
      why: "Try",
      version: 1,
    });
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toMatch(/cycle/i);
    expect(await t.store.plan(projectId)).toEqual(plan);
    expect((await json(ada.request("GET", `${base}/changes/CR-1`))).status).toBe("submitted");
  });

  it("refuses a stale fork with a clear message, and re-basing drops the edits that no longer fit", async () => {
    await create("CR-1", [
      { op: "updateTask", id: "docs", set: { duration: days(4) } },
      { op: "updateTask", id: "build", set: { duration: days(12) } },
    ]);
    const docs = await json(ada.request("GET", `${base}/tasks/docs`));
    expect((await ada.request("DELETE", `${base}/tasks/docs?version=${docs.version}`)).status).toBe(204);
    const refused = await ada.request("POST", `${base}/changes/CR-1/decision`, {
      decision: "approved",
      why: "Go",
      version: 1,
    });
    expect(refused.status).toBe(409);
    const body = await json(refused);
    expect(body.error.code).toBe("stale_change");
    expect(body.error.message).toContain('edit 1 (updateTask) names task "docs"');
    const { impact } = await json(ada.request("GET", `${base}/changes/CR-1/impact?iterations=0`));
    expect(impact.stale).toHaveLength(1);
    const rebased = await json(ada.request("POST", `${base}/changes/CR-1/rebase`, { version: 1 }));
    expect(rebased.dropped).toBe(1);
    expect(rebased.change.edits).toEqual([{ op: "updateTask", id: "build", set: { duration: days(12) } }]);
    const approved = await ada.request("POST", `${base}/changes/CR-1/decision`, {
      decision: "approved",
      why: "Go",
      version: rebased.change.version,
    });
    expect(approved.status, await approved.clone().text()).toBe(200);
  });

  it("keeps every decision in the change log: a deferral later approved shows both", async () => {
    await create("CR-1", [{ op: "updateTask", id: "build", set: { duration: days(11) } }]);
    const deferred = await json(
      ada.request("POST", `${base}/changes/CR-1/decision`, {
        decision: "deferred",
        why: "Next quarter",
        version: 1,
      }),
    );
    const resubmitted = await json(
      ada.request("PATCH", `${base}/changes/CR-1`, { status: "submitted", version: deferred.change.version }),
    );
    await json(
      ada.request("POST", `${base}/changes/CR-1/decision`, {
        decision: "approved",
        why: "Budget found",
        version: resubmitted.version,
      }),
    );
    const log = await json(ada.request("GET", `${base}/change-log`));
    expect(
      log.map((e: { id: string; decision: { status: string; why: string } }) => [
        e.id,
        e.decision.status,
        e.decision.why,
      ]),
    ).toEqual([
      ["CR-1", "approved", "Budget found"],
      ["CR-1", "deferred", "Next quarter"],
    ]);
  });

  it("records rejections and deferrals without touching the plan, and a draft cannot be decided", async () => {
    await create("CR-1", [{ op: "updateTask", id: "build", set: { duration: days(20) } }]);
    await create("CR-2", [{ op: "removeTask", id: "docs" }], "draft");
    const plan = await t.store.plan(projectId);
    const rejected = await json(
      ada.request("POST", `${base}/changes/CR-1/decision`, {
        decision: "rejected",
        why: "Too late",
        version: 1,
      }),
    );
    expect(rejected.change).toMatchObject({
      status: "rejected",
      decision: { why: "Too late", impact: { finishDays: 10 } },
    });
    const draft = await ada.request("POST", `${base}/changes/CR-2/decision`, {
      decision: "approved",
      why: "x",
      version: 1,
    });
    expect(draft.status).toBe(409);
    expect((await json(draft)).error.message).toContain("draft");
    const { changes: _c, ...rest } = await t.store.plan(projectId);
    const { changes: _d, ...restBefore } = plan;
    expect(rest).toEqual(restBefore);
  });

  it("lets only managers decide", async () => {
    await create("CR-1", [{ op: "updateTask", id: "build", set: { duration: days(11) } }]);
    const mo = await t.user("Mo");
    await grantProjectRole(t.store, ada.userId, projectId, mo.userId, "member");
    const res = await mo.request("POST", `${base}/changes/CR-1/decision`, {
      decision: "approved",
      why: "Me",
      version: 1,
    });
    expect(res.status).toBe(403);
    expect((await json(ada.request("GET", `${base}/changes/CR-1`))).status).toBe("submitted");
  });
});
