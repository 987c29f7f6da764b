import { readFileSync } from "node:fs";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const QUARTER = readFileSync(new URL("../../../../examples/team-quarter.yaml", import.meta.url), "utf8");

interface Suggestion {
  key: string;
  rule: string;
  projectId: string;
  title: string;
  result: string;
  link: string;
  metrics: { name: string; value: number; unit?: string }[];
}

interface Load {
  resources: { id: string; periods: { overAllocated: boolean }[] }[];
}

interface Schedule {
  schedule: { project: { finish: string }; tasks: { id: string; kind: string; start: string }[] };
}

describe.each(TEST_DRIVERS)("leveling as career evidence, over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    workspaceId = (await json(ada.request("POST", "/api/workspaces", { name: "Platform" }))).id;
  });
  afterAll(() => t.dispose());

  async function quarter(): Promise<string> {
    const res = await ada.request("POST", `/api/workspaces/${workspaceId}/projects/import`, {
      fileName: "team-quarter.yaml",
      content: QUARTER,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await json(res)).id;
  }
  const get = async <T>(path: string): Promise<T> => {
    const res = await ada.request("GET", path);
    expect(res.status, path).toBe(200);
    return json(res);
  };
  /** Over-allocated resources and resource-days, as the load view shows them. */
  async function overAllocation(projectId: string) {
    const load = await get<Load>(`/api/projects/${projectId}/load?by=day`);
    const days = (r: Load["resources"][number]) => r.periods.filter((p) => p.overAllocated).length;
    return {
      resources: load.resources.filter((r) => days(r) > 0).length,
      days: load.resources.reduce((n, r) => n + days(r), 0),
    };
  }
  async function level(projectId: string, options: object) {
    const preview = await json(ada.request("POST", `/api/projects/${projectId}/level`, options));
    const res = await ada.request("POST", `/api/projects/${projectId}/level/apply`, {
      planVersion: preview.planVersion,
      constraints: preview.constraints,
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  const leveled = async (projectId: string) =>
    (await get<Suggestion[]>("/api/me/career/suggestions")).filter(
      (s) => s.rule === "plan-leveled" && s.projectId === projectId,
    );

  it("suggests a leveling that removed over-allocation within float, with the numbers before and after", async () => {
    const id = await quarter();
    const before = await overAllocation(id);
    const scheduled = await get<Schedule>(`/api/projects/${id}/schedule`);
    expect(before.resources).toBeGreaterThan(0);

    await level(id, { withinFloat: true });
    const after = await overAllocation(id);
    const rescheduled = await get<Schedule>(`/api/projects/${id}/schedule`);
    expect(rescheduled.schedule.project.finish).toBe(scheduled.schedule.project.finish);
    expect(after.days).toBeLessThan(before.days);
    const starts = new Map(scheduled.schedule.tasks.map((x) => [x.id, x.start]));
    const moved = rescheduled.schedule.tasks.filter((x) => x.kind === "task" && starts.get(x.id) !== x.start);
    expect(moved.length).toBeGreaterThan(0);

    const [s, ...rest] = await leveled(id);
    expect(rest).toEqual([]);
    expect(s?.title).toBe(
      `Leveled Discovery team Q3 2027's plan: ${before.days - after.days} over-allocated days removed without moving the finish`,
    );
    expect(s?.metrics).toEqual([
      { name: "tasks moved by leveling", value: moved.length },
      { name: "resources no longer over-allocated", value: before.resources - after.resources },
      { name: "over-allocated days removed", value: before.days - after.days, unit: "days" },
    ]);
    expect(s?.result).toBe(
      `Finish ${scheduled.schedule.project.finish.slice(0, 10)} (unchanged), with ${after.resources} resource${after.resources === 1 ? "" : "s"} over-allocated on ${after.days} day${after.days === 1 ? "" : "s"} (before: ${before.resources} on ${before.days}).`,
    );
    expect(s?.link).toBe(`/projects/${id}/capacity`);

    // Accepted, it becomes an entry whose source names the leveling.
    const accepted = await ada.request(
      "POST",
      `/api/me/career/suggestions/${encodeURIComponent(s?.key ?? "")}/accept`,
      {},
    );
    expect(accepted.status, await accepted.clone().text()).toBe(201);
    expect((await json(accepted)).source).toMatchObject({
      kind: "keel",
      projectId: id,
      rule: "plan-leveled",
    });
    expect(await leveled(id)).toEqual([]);
  });

  it("suggests nothing for a leveling that pushed the finish out, though it is recorded", async () => {
    const id = await quarter();
    const scheduled = await get<Schedule>(`/api/projects/${id}/schedule`);
    await level(id, { mode: "delay" });
    const rescheduled = await get<Schedule>(`/api/projects/${id}/schedule`);
    expect(rescheduled.schedule.project.finish > scheduled.schedule.project.finish).toBe(true);
    expect((await overAllocation(id)).days).toBe(0);
    expect(await leveled(id)).toEqual([]);

    const history = await get<{ entity: string; before: { finish: string }; after: { finish: string } }[]>(
      `/api/projects/${id}/history?entity=leveling`,
    );
    expect(history).toHaveLength(1);
    expect(history[0]?.before.finish).toBe(scheduled.schedule.project.finish);
    expect(history[0]?.after.finish).toBe(rescheduled.schedule.project.finish);
  });
});
