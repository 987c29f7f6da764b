import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

// 7-hour days at 100 an hour: 700 a day.
const PLAN = `project: { name: Launch, start: 2027-01-04 }
resources:
  - { id: dana, name: Dana, costPerHour: 100 }
tasks:
  - { id: design, duration: 5d, assign: [dana] }
  - { id: build, duration: 10d, after: [design], assign: [dana] }
  - { id: ship, milestone: true, after: [build] }
`;

describe.each(TEST_DRIVERS)("progress and earned value over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  const patchTask = async (id: string, fields: Record<string, unknown>) => {
    const task = await json(ada.request("GET", `${base}/tasks/${id}`));
    return ada.request("PATCH", `${base}/tasks/${id}`, { ...fields, version: task.version });
  };
  const setStatusDate = async (statusDate: string) => {
    const project = await json(ada.request("GET", base));
    const res = await ada.request("PATCH", base, { statusDate, version: project.version });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "launch.yaml",
      content: PLAN,
    });
    base = `/api/projects/${(await json(res)).id}`;
  });
  afterEach(() => t.dispose());

  it("measures recorded progress against the saved baseline", async () => {
    const baseline = await json(ada.request("POST", `${base}/baselines`, { name: "Plan of record" }));
    expect(baseline.tasks.find((x: { id: string }) => x.id === "build").cost).toBe(7000);
    await setStatusDate("2027-01-13");
    expect(
      (
        await patchTask("design", {
          percentComplete: 100,
          actualStart: "2027-01-04",
          actualFinish: "2027-01-11",
          actualCost: 4500,
        })
      ).status,
    ).toBe(200);
    expect((await patchTask("build", { percentComplete: 20, actualStart: "2027-01-12" })).status).toBe(200);

    const evm = await json(ada.request("GET", `${base}/evm`));
    expect(evm.baseline).toEqual({ id: baseline.id, name: "Plan of record" });
    expect(evm.project).toMatchObject({ PV: 5600, EV: 4900, AC: 5900, BAC: 10500 });
    expect(evm.project.SPI).toBeCloseTo(0.875, 6);

    const progress = await json(ada.request("GET", `${base}/progress`));
    expect(progress.tasks.find((x: { id: string }) => x.id === "build")).toMatchObject({
      state: "in progress",
      percentComplete: 20,
    });
    // The remaining 8 days resume after the status date: build ends on the 25th, not the 22nd.
    const variance = await json(ada.request("GET", `${base}/baselines/${baseline.id}/variance`));
    expect(variance.project.finishDays).toBe(1);
    expect(variance.slipped.map((x: { id: string }) => x.id)).toEqual(["design", "build", "ship"]);
  });

  it("refuses progress that contradicts the status date, and keeps the task as it was", async () => {
    await setStatusDate("2027-01-08");
    const res = await patchTask("design", { percentComplete: 50, actualStart: "2027-01-11" });
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toContain("after the status date");
    expect((await json(ada.request("GET", `${base}/tasks/design`))).percentComplete).toBeUndefined();
    const outside = await patchTask("design", { percentComplete: 120 });
    expect(outside.status).toBe(400);
  });

  it("clears the status date with null", async () => {
    await setStatusDate("2027-01-13");
    const project = await json(ada.request("GET", base));
    const res = await ada.request("PATCH", base, { statusDate: null, version: project.version });
    expect(res.status).toBe(200);
    expect((await json(res)).project.statusDate).toBeUndefined();
  });

  it("asks for a status date before measuring earned value", async () => {
    const res = await ada.request("GET", `${base}/evm`);
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toContain("status date");
  });
});
