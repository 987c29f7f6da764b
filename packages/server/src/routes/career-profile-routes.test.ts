import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const PROFILE = {
  currentRole: "Backend engineer",
  background: "Payments APIs, Kubernetes",
  education: "bachelor",
  experience: [{ kind: "leading", from: "2023-01", to: "2024-12", role: "Tech lead" }],
  training: [{ title: "PM basics", provider: "Acme", kind: "pm", hours: 23, completed: "2025-05-01" }],
  targetRoles: ["technical-project-manager"],
};
const WIN = {
  title: "Cut the release cycle from monthly to weekly",
  situation: "Releases went out once a month with a week of manual checks.",
  action: "Led the move to a release train across 3 teams.",
  result: "Weekly releases with half the hotfixes.",
  metrics: [{ name: "hotfixes", value: -50, unit: "%" }],
  competencies: ["scheduling", "stakeholder-communication"],
  date: "2025-06-30",
};

describe.each(TEST_DRIVERS)("career profile and evidence over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let bob: TestClient;

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    bob = await t.user("Bob");
  });
  afterAll(() => t?.dispose());

  const stored = (entity: string) => t.store.history({ entity });

  it("refuses a bad profile with every field named, and stores nothing", async () => {
    expect(await json(ada.request("GET", "/api/me/career/profile"))).toEqual({
      profile: null,
      version: null,
    });
    const shape = await ada.request("PUT", "/api/me/career/profile", {
      profile: {
        ...PROFILE,
        experience: [{ kind: "leading", from: "2024-05", to: "2023-01" }],
        training: [{ ...PROFILE.training[0], hours: -3 }],
      },
    });
    expect(shape.status).toBe(400);
    const body = await json(shape);
    expect(body.error.fields).toEqual([
      { path: "profile.experience.0.to", message: "ends (2023-01) before it starts (2024-05)" },
      { path: "profile.training.0.hours", message: "hours must be more than 0" },
    ]);
    expect(body.error.message).toContain("profile.training.0.hours: hours must be more than 0");
    const future = await ada.request("PUT", "/api/me/career/profile", {
      profile: { ...PROFILE, experience: [{ kind: "agile", from: "2099-01" }] },
    });
    expect(future.status).toBe(400);
    expect((await json(future)).error.fields).toEqual([
      {
        path: "profile.experience.0.from",
        message: expect.stringMatching(/^2099-01 is in the future \(today is /),
      },
    ]);
    expect(await json(ada.request("GET", "/api/me/career/profile"))).toEqual({
      profile: null,
      version: null,
    });
    expect(await stored("career_profile")).toEqual([]);
  });

  it("creates the profile, then replaces it only at the version seen", async () => {
    const created = await ada.request("PUT", "/api/me/career/profile", { profile: PROFILE });
    expect(created.status, await created.clone().text()).toBe(200);
    expect(await json(created)).toMatchObject({ version: 1, profile: { ...PROFILE, visibility: "private" } });
    expect((await ada.request("PUT", "/api/me/career/profile", { profile: PROFILE })).status).toBe(409);
    expect(
      (await ada.request("PUT", "/api/me/career/profile", { profile: PROFILE, version: 5 })).status,
    ).toBe(409);
    const replaced = await json(
      ada.request("PUT", "/api/me/career/profile", {
        profile: { ...PROFILE, currentRole: "Tech lead" },
        version: 1,
      }),
    );
    expect(replaced).toMatchObject({ version: 2, profile: { currentRole: "Tech lead" } });
    expect(await json(bob.request("GET", "/api/me/career/profile"))).toEqual({
      profile: null,
      version: null,
    });
  });

  it("keeps evidence private to its owner: someone else's id is not found", async () => {
    const res = await ada.request("POST", "/api/me/career/evidence", WIN);
    expect(res.status, await res.clone().text()).toBe(201);
    const entry = await json(res);
    expect(entry).toMatchObject({ ...WIN, version: 1, visibility: "private", source: { kind: "manual" } });
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toEqual([entry]);
    expect(await json(bob.request("GET", "/api/me/career/evidence"))).toEqual([]);
    const path = `/api/me/career/evidence/${entry.id}`;
    expect((await bob.request("PATCH", path, { title: "Mine", version: 1 })).status).toBe(404);
    expect((await bob.request("DELETE", path)).status).toBe(404);

    expect((await ada.request("PATCH", path, { title: "Stale", version: 9 })).status).toBe(409);
    const updated = await json(ada.request("PATCH", path, { result: "Weekly releases.", version: 1 }));
    expect(updated).toMatchObject({ id: entry.id, result: "Weekly releases.", version: 2 });
    const future = await ada.request("PATCH", path, { date: "2099-01-01", version: 2 });
    expect(future.status).toBe(400);
    expect((await json(future)).error.fields[0].path).toBe("date");
    expect((await ada.request("DELETE", `${path}?version=1`)).status).toBe(409);
    expect((await ada.request("DELETE", `${path}?version=2`)).status).toBe(204);
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toEqual([]);
  });

  it("refuses bad evidence with its fields, storing nothing", async () => {
    const before = (await stored("career_evidence")).length;
    const cases: [object, string[]][] = [
      [{ ...WIN, date: "2099-01-01" }, ["date"]],
      [{ ...WIN, title: " ", scale: { people: -2 } }, ["title", "scale.people"]],
      [
        { ...WIN, source: { kind: "keel", projectId: "p", ref: "r", rule: "milestone-delivered" } },
        ["source"],
      ],
      [{ ...WIN, id: "mine" }, ["id"]],
    ];
    for (const [body, paths] of cases) {
      const res = await ada.request("POST", "/api/me/career/evidence", body);
      expect(res.status).toBe(400);
      expect((await json(res)).error.fields.map((f: { path: string }) => f.path)).toEqual(paths);
    }
    expect(await json(ada.request("GET", "/api/me/career/evidence"))).toEqual([]);
    expect(await stored("career_evidence")).toHaveLength(before);
  });
});
