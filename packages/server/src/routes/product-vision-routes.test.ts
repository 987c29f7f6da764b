import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";
import { todayUtc } from "./common.js";

interface ErrorBody {
  readonly error: { readonly message: string; readonly fields: unknown };
}

const vision = {
  product: "Tally",
  audience: "Small shops",
  statement: "Every shop closes its day in five minutes.",
  horizonYears: 3,
  objectives: [
    {
      id: "O1",
      title: "Closing is quick",
      year: 2027,
      keyResults: [
        { statement: "Median close 5 min", metric: "close time", baseline: 25, target: 5, unit: "min" },
      ],
    },
  ],
  roadmap: [{ title: "One-tap close", quarter: "2027-Q3", objectives: ["O1"] }],
  notDoing: ["A marketplace"],
  reviews: [{ date: todayUtc(), who: "Support leads", changed: "Added the close time" }],
};

describe.each(TEST_DRIVERS)("product vision over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Shop" }));
    const project = await json(
      ada.request("POST", `/api/workspaces/${ws.id}/projects`, { name: "Tally", start: "2027-01-04" }),
    );
    base = `/api/projects/${project.id}/vision`;
  });
  afterEach(() => t.dispose());

  it("answers an empty vision before the first save, then the saved one", async () => {
    expect(await json(ada.request("GET", base))).toMatchObject({
      version: 0,
      vision: { statement: "", objectives: [] },
    });
    expect(await json(ada.request("PUT", base, { vision, version: 0 }))).toEqual({ vision, version: 1 });
    expect(await json(ada.request("GET", base))).toEqual({ vision, version: 1 });
    const stale = await ada.request("PUT", base, { vision, version: 0 });
    expect(stale.status).toBe(409);
  });

  it("names every bad field and stores nothing", async () => {
    const { target: _t, ...noTarget } = vision.objectives[0]?.keyResults[0] ?? {};
    const bad = {
      ...vision,
      statement: "",
      horizonYears: 12,
      objectives: [{ ...vision.objectives[0], keyResults: [noTarget] }],
      roadmap: [{ title: "Stock", quarter: "2027-Q9", objectives: ["O7"] }],
      reviews: [{ date: "2199-01-01", who: "Sales", changed: "Nothing" }],
    };
    const res = await ada.request("PUT", base, { vision: bad, version: 0 });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.fields).toEqual([
      { path: "statement", message: "must not be empty" },
      { path: "horizonYears", message: "expected 1 to 10 years" },
      { path: "objectives[0].keyResults[0].target", message: "expected a number" },
      { path: "roadmap[0].quarter", message: "expected a quarter YYYY-Qn, e.g. 2027-Q3" },
      { path: "roadmap[0].objectives[0]", message: 'no objective "O7"' },
      { path: "reviews[0].date", message: "2199-01-01 is in the future" },
    ]);
    expect(body.error.message).toContain("objectives[0].keyResults[0].target: expected a number");
    const unknown = await ada.request("PUT", base, {
      vision: { ...vision, roadmap: [{ title: "Stock", quarter: "2027-Q4", objectives: ["O7"] }] },
      version: 0,
    });
    expect(((await unknown.json()) as ErrorBody).error.fields).toEqual([
      { path: "roadmap[0].objectives[0]", message: 'no objective "O7"' },
    ]);
    expect((await json(ada.request("GET", base))).version).toBe(0);
  });
});
