import { Scheduler, schedulePlan } from "@keel/engine";
import type { Duration, Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { generatePlan } from "./generate.js";
import { Random } from "./random.js";

function withDuration(plan: Plan, id: string, duration: Duration): Plan {
  return { ...plan, tasks: plan.tasks.map((t) => (t.id === id ? { ...t, duration, milestone: false } : t)) };
}

// The benchmark times `setDuration`; this checks that on the same kind of plans it gives what a full run gives.
describe("one-edit reschedule on generated plans", () => {
  // Plans without elapsed time run on the engine's integer kernel until an elapsed edit arrives.
  it.each([
    [1, true],
    [2, false],
    [3, false],
  ])("matches a fresh full schedule after each of many edits (seed %i, elapsed time %s)", (seed, elapsed) => {
    let plan = generatePlan({ tasks: 200, seed, elapsed, summaries: seed !== 2 });
    const s = Scheduler.compile(plan);
    s.run();
    const parents = new Set(plan.tasks.map((t) => t.parent));
    const leaves = plan.tasks.filter((t) => !parents.has(t.id));
    const random = new Random(seed);
    for (let k = 0; k < 20; k++) {
      const task = random.pick(leaves);
      const duration: Duration = random.chance(0.2)
        ? { value: random.int(1, 48), unit: "h", elapsed: true }
        : { value: random.int(0, 12), unit: "d", elapsed: false };
      s.setDuration(task.id, duration);
      plan = withDuration(plan, task.id, duration);
      expect(s.result(), `edit ${k}: ${task.id} → ${duration.value}${duration.unit}`).toEqual(
        schedulePlan(plan),
      );
    }
  });
});
