import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const PLAN = `project: { name: Launch, start: 2027-01-04 }
tasks:
  - { id: design, duration: 5d }
  - { id: build, duration: 10d, after: [design] }
  - { id: ship, milestone: true, after: [build] }
`;

describe.each(TEST_DRIVERS)("baselines over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

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

  it("compares the schedule with a saved baseline and lists what slipped", async () => {
    const baseline = await json(ada.request("POST", `${base}/baselines`, { name: "Plan of record" }));
    const design = await json(ada.request("GET", `${base}/tasks/design`));
    await json(
      ada.request("PATCH", `${base}/tasks/design`, {
        duration: { value: 7, unit: "d", elapsed: false },
        version: design.version,
      }),
    );
    const variance = await json(ada.request("GET", `${base}/baselines/${baseline.id}/variance`));
    expect(variance.project.finishDays).toBe(2);
    expect(variance.slipped.map((s: { id: string; finishDays: number }) => [s.id, s.finishDays])).toEqual([
      ["design", 2],
      ["build", 2],
      ["ship", 2],
    ]);
    expect(variance.tasks.find((x: { id: string }) => x.id === "build")).toMatchObject({
      startDays: 2,
      durationDays: 0,
    });
  });

  it("answers 404 for a baseline that does not exist", async () => {
    const res = await ada.request("GET", `${base}/baselines/00000000-0000-4000-8000-000000000000/variance`);
    expect(res.status).toBe(404);
  });
});
