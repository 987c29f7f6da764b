import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

const PLAN = `project: { name: Risky, start: 2027-01-04 }
tasks:
  - { id: design, duration: 3d/5d/9d }
  - { id: build, duration: 5d, after: [design] }
  - { id: ship, milestone: true, after: [build], deadline: 2027-01-29 }
risks:
  - { id: sdk-late, probability: 3, impact: 4, chance: 50%, delay: 5d, tasks: [build] }
`;

describe.each(TEST_DRIVERS)("forecast over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "risky.yaml",
      content: PLAN,
    });
    expect(res.status).toBe(201);
    base = `/api/projects/${(await json(res)).id}`;
  });
  afterEach(() => t.dispose());

  it("forecasts the stored plan with its risks, the same for the same seed", async () => {
    const first = await json(ada.request("POST", `${base}/forecast`, { iterations: 2000, seed: 3 }));
    expect(first.iterations).toBe(2000);
    expect(first.risks).toEqual([expect.objectContaining({ id: "sdk-late", probability: 0.5 })]);
    expect(first.risks[0].occurred).toBeGreaterThan(0.45);
    expect(first.risks[0].occurred).toBeLessThan(0.55);
    // Half the iterations take the risk's 5 days: the spread reaches well past the plan.
    expect(first.finish.p95 > first.plannedFinish).toBe(true);
    expect(first.deadlines).toEqual([expect.objectContaining({ id: "ship" })]);
    const again = await json(ada.request("POST", `${base}/forecast`, { iterations: 2000, seed: 3 }));
    expect(again).toEqual(first);
  });

  it("refuses bad options with 400, and still forecasts after a risk's task is deleted", async () => {
    expect((await ada.request("POST", `${base}/forecast`, { iterations: 0 })).status).toBe(400);
    expect((await ada.request("POST", `${base}/forecast`, { uncertainty: 2 })).status).toBe(400);
    const build = await json(ada.request("GET", `${base}/tasks/build`));
    expect((await ada.request("DELETE", `${base}/tasks/build?version=${build.version}`)).status).toBe(204);
    const res = await ada.request("POST", `${base}/forecast`, { iterations: 100 });
    expect(res.status).toBe(200);
    // The risk stays in the register, linked to no task: it is no longer a forecast event.
    const result = await json(res);
    expect(result.risks).toEqual([]);
    expect(result.finish.p95 <= "2027-01-14T17:00:00").toBe(true);
  });
});
