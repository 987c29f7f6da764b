import { schedulePlan } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { generatePlan } from "./generate.js";

describe("generatePlan", () => {
  it("is deterministic: the same seed gives the same plan, another seed another plan", () => {
    expect(generatePlan({ tasks: 500, seed: 7, summaries: true })).toEqual(
      generatePlan({ tasks: 500, seed: 7, summaries: true }),
    );
    expect(generatePlan({ tasks: 500, seed: 8 })).not.toEqual(generatePlan({ tasks: 500, seed: 7 }));
  });

  it("links from lower to higher index, about three per task, mostly to nearby tasks", () => {
    const plan = generatePlan({ tasks: 20_000, seed: 1 });
    expect(plan.tasks).toHaveLength(20_000);
    const index = new Map(plan.tasks.map((t, i) => [t.id, i]));
    const spans = plan.links.map((l) => (index.get(l.to) as number) - (index.get(l.from) as number));
    expect(spans.every((s) => s > 0)).toBe(true);
    expect(plan.links.length / plan.tasks.length).toBeGreaterThan(2.7);
    expect(plan.links.length / plan.tasks.length).toBeLessThan(3.3);
    // Most links reach one or two waves back (here a wave is about 190 tasks).
    const near = spans.filter((s) => s <= plan.tasks.length / 50).length;
    expect(near / spans.length).toBeGreaterThan(0.85);
  });

  it("draws durations of 1h to 15 working days, some milestones, and the asked link types and lags", () => {
    const plan = generatePlan({
      tasks: 5_000,
      seed: 2,
      linkTypes: ["FS", "SS"],
      leads: false,
      elapsed: false,
    });
    const work = plan.tasks.filter((t) => !t.milestone);
    const hours = work.map((t) => t.duration.value * { min: 1 / 60, h: 1, d: 7, w: 35 }[t.duration.unit]);
    expect(Math.min(...hours)).toBe(1);
    expect(Math.max(...hours)).toBe(15 * 7);
    expect(plan.tasks.length - work.length).toBeGreaterThan(100);
    expect(new Set(plan.links.map((l) => l.type))).toEqual(new Set(["FS", "SS"]));
    expect(plan.links.some((l) => "value" in l.lag && l.lag.value < 0)).toBe(false);
    expect(plan.tasks.some((t) => t.duration.elapsed)).toBe(false);
    expect(plan.links.some((l) => "value" in l.lag && l.lag.elapsed)).toBe(false);
  });

  it("has about ten public holidays a year over the span, on a Mon–Fri 09:00-12:00, 13:00-17:00 calendar", () => {
    const plan = generatePlan({ tasks: 10_000, seed: 3 });
    const [cal] = plan.calendars;
    expect(cal?.hours).toEqual(["09:00-12:00", "13:00-17:00"]);
    const years = new Set(cal?.holidays.map((d) => d.slice(0, 4)));
    expect((cal?.holidays.length ?? 0) / years.size).toBeGreaterThanOrEqual(10);
    const finish = schedulePlan(plan).project.finish;
    expect(years.has(finish.slice(0, 4))).toBe(true);
    expect(generatePlan({ tasks: 100, seed: 3, holidays: false }).calendars[0]?.holidays).toEqual([]);
  });

  it("puts summary phases before their tasks and schedules without problems", () => {
    const plan = generatePlan({ tasks: 2_000, seed: 4, summaries: true });
    const seen = new Set<string>();
    for (const t of plan.tasks) {
      if (t.parent !== null) expect(seen.has(t.parent)).toBe(true);
      seen.add(t.id);
    }
    const summaries = new Set(plan.tasks.map((t) => t.parent).filter((p) => p !== null));
    expect(summaries.size).toBeGreaterThan(50);
    expect(plan.links.some((l) => summaries.has(l.to))).toBe(true);
    expect(plan.links.some((l) => summaries.has(l.from))).toBe(true);
    expect(schedulePlan(plan).warnings).toEqual([]);
  });
});
