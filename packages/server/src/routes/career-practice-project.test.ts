import { readdirSync, readFileSync } from "node:fs";
import { EXERCISES, levelPlan, planFacts, resourceLoad, schedulePlan, starterPlan } from "@keel/engine";
import { readPlan } from "@keel/formats";
import { type LocalDate, objectivesWithKeyResults } from "@keel/model";
import { describe, expect, it } from "vitest";
import { starterFilePlan } from "./career-practice-project.js";

const DIR = new URL("../../../../examples/exercises/", import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));
const startable = EXERCISES.flatMap((e) => (e.starter === undefined ? [] : [{ ...e, starter: e.starter }]));
const TODAY = "2026-11-22" as LocalDate;

/** A starter's plan as a practice project made on TODAY has it. */
async function practicePlan(id: string) {
  const exercise = startable.find((e) => e.id === id);
  if (exercise === undefined) throw new Error(`no starter for ${id}`);
  return starterPlan(await starterFilePlan(exercise.starter), TODAY);
}

describe("the practice exercises' starter plans in examples/exercises/", () => {
  it("are one per exercise Keel can start, and nothing else", () => {
    expect(files.map((f) => `exercises/${f}`).sort()).toEqual(startable.map((e) => e.starter.file).sort());
  });

  it.each(files)("%s loads as keel check loads it: read and scheduled with no error or warning", (file) => {
    const { plan } = readPlan(readFileSync(new URL(file, DIR), "utf8"), `examples/exercises/${file}`);
    expect(schedulePlan(plan).warnings).toEqual([]);
  });

  it.each(startable)("$id: named after the exercise, on a Monday, with no holidays to move", async (e) => {
    const plan = await starterFilePlan(e.starter);
    expect(plan.project.name).toBe(`Practice: ${e.title}`);
    expect(new Date(`${plan.project.start.slice(0, 10)}T00:00:00Z`).getUTCDay()).toBe(1);
    for (const c of plan.calendars) expect(c.holidays, c.id).toEqual([]);
  });

  it("gives the capacity exercise eight people over a quarter that leveling can fit, moved to any week", async () => {
    const plan = await practicePlan("quarter-capacity-plan");
    const before = planFacts(plan, schedulePlan(plan), TODAY);
    expect(before).toMatchObject({ assignedResources: 8 });
    expect(before.spanWeeks).toBeGreaterThanOrEqual(10);
    expect(before.spanWeeks).toBeLessThanOrEqual(14);
    expect(resourceLoad(plan, schedulePlan(plan)).overAllocations.length).toBeGreaterThan(0);

    const leveled = levelPlan(plan);
    expect(resourceLoad(leveled.plan, leveled.schedule).overAllocations).toEqual([]);
    expect(leveled.schedule.warnings).toEqual([]);
    const demo = (s: typeof leveled.schedule) => s.tasks.find((t) => t.id === "mid-demo")?.start;
    expect(demo(leveled.schedule)).toBe(demo(schedulePlan(plan)));
  });

  it("leaves each exercise to do: no starter meets its plan's checks already", async () => {
    for (const e of startable) {
      const plan = await practicePlan(e.id);
      const schedule = schedulePlan(plan);
      const facts = {
        ...planFacts(plan, schedule, TODAY),
        hasBaseline: false,
        overAllocatedResources: new Set(resourceLoad(plan, schedule).overAllocations.map((o) => o.resource))
          .size,
        statusReportsSent: 0,
        kpisWithTrend: 0,
        twoWeekSprintsCompleted: 0,
        backlogItems: e.starter.backlog?.filter((i) => i.type !== "epic").length ?? 0,
        workflowStates: 0,
        requirementsWithAcceptanceCriteria:
          e.starter.backlog?.filter((i) => (i.acceptance ?? []).length > 0).length ?? 0,
        objectivesWithKeyResults:
          e.starter.vision === undefined ? 0 : objectivesWithKeyResults(e.starter.vision),
      };
      const unmet = e.done.filter((c) => {
        const have = c.fact(facts);
        return c.compare === "at-least" ? have < c.need : have > c.need;
      });
      expect(unmet.length, e.id).toBeGreaterThan(0);
    }
  });
});
