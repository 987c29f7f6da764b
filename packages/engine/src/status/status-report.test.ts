import type { Baseline, Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { asPlannedBaseline } from "../baseline/as-planned.js";
import { baselineVariance } from "../baseline/variance.js";
import { schedulePlan } from "../cpm/scheduler.js";
import { earnedValue } from "../evm/earned-value.js";
import { testPlan } from "../test-plan.js";
import { statusPlan } from "./status-fixture.js";
import { statusReport } from "./status-report.js";

const asPlanned = (plan: Plan) => asPlannedBaseline(plan, "2027-01-01T00:00:00Z");

function report(plan: Plan = statusPlan(), baseline: Baseline | undefined = asPlanned(plan)) {
  return statusReport({ plan, baseline });
}

describe("statusReport", () => {
  it("is RED for a late milestone, SPI below 0.8 and a high risk past its review date, and says so", () => {
    const r = report();
    expect(r.overall.rag).toBe("RED");
    expect(r.overall.reasons.map((x) => x.rule)).toEqual(["milestone-late", "spi-red", "risk-high-stale"]);
    expect(r.overall.reasons.map((x) => x.text)).toEqual([
      "Milestone late: Design sign-off was due Fri 8 Jan and is not reached; now expected Thu 21 Jan.",
      "Schedule performance (SPI) is 0.71, below 0.8: 29 % less work done than planned by now.",
      "A high risk is open and past the review date: Card network changes its API before launch (exposure 16 of 25, review was due Fri 15 Jan, owner Dana Lee).",
    ]);
    expect(r.areas.schedule.rag).toBe("RED");
    expect(r.areas.schedule.reasons.map((x) => x.rule)).toEqual([
      "milestone-late",
      "spi-red",
      "milestone-slipping",
      "dependency-late",
    ]);
    expect(r.areas.cost.rag).toBe("GREEN");
    expect(r.areas.scope).toMatchObject({ rag: "AMBER", reasons: [{ rule: "change-pending" }] });
    expect(r.areas.risks.reasons.map((x) => x.rule)).toEqual(["risk-high-stale", "issue-escalated"]);
  });

  it("reports the engine's numbers: earned value, baseline variance, schedule", () => {
    const plan = statusPlan();
    const baseline = asPlanned(plan);
    const schedule = schedulePlan(plan);
    const r = statusReport({ plan, baseline, schedule });
    const ev = earnedValue(plan, baseline, { asOf: "2027-01-20" }).project;
    const variance = baselineVariance(plan, schedule, baseline);
    expect(r.metrics).toMatchObject({
      evmBasis: "cost",
      SPI: ev.SPI,
      CPI: ev.CPI,
      PV: ev.PV,
      EV: ev.EV,
      AC: ev.AC,
      BAC: ev.BAC,
      EAC: ev.EAC,
      VAC: ev.VAC,
      finish: schedule.project.finish,
      baselineFinish: variance.project.baselineFinish,
      finishVarianceDays: variance.project.finishDays,
    });
    const beta = variance.tasks.find((t) => t.id === "beta");
    expect(r.milestones.find((m) => m.id === "beta")?.varianceDays).toBe(beta?.finishDays);
    // Design (5 d) and docs (2 d) done, build (10 d) 30 %, pentest (3 d) not started; by baseline durations.
    expect(r.metrics.percentComplete).toBe(50);
    // Build had 7 of its 10 baseline days by Wed 20 Jan (18 Jan is a holiday).
    expect(r.metrics.plannedPercentComplete).toBe(70);
  });

  it("lists what was done in the period, what is in progress, blocked, changed and asked", () => {
    const r = report();
    expect(r.period).toEqual({ from: "2027-01-14", to: "2027-01-20" });
    expect(r.nextUpdate).toBe("2027-01-27");
    // Design finished before the period; docs within it.
    expect(r.done).toEqual([
      {
        id: "docs",
        name: "Developer docs",
        finished: "2027-01-14",
        owners: ["Ben Okafor"],
        milestone: false,
      },
    ]);
    expect(r.inProgress).toEqual([
      expect.objectContaining({ name: "Build the service", percentComplete: 30, plannedPercent: 70 }),
    ]);
    expect(r.blocked.map((b) => [b.kind, b.what, b.owner])).toEqual([
      ["issue", "No staging environment for card tests", "Dana Lee"],
      ["dependency", "Pentest vendor slot (SecureCo)", "Ben Okafor"],
    ]);
    expect(r.changed).toEqual([
      expect.objectContaining({ name: "Refunds in the first release", finishDays: 2, costDelta: 1200 }),
    ]);
    expect(r.asks.map((a) => [a.kind, a.what, a.from])).toEqual([
      ["escalation", "No staging environment for card tests", "Sponsor"],
      ["decision", "Single sign-on", null],
    ]);
    expect(r.asks[1]?.why).toContain("move the finish 5 working days later");
    expect(r.topRisks.map((x) => [x.name, x.exposure, x.response])).toEqual([
      ["Card network changes its API before launch", 16, "Mitigate: Build against the sandbox by Fri 22 Jan"],
      ["Ben is pulled onto another project", 6, "No response planned yet"],
    ]);
    expect(r.next).toEqual([
      {
        action: 'Review the risk "Card network changes its API before launch"',
        owner: "Dana Lee",
        date: "2027-01-15",
        overdue: true,
      },
      { action: "Reach Design sign-off", owner: "Ana Ruiz", date: "2027-01-21", overdue: false },
      {
        action: "Build against the sandbox (risk: Card network changes its API before launch)",
        owner: "Ana Ruiz",
        date: "2027-01-22",
        overdue: false,
      },
      {
        action: 'Resolve "No staging environment for card tests"',
        owner: "Dana Lee",
        date: "2027-01-22",
        overdue: false,
      },
    ]);
  });

  it("writes a short summary in plain words", () => {
    const { summary } = report();
    expect(summary).toBe(
      "The work is 50 % done (70 % was planned by now), and we now expect to finish on Wed 3 Feb, " +
        "1 working day later than planned. The delay comes from Pentest vendor slot from SecureCo " +
        "(promised for Fri 29 Jan instead of Tue 26 Jan) and Build the service (30 % done against 70 % planned). " +
        'The biggest risk is "Card network changes its API before launch" (likely, major impact); Dana Lee ' +
        "owns the response, and its review is overdue. We need the sponsor's help with \"No staging environment " +
        'for card tests" by Fri 22 Jan and a decision on the change request "Single sign-on".',
    );
    expect(summary.split(/(?<=\.) (?=[A-Z])/).length).toBeLessThanOrEqual(4);
  });

  it("is GREEN for a plan on track, and leaves cost and scope unrated without a baseline", () => {
    const plan: Plan = {
      ...testPlan([
        { id: "a", dur: "5d" },
        { id: "b", dur: "5d", after: ["a"] },
      ]),
    };
    const onTrack = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.id === "a" ? { ...t, percentComplete: 60, actualStart: "2027-01-04" } : t,
      ),
    };
    const r = statusReport({ plan: onTrack, baseline: asPlanned(onTrack), asOf: "2027-01-06" });
    expect(r.overall).toEqual({ rag: "GREEN", reasons: [] });
    expect(r.areas.cost.rag).toBe("GREY"); // no rates: earned value in hours only
    expect(r.summary).toContain("Schedule, cost, scope and risks are on track.");
    expect(r.summary).toContain("Nothing is needed from leadership this week.");
    const bare = statusReport({ plan: onTrack, asOf: "2027-01-06" });
    expect(bare.baseline).toBeNull();
    expect([bare.areas.cost.rag, bare.areas.scope.rag]).toEqual(["GREY", "GREY"]);
    expect(bare.areas.scope.notes[0]).toMatch(/^No baseline/);
    expect(bare.metrics).toMatchObject({ SPI: null, finishVarianceDays: null, plannedPercentComplete: null });
  });

  it("turns RED on a missed deadline and AMBER when the float before one is nearly used up", () => {
    const plan = testPlan([
      { id: "a", dur: "5d" },
      { id: "m", milestone: true, after: ["a"], deadline: "2027-01-08" },
    ]);
    const tight = statusReport({ plan, asOf: "2027-01-04" });
    expect(tight.areas.schedule.reasons.map((x) => x.text)).toEqual([
      "The critical path has almost no float left: m is forecast Fri 8 Jan, on its deadline Fri 8 Jan.",
    ]);
    const late = statusReport({
      plan: {
        ...plan,
        tasks: plan.tasks.map((t) => (t.id === "m" ? { ...t, deadline: "2027-01-07" as never } : t)),
      },
      asOf: "2027-01-04",
    });
    expect(late.overall.reasons.map((x) => x.text)).toEqual([
      "m is forecast Fri 8 Jan, 1 working day after its deadline Thu 7 Jan.",
    ]);
    expect(late.metrics.criticalFloatDays).toBe(-1);
  });

  it("flags work added since the baseline without an approved change request", () => {
    const plan = statusPlan();
    const baseline = asPlanned(plan);
    const grown: Plan = {
      ...plan,
      tasks: [
        ...plan.tasks,
        { ...(plan.tasks[5] as Plan["tasks"][number]), id: "audit", name: "Security audit" },
      ],
    };
    const r = report(grown, baseline);
    expect(r.areas.scope.reasons.map((x) => x.text)).toContain(
      "Work changed since the baseline without an approved change request: 1 task added (Security audit).",
    );
  });

  it("takes thresholds, the plan's status date, and refuses a report without a date", () => {
    const plan = statusPlan();
    const lenient = statusReport({
      plan,
      baseline: asPlanned(plan),
      thresholds: { spiRed: 0.5, spiAmber: 0.6 },
    });
    expect(lenient.areas.schedule.reasons.map((x) => x.rule)).not.toContain("spi-red");
    expect(lenient.asOf).toBe("2027-01-20");
    const { statusDate, ...project } = plan.project;
    expect(() => statusReport({ plan: { ...plan, project } })).toThrow(/as-of date/);
    expect(() => statusReport({ plan, periodDays: 0 })).toThrow(/whole number of days/);
  });
});
