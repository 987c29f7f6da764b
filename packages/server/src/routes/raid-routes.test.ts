import { toCsv, toPlanYaml } from "@keel/formats";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const PLAN = `project: { name: Launch, start: 2027-01-04 }
tasks:
  - { id: design, duration: 5d }
  - { id: build, duration: 10d, after: [design] }
`;

describe.each(TEST_DRIVERS)("the RAID log over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;
  let projectId: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "launch.yaml",
      content: PLAN,
    });
    projectId = (await json(res)).id;
    base = `/api/projects/${projectId}`;
  });
  afterEach(() => t.dispose());

  it("puts a raised risk on the heat map, before and after its response, and in the trend", async () => {
    const created = await json(
      ada.request("POST", `${base}/risks`, {
        id: "R1",
        name: "SDK late",
        probability: 4,
        impact: 5,
        review: "2027-01-05",
      }),
    );
    await json(
      ada.request("PATCH", `${base}/risks/R1`, {
        residual: { probability: 2, impact: 3 },
        version: created.version,
      }),
    );
    const raid = await json(ada.request("GET", `${base}/raid?today=2027-01-10`));
    const cell = (side: "before" | "after", p: number, i: number) => raid.heatMap[side].rows[5 - p][i - 1];
    expect(cell("before", 4, 5)).toMatchObject({ exposure: 20, band: "high", risks: ["R1"] });
    expect(cell("after", 2, 3)).toMatchObject({ exposure: 6, band: "medium", risks: ["R1"] });
    expect(raid.exposures).toEqual([
      { id: "R1", exposure: 20, band: "high", residual: 6, residualBand: "medium" },
    ]);
    expect(raid.stale).toEqual([
      expect.objectContaining({ kind: "risk", id: "R1", reason: "review date passed" }),
    ]);
    expect(raid.trend.at(-1)).toMatchObject({ inherent: 20, residual: 6, open: 1 });
  });

  it("refuses a score outside the scale and stores nothing", async () => {
    const res = await ada.request("POST", `${base}/risks`, { id: "R1", probability: 7, impact: 2 });
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toContain(
      'risk "R1": probability 7 is outside the probability scale; expected a level from 1 to 5',
    );
    expect(await json(ada.request("GET", `${base}/risks`))).toEqual([]);
    const zero = await ada.request("POST", `${base}/risks`, { id: "R1", probability: 0, impact: 2 });
    expect(zero.status).toBe(400);
  });

  it("keeps the RAID log when the plan is replaced from a file that cannot carry it", async () => {
    await json(
      ada.request("POST", `${base}/risks`, { id: "R1", probability: 2, impact: 2, tasks: ["build"] }),
    );
    await json(ada.request("POST", `${base}/issues`, { id: "I1", name: "Rig down" }));
    const plan = await t.store.plan(projectId);
    const project = await json(ada.request("GET", base));
    const fromCsv = await ada.request("PUT", `${base}/plan/file`, {
      fileName: "plan.csv",
      content: toCsv({
        ...plan,
        tasks: plan.tasks.map((x) => (x.id === "build" ? { ...x, name: "Build it" } : x)),
      }),
      version: project.version,
    });
    expect(fromCsv.status, await fromCsv.clone().text()).toBe(200);
    expect((await json(ada.request("GET", `${base}/risks`))).map((r: { id: string }) => r.id)).toEqual([
      "R1",
    ]);
    expect((await json(ada.request("GET", `${base}/issues`))).map((r: { id: string }) => r.id)).toEqual([
      "I1",
    ]);
    // A YAML file is the whole plan as code: what it leaves out goes.
    const now = await json(ada.request("GET", base));
    const { risks: _r, issues: _i, ...withoutRaid } = await t.store.plan(projectId);
    const fromYaml = await ada.request("PUT", `${base}/plan/file`, {
      fileName: "plan.yaml",
      content: toPlanYaml(withoutRaid),
      version: now.version,
    });
    expect(fromYaml.status).toBe(200);
    expect(await json(ada.request("GET", `${base}/risks`))).toEqual([]);
  });

  it("moves a dependency's tasks when its promised date slips", async () => {
    const dep = await json(
      ada.request("POST", `${base}/dependencies`, {
        id: "D1",
        name: "Payment API",
        provider: "Acme",
        needed: "2027-01-11",
        tasks: ["build"],
      }),
    );
    const start = async () =>
      (await json(ada.request("GET", `${base}/schedule`))).schedule.tasks.find(
        (x: { id: string }) => x.id === "build",
      ).start;
    expect(await start()).toBe("2027-01-11T09:00:00");
    await json(
      ada.request("PATCH", `${base}/dependencies/D1`, { expected: "2027-01-18", version: dep.version }),
    );
    expect(await start()).toBe("2027-01-18T09:00:00");
  });
});
