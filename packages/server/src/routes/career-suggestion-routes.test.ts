import { readFileSync } from "node:fs";
import { accounts } from "@keel/store";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { grantProjectRole, json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const EXAMPLE = readFileSync(new URL("../../../../examples/status-demo.yaml", import.meta.url), "utf8");

// A team of two on a Monday-to-Friday calendar with a holiday on Monday 11 January.
const TEAM_PLAN = `project: { name: Mobile app, start: 2027-01-04 }
calendar:
  workweek: [mon, tue, wed, thu, fri]
  hours: ["09:00-12:00", "13:00-18:00"]
  holidays: [2027-01-11]
resources:
  - { id: ana, name: Ana }
  - { id: ben, name: Ben }
tasks:
  - { id: release, name: Release, milestone: true }
`;

interface Suggestion {
  key: string;
  rule: string;
  title: string;
  metrics: { name: string; value: number; unit?: string }[];
}

describe.each(TEST_DRIVERS)("evidence suggestions over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let projectId: string;
  let base: string;

  beforeEach(async () => {
    // The example plan lives in early 2027: judge "today" from inside it (only Date is faked).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-02-15T12:00:00Z"));
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "status-demo.yaml",
      content: EXAMPLE,
    });
    expect(res.status).toBe(201);
    projectId = (await json(res)).id;
    base = `/api/projects/${projectId}`;
  });
  afterEach(async () => {
    await t.dispose();
    vi.useRealTimers();
  });

  const suggestions = async (who = ada): Promise<Suggestion[]> => {
    const res = await who.request("GET", "/api/me/career/suggestions");
    expect(res.status, await res.clone().text()).toBe(200);
    return json(res);
  };

  /** Marks a task complete with its actual finish, as the tracking view does. */
  const complete = async (taskId: string, actualFinish: string) => {
    const task = await json(ada.request("GET", `${base}/tasks/${taskId}`));
    const res = await ada.request("PATCH", `${base}/tasks/${taskId}`, {
      percentComplete: 100,
      actualFinish,
      version: task.version,
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  it("suggests a milestone once it is complete, with its working days against the baseline, until accepted", async () => {
    const baseline = await json(ada.request("POST", `${base}/baselines`, { name: "Plan of record" }));
    // The front end was 75 % done on the status date: the baseline has feature-complete mid-morning on 16 February.
    expect(baseline.tasks.find((x: { id: string }) => x.id === "feature-complete").finish).toBe(
      "2027-02-16T12:30:00",
    );
    const key = `milestone-delivered:${projectId}:feature-complete`;
    expect((await suggestions()).map((s) => s.key)).not.toContain(key);

    await complete("frontend", "2027-02-10");
    await complete("feature-complete", "2027-02-10");

    const found = (await suggestions()).find((s) => s.key === key);
    // From the end of 10 February: 11, 12 and 15 February and the morning of the 16th, 7-hour days.
    expect(found).toMatchObject({
      rule: "milestone-delivered",
      projectId,
      projectName: "Customer portal relaunch",
      ref: "feature-complete",
      title:
        "Delivered Front end feature-complete on 2027-02-10, 3.5 working days ahead of its baseline date",
      result:
        "Front end feature-complete delivered on 2027-02-10, 3.5 working days ahead of its baseline date (2027-02-16).",
      metrics: [
        { name: "working days ahead of the baseline date", value: 3.5, unit: "working days" },
        // Requirements, pipeline, UX, test plan and front end.
        { name: "tasks complete by the milestone", value: 5 },
      ],
      // Four people assigned; 4 January to 10 February.
      scale: { people: 4, durationWeeks: 5.4 },
      date: "2027-02-10",
      link: `/projects/${projectId}/tracking`,
    });

    const accepted = await ada.request(
      "POST",
      `/api/me/career/suggestions/${encodeURIComponent(key)}/accept`,
      {
        evidence: {
          role: "Technical project coordinator",
          action: "Ran a daily check-in on the open front-end work.",
        },
      },
    );
    expect(accepted.status, await accepted.clone().text()).toBe(201);
    const entry = await json(accepted);
    expect(entry).toMatchObject({
      title:
        "Delivered Front end feature-complete on 2027-02-10, 3.5 working days ahead of its baseline date",
      project: "Customer portal relaunch",
      role: "Technical project coordinator",
      action: "Ran a daily check-in on the open front-end work.",
      metrics: found?.metrics,
      competencies: ["milestone-tracking", "scheduling"],
      date: "2027-02-10",
      visibility: "private",
      source: { kind: "keel", projectId, ref: "feature-complete", rule: "milestone-delivered" },
      version: 1,
    });
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toEqual([entry]);
    expect((await suggestions()).map((s) => s.key)).not.toContain(key);
    const again = await ada.request(
      "POST",
      `/api/me/career/suggestions/${encodeURIComponent(key)}/accept`,
      {},
    );
    expect(again.status).toBe(404);
    expect((await json(again)).error.entity).toBe("suggestion");
  });

  it("dismisses a suggestion, and refuses edits that break the entry without storing anything", async () => {
    // Design sign-off is complete in the example already.
    const key = `milestone-delivered:${projectId}:design-signoff`;
    expect((await suggestions()).find((s) => s.key === key)?.title).toBe(
      "Delivered Design signed off on 2027-01-21",
    );
    const future = await ada.request("POST", `/api/me/career/suggestions/${encodeURIComponent(key)}/accept`, {
      evidence: { date: "2027-03-01", source: { kind: "manual" } },
    });
    expect(future.status).toBe(400);
    expect((await json(future)).error.fields).toEqual([
      { path: "evidence.source", message: "Keel sets the source of a suggestion" },
    ]);
    const dated = await ada.request("POST", `/api/me/career/suggestions/${encodeURIComponent(key)}/accept`, {
      evidence: { date: "2027-03-01", title: "" },
    });
    expect((await json(dated)).error.fields).toEqual([
      { path: "evidence.title", message: "a title is required" },
    ]);
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toEqual([]);

    const dismissed = await ada.request(
      "POST",
      `/api/me/career/suggestions/${encodeURIComponent(key)}/dismiss`,
    );
    expect(dismissed.status).toBe(200);
    expect(await json(dismissed)).toMatchObject({ key, decision: "dismissed", evidenceId: null });
    expect((await suggestions()).map((s) => s.key)).not.toContain(key);
    expect(
      (await ada.request("POST", `/api/me/career/suggestions/${encodeURIComponent(key)}/dismiss`)).status,
    ).toBe(404);
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toEqual([]);
  });

  it("brings a dismissed suggestion back once restored; an accepted one stays, and another person cannot restore it", async () => {
    const key = `milestone-delivered:${projectId}:design-signoff`;
    const path = (action: string) => `/api/me/career/suggestions/${encodeURIComponent(key)}/${action}`;
    const restore = (who = ada) => who.request("DELETE", path("decision"));
    const dismissedList = async (who = ada) =>
      json(who.request("GET", "/api/me/career/suggestions/dismissed"));
    expect((await restore()).status).toBe(404);

    expect((await ada.request("POST", path("dismiss"))).status).toBe(200);
    expect(await dismissedList()).toEqual([
      expect.objectContaining({
        key,
        title: "Delivered Design signed off on 2027-01-21",
        dismissedAt: expect.any(String),
      }),
    ]);
    // Bob works on the project too and sees the same suggestion, but Ada's dismissal is hers alone.
    const bob = await t.user("Bob");
    await grantProjectRole(t.store, ada.userId, projectId, bob.userId, "member");
    const theirs = await restore(bob);
    expect(theirs.status).toBe(404);
    expect((await json(theirs)).error.message).toContain(`dismissed suggestion "${key}" was not found`);
    expect(await dismissedList(bob)).toEqual([]);
    expect((await suggestions()).map((s) => s.key)).not.toContain(key);

    expect((await restore()).status).toBe(204);
    expect((await suggestions()).map((s) => s.key)).toContain(key);
    expect(await dismissedList()).toEqual([]);
    expect((await restore()).status).toBe(404);

    expect((await ada.request("POST", path("accept"), {})).status).toBe(201);
    const accepted = await restore();
    expect(accepted.status).toBe(409);
    expect((await json(accepted)).error.message).toContain("was accepted, not dismissed");
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toHaveLength(1);
    expect((await suggestions()).map((s) => s.key)).not.toContain(key);
  });

  it("suggests decisions, retired risks and a weekly run of reports from what the person did through the API", async () => {
    const change = await json(ada.request("GET", `${base}/changes/CR-2`));
    const decided = await json(
      ada.request("POST", `${base}/changes/CR-2/decision`, {
        decision: "rejected",
        why: "Not before launch",
        version: change.version,
      }),
    );
    const risk = await json(ada.request("GET", `${base}/risks/leave`));
    expect(
      (await ada.request("PATCH", `${base}/risks/leave`, { status: "closed", version: risk.version })).status,
    ).toBe(200);
    for (const asOf of ["2027-01-27", "2027-02-03", "2027-02-10"]) {
      const report = await json(ada.request("POST", `${base}/status-reports`, { asOf }));
      const sent = await ada.request("POST", `${base}/status-reports/${report.id}/send`, {
        version: report.version,
      });
      expect(sent.status).toBe(200);
    }

    const found = await suggestions();
    const of = (rule: string) => found.find((s) => s.rule === rule);
    // CR-1 was approved by Maria Chen in the file: only Ada's own decision counts.
    expect(of("changes-decided")).toMatchObject({
      title:
        "Assessed and decided 1 change request on Customer portal relaunch with its impact on finish and cost",
      metrics: [
        { name: "change requests decided with an impact analysis", value: 1 },
        { name: "finish impact of rejected changes", value: decided.change.decision.impact.finishDays },
      ],
    });
    // Closed well before its review on 24 February: probability 2 × impact 3.
    expect(of("risks-retired")?.metrics).toEqual([
      { name: "risks retired before their review date", value: 1 },
      { name: "exposure retired (probability × impact)", value: 6, unit: "points" },
    ]);
    expect(of("status-reports-on-cadence")).toMatchObject({
      key: `status-reports-on-cadence:${projectId}:to-2027-02-10`,
      title:
        "Sent 3 weekly status reports on Customer portal relaunch without a gap, 2027-01-27 to 2027-02-10",
    });
  });

  it("tells people apart by user id: a namesake gets none of the person's own, and a rename keeps them", async () => {
    // Another member shown under the same name, Ada.
    const namesake = await accounts.createUser(t.store.db, null, {
      email: "ada.other@example.com",
      name: "Ada",
      passwordHash: null,
    });
    const other = await t.sessionFor(namesake.id);
    await grantProjectRole(t.store, ada.userId, projectId, namesake.id, "manager");

    const change = await json(ada.request("GET", `${base}/changes/CR-2`));
    const decided = await ada.request("POST", `${base}/changes/CR-2/decision`, {
      decision: "rejected",
      why: "Not before launch",
      version: change.version,
    });
    expect(decided.status, await decided.clone().text()).toBe(200);
    const risk = await json(ada.request("GET", `${base}/risks/leave`));
    const closed = await ada.request("PATCH", `${base}/risks/leave`, {
      status: "closed",
      version: risk.version,
    });
    expect(closed.status).toBe(200);
    for (const asOf of ["2027-01-27", "2027-02-03", "2027-02-10"]) {
      const report = await json(ada.request("POST", `${base}/status-reports`, { asOf }));
      const sent = await ada.request("POST", `${base}/status-reports/${report.id}/send`, {
        version: report.version,
      });
      expect(sent.status).toBe(200);
    }
    const people = ["changes-decided", "risks-retired", "status-reports-on-cadence"];
    const rules = async (who: TestClient) =>
      (await suggestions(who)).map((s) => s.rule).filter((r) => people.includes(r));
    expect(await rules(ada)).toEqual(expect.arrayContaining(people));
    expect(await rules(other)).toEqual([]);

    // Renamed (the records keep showing the name of the day), Ada keeps what she did.
    await t.store.db.query("UPDATE users SET name = $2 WHERE id = $1", [ada.userId, "Ada Byron"]);
    expect(await rules(ada)).toEqual(expect.arrayContaining(people));
    expect(await rules(other)).toEqual([]);
  });

  it("suggests the sprints a manager closed with their figures, and counts them for the practice exercises", async () => {
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Mobile" }));
    const imported = await json(
      ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
        fileName: "mobile.yaml",
        content: TEAM_PLAN,
      }),
    );
    const team = `/api/projects/${imported.id}`;
    const post = async (path: string, body: unknown) => {
      const res = await ada.request("POST", `${team}${path}`, body);
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return json(res);
    };
    const exercises = async () => {
      const all = await json(ada.request("GET", "/api/me/career/exercises"));
      return (id: string) =>
        all
          .find((e: { id: string }) => e.id === id)
          .progress.find((p: { projectId: string }) => p.projectId === imported.id);
    };
    // The default board nobody set up is not a workflow the team agreed.
    const before = await exercises();
    expect(before("two-week-sprint")).toMatchObject({ done: false, checks: [{ have: 0 }] });
    expect(before("configure-tracker").checks).toMatchObject([{ have: 0 }, { have: 0 }]);

    const { settings } = await post("/agile/template", { template: "greenfield-product" });
    const statuses: string[] = settings.workflow.statuses.map((s: { id: string }) => s.id);
    const planned = await json(ada.request("GET", `${team}/sprints/S1`));
    await json(
      ada.request("PATCH", `${team}/sprints/S1`, {
        start: "2027-01-04",
        finish: "2027-01-17",
        version: planned.version,
      }),
    );
    await post("/backlog-items", { name: "Checkout", type: "epic" });

    /** Plans items in a sprint, runs it and closes it with the first `done` of them walked to done on `at`. */
    const runSprint = async (sprint: string, points: number[], done: number, at: string) => {
      const ids: string[] = [];
      for (const [i, p] of points.entries()) {
        const criteria = i === 0 ? { acceptance: ["Given a cart, when I pay, then I get a receipt"] } : {};
        ids.push((await post("/backlog-items", { name: `Story ${p}`, points: p, sprint, ...criteria })).id);
      }
      await post(`/sprints/${sprint}/start`, {
        version: (await json(ada.request("GET", `${team}/sprints/${sprint}`))).version,
      });
      for (const id of ids.slice(0, done)) {
        let item = await json(ada.request("GET", `${team}/backlog-items/${id}`));
        // The workflow lets a card only move one column at a time.
        for (const status of statuses.slice(statuses.indexOf(item.status) + 1)) {
          item = (await post(`/backlog-items/${id}/move`, { status, version: item.version, at })).item;
        }
      }
      const running = await json(ada.request("GET", `${team}/sprints/${sprint}`));
      return (await post(`/sprints/${sprint}/close`, { version: running.version })).sprint;
    };
    // Two fortnights (9 working days with the holiday, then 10) and a one-week sprint of 5.
    expect((await runSprint("S1", [8, 5, 3], 2, "2027-01-14")).completed).toHaveLength(2);
    await post("/sprints", { start: "2027-01-18" });
    await runSprint("S2", [8, 5, 3, 2], 3, "2027-01-28");
    await post("/sprints", { start: "2027-02-01", finish: "2027-02-07" });
    await runSprint("S3", [8, 5, 2], 3, "2027-02-05");

    const found = (await suggestions()).find((s) => s.rule === "sprints-completed");
    expect(found).toMatchObject({
      key: `sprints-completed:${imported.id}:S3`,
      projectName: "Mobile app",
      // 16 + 18 + 15 committed, 13 + 16 + 15 done.
      title: "Ran 3 sprints for Mobile app, delivering 44 of 49 committed points (90%), velocity 13 → 15",
      metrics: [
        { name: "sprints closed", value: 3 },
        { name: "points delivered", value: 44, unit: "points" },
        { name: "points committed", value: 49, unit: "points" },
        { name: "share of the commitment delivered", value: 90, unit: "%" },
        { name: "velocity of the first sprint", value: 13, unit: "points" },
        { name: "velocity of the last sprint", value: 15, unit: "points" },
      ],
      scale: { people: 2, durationWeeks: 5 },
      competencies: ["agile-scrum", "metrics-decisions"],
      date: "2027-02-07",
      link: `/projects/${imported.id}/agile/reports`,
    });
    // A member worked in the sprints; running them was the manager's work.
    const bob = await t.user("Bob");
    await grantProjectRole(t.store, ada.userId, imported.id, bob.userId, "member");
    expect((await suggestions(bob)).map((s) => s.rule)).not.toContain("sprints-completed");

    // The one-week sprint is not a two-week one.
    const progress = await exercises();
    expect(progress("two-week-sprint")).toMatchObject({
      done: true,
      checks: [{ have: 2, need: 1, met: true }],
    });
    // Five workflow states, ten stories (the epic aside).
    expect(progress("configure-tracker")).toMatchObject({
      done: true,
      checks: [{ have: 5 }, { have: 10 }],
    });
    expect(progress("requirements-document")).toMatchObject({ done: false, checks: [{ have: 3, need: 5 }] });
  });

  it("shows each person only their own: a viewer gets nothing from a project, another user cannot accept", async () => {
    const vic = await t.user("Vic");
    await grantProjectRole(t.store, ada.userId, projectId, vic.userId, "viewer");
    expect(await suggestions(vic)).toEqual([]);
    const key = `milestone-delivered:${projectId}:design-signoff`;
    const res = await vic.request("POST", `/api/me/career/suggestions/${encodeURIComponent(key)}/accept`, {});
    expect(res.status).toBe(404);
    expect((await suggestions()).map((s) => s.key)).toContain(key);
  });
});
