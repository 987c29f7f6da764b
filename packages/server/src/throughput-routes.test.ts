import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

/** Two items finished on each of the fourteen days from 2027-01-04, and one dirty row on line 3. */
function history(): string {
  const rows = ["id,created,finished", "x,2027-01-02,oops"];
  for (let d = 0; d < 14; d++) {
    const day = `2027-01-${String(4 + d).padStart(2, "0")}`;
    rows.push(`a${d},2027-01-01,${day}`, `b${d},2027-01-01,${day}`);
  }
  return `${rows.join("\n")}\n`;
}

const PATH = "/api/forecast/throughput";

describe.each(TEST_DRIVERS)("throughput forecast over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
  });
  afterEach(() => t.dispose());

  it("answers when N items will be done, reporting the dropped row by its line", async () => {
    const res = await ada.request("POST", PATH, {
      csv: history(),
      remaining: 20,
      window: 14,
      iterations: 500,
    });
    expect(res.status).toBe(200);
    const r = await json(res);
    // Exactly two a day in the window: ten days for twenty items, in every run.
    expect(r.remaining).toBe(20);
    expect(r.asOf).toBe("2027-01-18");
    expect(r.finish).toEqual({ p50: "2027-01-27", p85: "2027-01-27", p95: "2027-01-27" });
    expect(r.finishOffsetDays).toEqual({ p50: 9, p85: 9, p95: 9 });
    expect(r.total).toBe(28);
    expect(r.historyItems).toBe(28);
    expect(r.iterations).toBe(500);
    expect([r.sampling, r.blockDays]).toEqual(["block", 14]);
    expect(r.samples).toBeUndefined();
    expect(r.dropped).toEqual({
      rows: 1,
      first: [{ line: 2, reason: "unparsable date", detail: '"oops" is not YYYY-MM-DD' }],
    });
  });

  it("answers how many items by a date, the same for the same seed", async () => {
    const body = { csv: history(), by: "2027-01-20", window: 14, iterations: 500, seed: 7 };
    const r = await json(ada.request("POST", PATH, body));
    expect(r.by).toBe("2027-01-20");
    expect(r.days).toBe(3);
    expect(r.items).toEqual({ p50: 6, p85: 6, p95: 6 });
    expect(r.dropped.rows).toBe(1);
    expect(await json(ada.request("POST", PATH, body))).toEqual(r);
  });

  it("samples blocks of days by default, or single days or weeks as asked", async () => {
    const ask = (extra: object) =>
      json(ada.request("POST", PATH, { csv: history(), by: "2027-01-31", ...extra }));
    // 252 days by default, but none before the first item was created (2027-01-01): two whole weeks.
    const blocks = await ask({ blockDays: 7 });
    expect([blocks.sampling, blocks.blockDays]).toEqual(["block", 7]);
    expect(blocks.windowEnd - blocks.windowStart + 1).toBe(14);
    expect((await ask({ sampling: "daily" })).sampling).toBe("daily");
    expect((await ask({ weekly: true })).sampling).toBe("weekly");
  });

  it("refuses bad options and unusable histories with 400 and a message", async () => {
    const status = async (body: object) => {
      const res = await ada.request("POST", PATH, body);
      return [res.status, (await json(res)).error.message as string] as const;
    };
    expect((await status({ csv: history() }))[0]).toBe(400);
    expect((await status({ csv: history(), remaining: 3, by: "2027-02-01" }))[0]).toBe(400);
    expect((await status({ csv: history(), remaining: 0 }))[0]).toBe(400);
    expect((await status({ csv: history(), by: "2027-02-30" }))[0]).toBe(400);
    expect((await status({ csv: history(), remaining: 3, weekly: true, excludeWeekends: true }))[0]).toBe(
      400,
    );
    expect(await status({ csv: history(), remaining: 3, weekly: true, sampling: "block" })).toEqual([
      400,
      expect.stringMatching(/weekly contradicts the sampling asked for$/),
    ]);
    expect(await status({ csv: history(), remaining: 3, sampling: "daily", blockDays: 7 })).toEqual([
      400,
      expect.stringMatching(/blockDays applies to block sampling only$/),
    ]);
    expect(await status({ csv: history(), by: "2027-01-01" })).toEqual([
      400,
      "by 2027-01-01 is before the forecast start 2027-01-18",
    ]);
    expect(await status({ csv: "id,created\n1,2027-01-01\n", remaining: 3 })).toEqual([
      400,
      expect.stringMatching(/^no finished-date column/),
    ]);
    expect(await status({ csv: "created,finished\n2027-01-05,2027-01-02\n", remaining: 3 })).toEqual([
      400,
      "no usable completed items: 1 row dropped, the first on line 2: finished before created (finished 2027-01-02, created 2027-01-05)",
    ]);
    expect(await status({ csv: history(), remaining: 3, asOf: "2028-01-01" })).toEqual([
      400,
      expect.stringMatching(/^no items finished in the 252-day window/),
    ]);
  });

  it("is for signed-in users only", async () => {
    const res = await t.anonymous().request("POST", PATH, { csv: history(), remaining: 3 });
    expect(res.status).toBe(401);
  });
});
