import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { dateOfDay, dayNumber } from "./days.js";
import { releaseForecast } from "./release-forecast.js";

const workflow = DEFAULT_AGILE_SETTINGS.workflow;
const day = (text: string) => text as LocalDate;
const today = day("2027-06-07"); // a Monday

// Twelve weeks in which the team finished two items every weekday: 10 a week, about 1.43 a calendar day.
const history: BacklogItem[] = [];
for (let d = dayNumber(today) - 84; d < dayNumber(today); d++) {
  const weekday = (((d + 3) % 7) + 7) % 7;
  if (weekday > 4) continue;
  for (const n of [1, 2]) {
    history.push({
      id: `H-${d}-${n}`,
      name: "done",
      type: "story",
      status: "done",
      rank: 0,
      created: dateOfDay(d - 3),
      history: [{ status: "done", at: dateOfDay(d) }],
    });
  }
}
const todo = (n: number): BacklogItem[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `T-${i}`,
    name: "todo",
    type: "story",
    status: "todo",
    rank: i,
  }));
const epic: BacklogItem = { id: "E", name: "epic", type: "epic", status: "todo", rank: 0 };

describe("releaseForecast", () => {
  it("lands where the known throughput says, deterministically for a seed", () => {
    const items = [...history, ...todo(40), epic];
    const forecast = releaseForecast(items, workflow, { today, runs: 2000, seed: 7 });
    expect(forecast).toBeDefined();
    const f = forecast as NonNullable<typeof forecast>;
    // 40 items at 10 a week: four weeks; the epic is not work to do.
    expect(f.remaining).toBe(40);
    expect(f.historyDays).toBe(84);
    const offset = (date: LocalDate) => dayNumber(date) - dayNumber(today);
    expect(offset(f.p50)).toBeGreaterThanOrEqual(24);
    expect(offset(f.p50)).toBeLessThanOrEqual(30);
    expect(offset(f.p50)).toBeLessThanOrEqual(offset(f.p85));
    expect(offset(f.p85)).toBeLessThanOrEqual(offset(f.p95));
    expect(offset(f.p95)).toBeLessThanOrEqual(36);
    expect(releaseForecast(items, workflow, { today, runs: 2000, seed: 7 })).toEqual(f);
  });

  it("never gives an earlier P85 for more remaining items", () => {
    let previous = "";
    for (let n = 1; n <= 60; n += 3) {
      const f = releaseForecast([...history, ...todo(n)], workflow, { today, runs: 500, seed: 3 });
      expect(f?.p85 !== undefined && f.p85 >= previous).toBe(true);
      previous = f?.p85 ?? "";
    }
  });

  it("gives the chance of finishing by a target, agreeing with the percentiles", () => {
    const items = [...history, ...todo(40)];
    const f = releaseForecast(items, workflow, { today, runs: 2000, seed: 7 });
    const by = (target: LocalDate) =>
      releaseForecast(items, workflow, { today, runs: 2000, seed: 7, target })?.chanceByTarget;
    const p50 = dayNumber(f?.p50 as LocalDate);
    expect(by(f?.p85 as LocalDate)).toBeGreaterThanOrEqual(0.85);
    expect(by(dateOfDay(p50 - 1))).toBeLessThan(0.5);
    expect(by(dateOfDay(p50))).toBeGreaterThanOrEqual(0.5);
    expect(by(day("2027-06-01"))).toBe(0);
  });

  it("forecasts only the scope given, from the history it has", () => {
    const items = [...history, ...todo(40)];
    const f = releaseForecast(items, workflow, { today, scope: ["T-1", "T-2", history[0]?.id as string] });
    expect(f?.remaining).toBe(2);
    expect(() => releaseForecast(items, workflow, { today, scope: ["nope"] })).toThrow('no item "nope"');
    expect(
      releaseForecast(items, workflow, { today, scope: [history[0]?.id as string], target: today }),
    ).toEqual({
      remaining: 0,
      historyDays: 84,
      p50: today,
      p85: today,
      p95: today,
      chanceByTarget: 1,
    });
    // A team three weeks and three days old samples its three whole weeks.
    const young = history.filter((i) => (i.created as string) >= "2027-05-14");
    expect(releaseForecast([...young, ...todo(5)], workflow, { today })?.historyDays).toBe(21);
  });

  it("gives no forecast without throughput to sample", () => {
    expect(releaseForecast(todo(5), workflow, { today })).toBeUndefined();
    const old = history.slice(0, 2);
    expect(releaseForecast([...old, ...todo(5)], workflow, { today, window: 14 })).toBeUndefined();
  });
});
