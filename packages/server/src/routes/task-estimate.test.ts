import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const d = (value: number, unit = "d") => ({ value, unit, elapsed: false });
const est = (o: number, ml: number, p: number, unit = "d") => ({
  optimistic: d(o, unit),
  mostLikely: d(ml, unit),
  pessimistic: d(p, unit),
});

describe.each(TEST_DRIVERS)("a task's estimate follows its duration on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base = "";

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const project = await json(
      ada.request("POST", `/api/workspaces/${ws.id}/projects`, { name: "Migration", start: "2027-01-04" }),
    );
    base = `/api/projects/${project.id}/tasks`;
    for (const task of [
      { id: "a", name: "Design", duration: d(5), estimate: est(3, 5, 9) },
      { id: "b", name: "Build", duration: d(5), estimate: est(3, 5, 9), work: d(10) },
      { id: "c", name: "Docs", duration: d(2) },
    ])
      expect((await ada.request("POST", base, task)).status).toBe(201);
  });
  afterEach(() => t.dispose());

  it("scales the three points when PATCH sets the duration, keeping the spread", async () => {
    const saved = await json(ada.request("PATCH", `${base}/a`, { version: 1, duration: d(10) }));
    expect(saved.duration).toEqual(d(10));
    expect(saved.estimate).toEqual(est(6, 10, 18));
    // The forecast and the schedule read the same task.
    expect((await json(ada.request("GET", `${base}/a`))).estimate).toEqual(est(6, 10, 18));
  });

  it("scales them in a bulk update too, and takes an estimate sent with the duration as it is", async () => {
    const answer = await json(
      ada.request("POST", `${base}/bulk`, {
        update: [
          { id: "a", version: 1, duration: d(2) },
          { id: "c", version: 1, duration: d(4) },
        ],
      }),
    );
    expect(answer.updated[0].estimate).toEqual(est(1.2, 2, 3.6));
    expect(answer.updated[1].estimate).toBeUndefined();
    const typed = await json(
      ada.request("PATCH", `${base}/a`, { version: 2, duration: d(7), estimate: est(6, 7, 12) }),
    );
    expect(typed.estimate).toEqual(est(6, 7, 12));
    const cleared = await json(
      ada.request("PATCH", `${base}/a`, { version: 3, duration: d(3), estimate: null }),
    );
    expect(cleared.estimate).toBeUndefined();
  });

  it("leaves an effort-driven task's estimate alone: its duration comes from its work", async () => {
    const saved = await json(ada.request("PATCH", `${base}/b`, { version: 1, duration: d(8) }));
    expect(saved.estimate).toEqual(est(3, 5, 9));
  });
});
