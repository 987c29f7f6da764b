import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantWorkspaceRole, json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";
import { todayUtc } from "./common.js";

interface Started {
  projectId: string;
  projectName: string;
  workspaceId: string;
  view: string;
  link: string;
}

interface ExerciseAnswer {
  id: string;
  proposedEvidence: { title: string };
  progress: {
    projectId: string;
    practice: boolean;
    done: boolean;
    checks: { text: string; have: number; met: boolean }[];
  }[];
  best: { projectId: string } | null;
  suggestions: { key: string }[];
}

/** `YYYY-MM-DD` plus `days`. */
function plus(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first Monday on or after `date`: where a starter written to begin on a Monday begins. */
function mondayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return plus(date, (8 - weekday) % 7);
}

describe.each(TEST_DRIVERS)("starting a practice exercise over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    workspaceId = (await json(ada.request("POST", "/api/workspaces", { name: "Practice" }))).id;
  });
  afterAll(() => t.dispose());

  const start = (exerciseId: string, who = ada, ws = workspaceId) =>
    who.request("POST", `/api/me/career/exercises/${exerciseId}/start`, { workspaceId: ws });
  async function started(exerciseId: string): Promise<Started> {
    const res = await start(exerciseId);
    expect(res.status, await res.clone().text()).toBe(201);
    return json(res);
  }
  const get = async (path: string, who = ada) => {
    const res = await who.request("GET", path);
    expect(res.status, path).toBe(200);
    return json(res);
  };
  async function progressOn(exerciseId: string, projectId: string) {
    const exercises: ExerciseAnswer[] = await get("/api/me/career/exercises");
    const exercise = exercises.find((e) => e.id === exerciseId) as ExerciseAnswer;
    return { exercise, progress: exercise.progress.find((p) => p.projectId === projectId) };
  }

  it("makes the capacity plan of eight people over a quarter, named after the exercise, from this week", async () => {
    const s = await started("quarter-capacity-plan");
    expect(s).toMatchObject({
      projectName: "Practice: Quarter capacity plan for an 8-person team",
      workspaceId,
      view: "capacity",
      link: `/projects/${s.projectId}/capacity`,
    });
    const project = await get(`/api/projects/${s.projectId}`);
    expect(project.project.start).toBe(mondayFrom(todayUtc()));
    expect(await get(`/api/projects/${s.projectId}/resources`)).toHaveLength(8);

    // Eight people over a quarter already; nobody over-allocated is what is left to do.
    const { progress } = await progressOn("quarter-capacity-plan", s.projectId);
    expect(progress?.done).toBe(false);
    expect(progress?.checks.map((c) => c.met)).toEqual([true, true, false]);
  });

  it("sets the sprint exercise up from the greenfield template with twelve estimated, testable stories; a closed two-week sprint makes it done", async () => {
    const s = await started("two-week-sprint");
    expect(s).toMatchObject({ view: "backlog", link: `/projects/${s.projectId}/agile/backlog` });
    const base = `/api/projects/${s.projectId}`;
    const agile = await get(`${base}/agile`);
    expect(agile.settings).toMatchObject({ template: "greenfield-product", estimateUnit: "points" });
    const monday = mondayFrom(todayUtc());
    const sprints = await get(`${base}/sprints`);
    expect(sprints).toEqual([expect.objectContaining({ id: "S1", state: "planned", start: monday })]);

    const items = await get(`${base}/backlog-items`);
    expect(items).toHaveLength(12);
    expect(items.map((i: { id: string }) => i.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `${agile.settings.keyPrefix}-${i + 1}`),
    );
    for (const item of items) {
      expect(item).toMatchObject({ type: "story", status: "backlog", created: todayUtc() });
      expect(item.points).toBeGreaterThan(0);
      expect(item.acceptance.length).toBeGreaterThanOrEqual(2);
    }
    const before = await progressOn("two-week-sprint", s.projectId);
    expect(before.progress).toMatchObject({ practice: true, done: false });
    // Nothing is met yet anywhere: the practice project is the one to go back to.
    expect(before.exercise.best?.projectId).toBe(s.projectId);

    // Plan three stories, run the sprint and close it: ten working days, Monday to Friday twice.
    for (const item of items.slice(0, 3)) {
      const res = await ada.request("PATCH", `${base}/backlog-items/${item.id}`, {
        sprint: "S1",
        version: item.version,
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const running = await json(
      ada.request("POST", `${base}/sprints/S1/start`, { version: sprints[0].version }),
    );
    const closed = await ada.request("POST", `${base}/sprints/S1/close`, {
      version: running.sprint.version,
      review: "Booking shown to the clinic's front desk",
    });
    expect(closed.status, await closed.clone().text()).toBe(200);
    const after = await progressOn("two-week-sprint", s.projectId);
    expect(after.progress?.done).toBe(true);
    expect(after.exercise.proposedEvidence.title).toBe("Ran a two-week sprint for [team]");
  });

  it("completes the risk register in the practice project: done once every risk is owned and reviewed and a dependency recorded", async () => {
    const s = await started("risk-register");
    expect(s.link).toBe(`/projects/${s.projectId}/raid`);
    const base = `/api/projects/${s.projectId}`;
    const first = await progressOn("risk-register", s.projectId);
    expect(first.progress?.checks.map((c) => c.have)).toEqual([3, 3, 0, 0]);

    const review = plus(todayUtc(), 7);
    for (const id of ["sandbox-gaps", "key-person"]) {
      const risk = await get(`${base}/risks/${id}`);
      const res = await ada.request("PATCH", `${base}/risks/${id}`, {
        owner: "Jo Patel",
        strategy: "mitigate",
        review,
        version: risk.version,
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const dependency = await ada.request("POST", `${base}/dependencies`, {
      id: "scheme-certificate",
      name: "Card scheme certification",
      provider: "Card schemes",
      owner: "Jo Patel",
      needed: plus(todayUtc(), 28),
      tasks: ["certification"],
    });
    expect(dependency.status, await dependency.clone().text()).toBe(201);
    const done = await progressOn("risk-register", s.projectId);
    expect(done.progress?.done).toBe(true);

    // Done, it proposes its evidence with the register's numbers, decided like any suggestion.
    const key = `practice-exercise-done:${s.projectId}:risk-register`;
    expect(done.exercise.suggestions).toEqual([
      expect.objectContaining({
        key,
        projectId: s.projectId,
        link: `/projects/${s.projectId}/raid`,
        metrics: [{ name: "risks tracked", value: 5 }],
        action: expect.stringContaining("Tracked 5 risks with owners"),
      }),
    ]);
    const listed = await get("/api/me/career/suggestions");
    expect(listed.map((x: { key: string }) => x.key)).toContain(key);
    const accepted = await ada.request(
      "POST",
      `/api/me/career/suggestions/${encodeURIComponent(key)}/accept`,
      {
        evidence: { result: "Nothing passed its review date for six weeks." },
      },
    );
    expect(accepted.status, await accepted.clone().text()).toBe(201);
    expect(await json(accepted)).toMatchObject({
      metrics: [{ name: "risks tracked", value: 5 }],
      result: "Nothing passed its review date for six weeks.",
      source: { kind: "keel", projectId: s.projectId, ref: "risk-register", rule: "practice-exercise-done" },
    });
    expect((await progressOn("risk-register", s.projectId)).exercise.suggestions).toEqual([]);
  });

  it("files the example requirement under the feature's epic, and defines the dashboard's KPIs without readings", async () => {
    const requirements = await started("requirements-document");
    const items = await get(`/api/projects/${requirements.projectId}/backlog-items`);
    expect(items).toEqual([
      expect.objectContaining({ type: "epic", name: "Invoice export to CSV for the finance team" }),
      expect.objectContaining({ type: "story", epic: items[0].id, acceptance: expect.any(Array) }),
    ]);
    const { progress } = await progressOn("requirements-document", requirements.projectId);
    expect(progress?.checks[0]?.have).toBe(1);

    const dashboard = await started("kpi-dashboard");
    expect(dashboard.link).toBe(`/projects/${dashboard.projectId}/dashboard`);
    const kpis = await get(`/api/projects/${dashboard.projectId}/kpis`);
    expect(kpis.map((k: { id: string; values: unknown[] }) => [k.id, k.values])).toEqual([
      ["active", []],
      ["tickets", []],
    ]);
    // Progress stays in the past: the status date is on or before today.
    const project = await get(`/api/projects/${dashboard.projectId}`);
    expect(project.project.statusDate <= todayUtc()).toBe(true);
    expect(project.project.statusDate > plus(todayUtc(), -7)).toBe(true);
  });

  it("starts the vision exercise with a vision half written, done once it has three objectives with key results", async () => {
    const s = await started("product-vision");
    expect(s.link).toBe(`/projects/${s.projectId}/vision`);
    const path = `/api/projects/${s.projectId}/vision`;
    const { vision, version } = await get(path);
    // The starter's objective is for the year the practice project starts in.
    const year = Number(mondayFrom(todayUtc()).slice(0, 4));
    expect(vision).toMatchObject({ product: "Tally", horizonYears: 3, objectives: [{ id: "O1", year }] });
    expect((await progressOn("product-vision", s.projectId)).progress?.checks.map((c) => c.have)).toEqual([
      1,
    ]);

    const keyResult = {
      statement: "Stock counts match",
      metric: "stock accuracy",
      baseline: 80,
      target: 98,
      unit: "%",
    };
    const objectives = [
      ...vision.objectives,
      { id: "O2", title: "Stock is right", year: year + 1, keyResults: [keyResult] },
      { id: "O3", title: "Online and in store are one shop", year: year + 2, keyResults: [keyResult] },
    ];
    const res = await ada.request("PUT", path, {
      vision: { ...vision, horizonYears: 4, objectives },
      version,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const done = await progressOn("product-vision", s.projectId);
    expect(done.progress?.done).toBe(true);
    expect(done.exercise.suggestions).toEqual([
      expect.objectContaining({
        link: `/projects/${s.projectId}/vision`,
        metrics: [
          { name: "years the vision covers", value: 4, unit: "years" },
          { name: "objectives with key results", value: 3 },
        ],
      }),
    ]);
  });

  it("starts the same exercise again under a name of its own", async () => {
    const one = await started("detailed-plan");
    const two = await started("detailed-plan");
    expect(one.projectName).toBe("Practice: Detailed plan from kickoff to delivery");
    expect(two.projectName).toBe("Practice: Detailed plan from kickoff to delivery (2)");
    expect(two.projectId).not.toBe(one.projectId);
    expect(two.link).toBe(`/projects/${two.projectId}`);
  });

  it("knows a practice project by the exercise it was started from, not by its name", async () => {
    const s = await started("launch-beta-ga");
    const project = await get(`/api/projects/${s.projectId}`);
    const renamed = await ada.request("PATCH", `/api/projects/${s.projectId}`, {
      name: "Checkout launch rehearsal",
      version: project.version,
    });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    // A project of the user's own that happens to carry a practice project's name.
    const lookalike = await json(
      ada.request("POST", `/api/workspaces/${workspaceId}/projects`, {
        name: "Practice: Three-month launch from beta to general availability",
        start: todayUtc(),
      }),
    );

    const { exercise } = await progressOn("launch-beta-ga", s.projectId);
    const practice = Object.fromEntries(exercise.progress.map((p) => [p.projectId, p.practice]));
    expect(practice[s.projectId]).toBe(true);
    expect(practice[lookalike.id]).toBe(false);
    // It counts for its own exercise only: under another, it is not listed at all.
    expect((await progressOn("detailed-plan", s.projectId)).progress).toBeUndefined();
    expect((await progressOn("detailed-plan", lookalike.id)).progress?.practice).toBe(false);
    // The card goes back to the practice project, renamed or not.
    expect(exercise.best?.projectId).toBe(s.projectId);
  });

  it("credits the sprint's practice project only with the sprint, though its starter meets the tracker's and the requirements' checks; the user's own projects count for all", async () => {
    // A user of their own, so no other test's projects come into the answer.
    const rhea = await t.user("Rhea");
    const ws = (await json(rhea.request("POST", "/api/workspaces", { name: "Rhea's" }))).id;
    const started = await rhea.request("POST", "/api/me/career/exercises/two-week-sprint/start", {
      workspaceId: ws,
    });
    expect(started.status, await started.clone().text()).toBe(201);
    const sprint: Started = await json(started);
    const exercises = async () =>
      new Map(((await get("/api/me/career/exercises", rhea)) as ExerciseAnswer[]).map((e) => [e.id, e]));

    let byId = await exercises();
    for (const id of ["configure-tracker", "requirements-document"]) {
      expect(byId.get(id)?.progress, id).toEqual([]);
      expect(byId.get(id)?.best, id).toBeNull();
      expect(byId.get(id)?.suggestions, id).toEqual([]);
    }
    expect(byId.get("two-week-sprint")?.best).toMatchObject({ projectId: sprint.projectId, practice: true });

    // The same setup on a project of Rhea's own is her work, and done for both.
    const own = await json(
      rhea.request("POST", `/api/workspaces/${ws}/projects`, { name: "Clinic booking", start: todayUtc() }),
    );
    const post = async (path: string, body: object) => {
      const res = await rhea.request("POST", `/api/projects/${own.id}${path}`, body);
      expect(res.status, await res.clone().text()).toBeLessThan(300);
    };
    await post("/agile/template", { template: "greenfield-product" });
    for (let i = 1; i <= 10; i++) {
      await post("/backlog-items", { name: `Story ${i}`, points: 2, acceptance: [`Criterion ${i}`] });
    }
    byId = await exercises();
    for (const id of ["configure-tracker", "requirements-document"]) {
      const e = byId.get(id) as ExerciseAnswer;
      expect(
        e.progress.map((p) => [p.projectId, p.done]),
        id,
      ).toEqual([[own.id, true]]);
      expect(e.best?.projectId, id).toBe(own.id);
      expect(e.suggestions, id).toHaveLength(1);
    }
  });

  it("refuses whoever may not create projects in the workspace, and exercises it does not know, creating nothing", async () => {
    const vic = await t.user("Vic");
    const nia = await t.user("Nia");
    await grantWorkspaceRole(t.store, ada.userId, workspaceId, vic.userId, "member");
    const count = async () => (await get("/api/projects")).length;
    const before = await count();

    const member = await start("detailed-plan", vic);
    expect(member.status).toBe(403);
    expect((await json(member)).error.message).toContain("needs the manager role or higher");
    expect((await start("detailed-plan", nia)).status).toBe(404);
    expect((await start("detailed-plan", ada, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await start("nothing-like-it")).status).toBe(404);
    expect((await ada.request("POST", "/api/me/career/exercises/detailed-plan/start", {})).status).toBe(400);
    expect(await count()).toBe(before);
  });
});
