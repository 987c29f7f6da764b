import { readFileSync } from "node:fs";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const POSTING = readFileSync(
  new URL("../../../engine/src/career/match/fixtures/technical-project-coordinator.txt", import.meta.url),
  "utf8",
);
const PROFILE = {
  currentRole: "Backend engineer",
  background: "Payments APIs, Jira",
  education: "bachelor",
  experience: [{ kind: "leading", from: "2023-01", to: "2024-12", role: "Tech lead" }],
  training: [{ title: "PM basics", provider: "Acme", kind: "pm", hours: 35, completed: "2025-05-01" }],
  certifications: [{ id: "PSM-I", earned: "2025-02-01" }],
  targetRoles: [],
};
const WIN = {
  title: "Cut the release cycle from monthly to weekly",
  situation: "Releases went out once a month with a week of manual checks.",
  action: "Led the move to a release train across 3 teams.",
  result: "Weekly releases with half the hotfixes.",
  role: "Tech lead",
  metrics: [{ name: "hotfixes", value: -50, unit: "%" }],
  scale: { teams: 3 },
  competencies: ["scheduling", "stakeholder-communication"],
  date: "2025-06-30",
};

describe.each(TEST_DRIVERS)("career advice over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let bob: TestClient;
  let evidenceId: string;

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    bob = await t.user("Bob");
    evidenceId = (await json(ada.request("POST", "/api/me/career/evidence", WIN))).id;
  });
  afterAll(() => t?.dispose());

  it("asks for a profile before the certification advisor and readiness, then answers from it", async () => {
    for (const path of ["/api/me/career/eligibility", "/api/me/career/readiness"]) {
      const res = await ada.request("GET", path);
      expect(res.status, path).toBe(422);
      expect((await json(res)).error.message).toContain("PUT /api/me/career/profile");
    }
    expect((await ada.request("PUT", "/api/me/career/profile", { profile: PROFILE })).status).toBe(200);
    const { certifications, path } = await json(
      ada.request("GET", "/api/me/career/eligibility?today=2026-11-15"),
    );
    const pmp = certifications.find((c: { id: string }) => c.id === "PMP");
    // 24 months leading (January 2023 to December 2024) of the 36 a four-year degree needs.
    expect(pmp).toMatchObject({ eligible: false, asOf: expect.any(String), sources: expect.any(Array) });
    expect(pmp.missing).toContainEqual(expect.objectContaining({ have: 24, need: 36, unit: "months" }));
    expect(certifications.find((c: { id: string }) => c.id === "PSM-I").holding.active).toBe(true);
    expect(path.summary).toEqual(expect.any(String));

    expect((await ada.request("GET", "/api/me/career/readiness")).status).toBe(422);
    const { readiness } = await json(ada.request("GET", "/api/me/career/readiness?role=scrum-master"));
    expect(readiness).toHaveLength(1);
    expect(readiness[0]).toMatchObject({ role: "scrum-master", weights: { editorial: true } });
    expect(readiness[0].byCompetency.find((c: { id: string }) => c.id === "scheduling").evidence).toBe(1);
    expect((await ada.request("GET", "/api/me/career/readiness?role=astronaut")).status).toBe(400);
  });

  it("scores competencies from the evidence", async () => {
    const competencies = await json(ada.request("GET", "/api/me/career/competencies"));
    expect(competencies.find((c: { id: string }) => c.id === "scheduling")).toMatchObject({
      name: "Planning and scheduling",
      evidence: 1,
      lastUsed: "2025-06-30",
    });
    expect(competencies.find((c: { id: string }) => c.id === "risk-management").evidence).toBe(0);
  });

  it("checks a bullet and rewrites it from the person's own entry, never someone else's", async () => {
    const res = await ada.request("POST", "/api/career/bullet", {
      text: "Responsible for the release process",
      evidenceId,
    });
    expect(res.status).toBe(200);
    const { analysis, rewrite } = await json(res);
    expect(analysis.checks.find((c: { id: string }) => c.id === "strong-verb").passed).toBe(false);
    expect(analysis.score).toBeLessThan(50);
    expect(rewrite.used).toEqual(["action", "result", "metrics"]);
    expect(rewrite.text).toContain("3 teams");
    expect(
      (await bob.request("POST", "/api/career/bullet", { text: "Led releases", evidenceId })).status,
    ).toBe(404);
    for (const text of ["   ", "x".repeat(1_001)]) {
      const bad = await ada.request("POST", "/api/career/bullet", { text });
      expect(bad.status).toBe(400);
      expect((await json(bad)).error.fields[0].path).toBe("text");
    }
  });

  it("matches a posting against the profile and evidence, and names what is wrong with a bad paste", async () => {
    const res = await ada.request("POST", "/api/career/match", { posting: POSTING });
    expect(res.status).toBe(200);
    const match = await json(res);
    expect(match.score).toBeGreaterThan(0);
    expect(match.parts.map((p: { part: string }) => p.part)).toContain("keywords");
    expect(match.sections.qualifications.length).toBeGreaterThan(0);

    const empty = await ada.request("POST", "/api/career/match", { posting: "  \n " });
    expect(empty.status).toBe(400);
    expect((await json(empty)).error).toMatchObject({
      message: "Paste the job posting's text: there is nothing to read yet.",
      fields: [{ path: "posting" }],
    });
    const pages = await ada.request("POST", "/api/career/match", { posting: `${POSTING}\n`.repeat(150) });
    expect(pages.status).toBe(400);
    expect((await json(pages)).error.message).toMatch(
      /^The pasted text is [\d,]+ characters; a posting can be at most 60,000/,
    );
  });

  it("drafts a headline and About section from the person's own fields, with placeholders for the rest", async () => {
    const { headline, about } = await json(ada.request("GET", "/api/me/career/drafts"));
    expect(headline.text).toContain("Backend engineer");
    expect(headline.placeholders.map((p: { token: string }) => p.token)).toContain("[target role]");
    expect(about.text).toContain("Led the move to a release train across 3 teams");
    const blank = await json(bob.request("GET", "/api/me/career/drafts"));
    expect(blank.headline.placeholders.map((p: { token: string }) => p.token)).toContain("[current role]");
  });

  it("shows the exercises with progress on the person's projects and the one closest to done", async () => {
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Practice" }));
    const project = await json(
      ada.request("POST", `/api/workspaces/${ws.id}/projects`, { name: "Sandbox", start: "2027-01-04" }),
    );
    const exercises = await json(ada.request("GET", "/api/me/career/exercises"));
    expect(exercises).toHaveLength(9);
    const plan = exercises.find((e: { id: string }) => e.id === "detailed-plan");
    expect(plan.done[0]).toEqual({ text: "at least 10 tasks", compare: "at-least", need: 10 });
    expect(plan.best).toMatchObject({ projectId: project.id, projectName: "Sandbox", done: false });
    expect(plan.best.checks[0]).toMatchObject({ have: 0, need: 10, met: false });
    const starters = Object.fromEntries(
      exercises.map((e: { id: string; starter: unknown }) => [e.id, e.starter]),
    );
    expect(starters["two-week-sprint"]).toEqual({
      file: "examples/exercises/two-week-sprint.yaml",
      teamTemplate: "greenfield-product",
      backlogItems: 12,
      kpis: 0,
    });
    expect(starters["product-vision"]).toEqual({
      file: "examples/exercises/product-vision.yaml",
      teamTemplate: null,
      backlogItems: 0,
      kpis: 0,
    });
    expect((await json(bob.request("GET", "/api/me/career/exercises")))[0].best).toBeNull();
  });

  it("drafts STAR stories from the evidence and picks a practice question by seed", async () => {
    const { stories, coverage } = await json(ada.request("GET", "/api/me/career/interview"));
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      evidenceId,
      action: "Led the move to a release train across 3 teams.",
    });
    expect(coverage.stories).toEqual([evidenceId]);
    const q = await json(ada.request("GET", "/api/me/career/interview/question?seed=7"));
    expect(q).toMatchObject({ theme: expect.any(String), question: expect.any(String) });
    expect(await json(ada.request("GET", "/api/me/career/interview/question?seed=7"))).toEqual(q);
  });
});
