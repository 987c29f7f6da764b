import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

const TEAM = `project: { name: Team, start: 2027-01-04 }
resources:
  - { id: alice, name: Alice Chen, timeOff: [{ from: 2027-01-11, to: 2027-01-12, name: PTO }] }
  - { id: bob }
tasks:
  - { id: migrate, duration: 3d, assign: [alice], priority: 800 }
  - { id: build, work: 4d, assign: [alice] }
  - { id: review, duration: 2d, assign: [bob], after: [build] }
`;

describe.each(TEST_DRIVERS)("resources over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "team.yaml",
      content: TEAM,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    base = `/api/projects/${(await json(res)).id}`;
  });
  afterEach(() => t.dispose());

  it("stores resources, time off and assignments from a plan file, and gives them back in YAML", async () => {
    const resources = await json(ada.request("GET", `${base}/resources`));
    expect(resources.map((r: { id: string }) => r.id)).toEqual(["alice", "bob"]);
    expect(resources[0].timeOff).toEqual([{ from: "2027-01-11", to: "2027-01-12", name: "PTO" }]);
    const yaml = await (await ada.request("GET", `${base}/plan?format=yaml`)).text();
    expect(yaml).toContain("work: 4d");
    expect(yaml).toContain("assign: [alice]");
  });

  it("shortens an effort-driven task when a person is assigned to it", async () => {
    const minutes = async () =>
      (await json(ada.request("GET", `${base}/schedule`))).schedule.tasks.find(
        (x: { id: string }) => x.id === "build",
      ).durationMinutes;
    expect(await minutes()).toBe(4 * 420);
    expect(
      (await ada.request("POST", `${base}/assignments`, { task: "build", resource: "bob" })).status,
    ).toBe(201);
    expect(await minutes()).toBe(2 * 420);
  });

  it("reports load, previews leveling without changing anything, applies it, and undoes it", async () => {
    const load = await json(ada.request("GET", `${base}/load`));
    expect(load.overAllocations).toEqual([
      expect.objectContaining({
        resource: "alice",
        from: "2027-01-04",
        to: "2027-01-06",
        tasks: ["migrate", "build"],
      }),
    ]);
    const capacity = await json(ada.request("GET", `${base}/capacity?focus=0.8`));
    expect(capacity.rows[0].cells[0]).toEqual({
      start: "2027-01-04",
      availableHours: 28,
      demandHours: 49,
      utilisation: 1.75,
    });

    const before = await json(ada.request("GET", base));
    const preview = await json(ada.request("POST", `${base}/level`, { mode: "delay" }));
    expect(preview.planVersion).toBe(before.planVersion);
    expect(preview.moves.map((m: { reason: string }) => m.reason)).toEqual([
      "`build` +7d: alice is on `migrate` 2027-01-04 to 2027-01-06; alice is off 2027-01-11 to 2027-01-12 (PTO)",
      "`review` +7d: waits for `build`, which moved",
    ]);
    // Only `build` waited for a person; `review` follows it without a date of its own.
    expect(preview.constraints).toEqual([{ task: "build", date: "2027-01-13T09:00" }]);
    // The preview stored nothing.
    expect((await json(ada.request("GET", base))).planVersion).toBe(before.planVersion);

    const applied = await json(
      ada.request("POST", `${base}/level/apply`, {
        planVersion: preview.planVersion,
        constraints: preview.constraints,
      }),
    );
    expect(applied.planVersion).toBe(before.planVersion + 1);
    expect((await json(ada.request("GET", `${base}/load`))).overAllocations).toEqual([]);
    const schedule = await json(ada.request("GET", `${base}/schedule`));
    expect(schedule.schedule.project.finish).toBe(preview.after.finish);

    // Applying the same preview again is refused: the plan has changed since.
    const again = await ada.request("POST", `${base}/level/apply`, {
      planVersion: preview.planVersion,
      constraints: preview.constraints,
    });
    expect(again.status).toBe(409);

    // Each moved task's version before the apply, which the apply raised by one.
    for (const [i, p] of applied.previous.entries())
      expect(applied.tasks[i].version).toBe((p as { version: number }).version + 1);
    // Undo: the previous constraints, with the versions the apply returned.
    const undo = await ada.request("POST", `${base}/tasks/bulk`, {
      update: applied.previous.map((p: { task: string; constraint: object }, i: number) => ({
        id: p.task,
        version: applied.tasks[i].version,
        constraint: p.constraint,
      })),
    });
    expect(undo.status).toBe(200);
    expect((await json(ada.request("GET", `${base}/load`))).overAllocations).toHaveLength(1);
  });

  it("answers demand no resource can meet with 422 naming it, and a too-long budget with 400", async () => {
    expect(
      (await ada.request("POST", `${base}/assignments`, { task: "review", resource: "alice", units: 2 }))
        .status,
    ).toBe(201);
    const res = await ada.request("POST", `${base}/level`, {});
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toBe(
      'task "review" needs 200 % of "alice", who has at most 100 %',
    );
    expect((await ada.request("POST", `${base}/level`, { budgetMs: 60_000 })).status).toBe(400);
  });

  it("clears an optional field sent as null, and refuses null for a required one", async () => {
    const bob = await json(ada.request("PATCH", `${base}/resources/bob`, { group: "QA", version: 1 }));
    expect(bob.group).toBe("QA");
    const cleared = await json(
      ada.request("PATCH", `${base}/resources/bob`, { group: null, costPerHour: null, version: bob.version }),
    );
    expect("group" in cleared).toBe(false);
    const build = await json(ada.request("GET", `${base}/tasks/build`));
    const fixed = await ada.request("PATCH", `${base}/tasks/build`, {
      work: null,
      duration: { value: 3, unit: "d", elapsed: false },
      version: build.version,
    });
    expect(fixed.status).toBe(200);
    expect("work" in (await json(fixed))).toBe(false);
    expect((await ada.request("PATCH", `${base}/resources/bob`, { name: null, version: 3 })).status).toBe(
      400,
    );
  });
});
