import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { PLAN_OF_RECORD, planOfRecord } from "./plan-of-record.js";
import { statusPlan } from "./status-fixture.js";

describe("planOfRecord", () => {
  it("schedules the plan without its progress, with each task's cost at its rates", () => {
    const plan = statusPlan();
    const baseline = planOfRecord(plan);
    expect(baseline.name).toBe(PLAN_OF_RECORD);
    const build = baseline.tasks.find((t) => t.id === "build");
    // 10 days from Mon 11 Jan, past the 18 Jan holiday; the progressed plan has it later.
    expect(build).toMatchObject({ start: "2027-01-11T09:00:00", finish: "2027-01-25T17:00:00", cost: 7000 });
    expect(schedulePlan(plan).tasks.find((t) => t.id === "build")?.finish).not.toBe(build?.finish);
    expect(baseline.tasks.find((t) => t.id === "beta")).not.toHaveProperty("cost");
  });
});
