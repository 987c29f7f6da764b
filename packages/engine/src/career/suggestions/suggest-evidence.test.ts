import {
  type ChangeRequest,
  evidenceSchema,
  type LocalDate,
  type Plan,
  type Risk,
  riskSchema,
  type Sprint,
  type Task,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { captureBaseline } from "../../baseline/capture.js";
import { schedulePlan } from "../../cpm/scheduler.js";
import { testPlan } from "../../test-plan.js";
import { COMPETENCY_IDS } from "../data/competencies.js";
import type { ProjectActivity } from "./project-activity.js";
import { suggestEvidence } from "./suggest-evidence.js";

const TODAY = "2027-03-01" as LocalDate;
/** The person's user id; the audit history records who did what by id. */
const ME = "u-ada";
/** The name decisions show: the same for two people, so only the ids tell them apart. */
const SHOWN = "Ada Lovelace";

/** Kickoff, two tasks in a row and a milestone; the standard week with 18 January a holiday. */
function basePlan(): Plan {
  return {
    ...testPlan([
      { id: "design", dur: "5d" },
      { id: "build", dur: "3d", after: ["design"] },
      { id: "beta", milestone: true, after: ["build"] },
    ]),
    project: { name: "Portal", start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
    resources: [
      { id: "ana", name: "Ana", type: "work", maxUnits: 1 },
      { id: "ben", name: "Ben", type: "work", maxUnits: 1 },
    ],
    assignments: [
      { task: "design", resource: "ana", units: 1 },
      { task: "build", resource: "ben", units: 1 },
    ],
  };
}

/** The plan with progress on some tasks. */
function progressed(plan: Plan, progress: Record<string, Partial<Task>>): Plan {
  return { ...plan, tasks: plan.tasks.map((t) => ({ ...t, ...progress[t.id] })) };
}

function activity(
  plan: Plan,
  extra: Partial<ProjectActivity> = {},
  baselinePlan = basePlan(),
): ProjectActivity {
  return {
    projectId: "p1",
    projectName: "Portal",
    role: "manager",
    userId: ME,
    plan,
    schedule: schedulePlan(plan),
    baseline: captureBaseline(
      baselinePlan,
      schedulePlan(baselinePlan),
      "Plan of record",
      "2027-01-01T09:00:00Z",
    ),
    statusReportsSent: [],
    decisionsRecorded: recorded(plan),
    ...extra,
  };
}

// Baseline: design 4-8 Jan, build 11-13 Jan, beta at the end of 13 January.
const DONE_EARLY = {
  design: { percentComplete: 100, actualStart: "2027-01-04", actualFinish: "2027-01-07" },
  build: { percentComplete: 100, actualStart: "2027-01-08", actualFinish: "2027-01-11" },
  beta: { percentComplete: 100, actualFinish: "2027-01-11" },
};

const rules = (a: ProjectActivity, today = TODAY) => suggestEvidence([a], today);

describe("milestone delivered", () => {
  it("dates a complete milestone by its actual finish and counts working days against the baseline", () => {
    const [s, ...rest] = rules(activity(progressed(basePlan(), DONE_EARLY)));
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      key: "milestone-delivered:p1:beta",
      rule: "milestone-delivered",
      ref: "beta",
      title: "Delivered beta on 2027-01-11, 2 working days ahead of its baseline date",
      result: "beta delivered on 2027-01-11, 2 working days ahead of its baseline date (2027-01-13).",
      situation: 'Portal: the baseline "Plan of record" planned beta for 2027-01-13.',
      metrics: [
        { name: "working days ahead of the baseline date", value: 2, unit: "working days" },
        { name: "tasks complete by the milestone", value: 2 },
      ],
      // Two people assigned; 4 to 11 January is 8 days.
      scale: { people: 2, durationWeeks: 1.1 },
      competencies: ["milestone-tracking", "scheduling"],
      date: "2027-01-11",
      link: "/projects/p1/tracking",
    });
  });

  it("counts working days on the project calendar when late: a holiday is not a day late", () => {
    const late = progressed(basePlan(), {
      ...DONE_EARLY,
      build: { percentComplete: 100, actualStart: "2027-01-08", actualFinish: "2027-01-19" },
      beta: { actualFinish: "2027-01-19" },
    });
    // 14, 15 and 19 January: the 18th is a holiday.
    expect(rules(activity(late))[0]?.title).toBe(
      "Delivered beta on 2027-01-19, 3 working days after its baseline date",
    );
    const onTime = progressed(basePlan(), { ...DONE_EARLY, beta: { actualFinish: "2027-01-13" } });
    expect(rules(activity(onTime))[0]?.metrics[0]).toEqual({
      name: "working days from the baseline date",
      value: 0,
      unit: "working days",
    });
  });

  it("proposes nothing for a milestone not complete, or completed after today, or to a viewer", () => {
    expect(rules(activity(basePlan()))).toEqual([]);
    expect(rules(activity(progressed(basePlan(), DONE_EARLY)), "2027-01-10" as LocalDate)).toEqual([]);
    expect(rules(activity(progressed(basePlan(), DONE_EARLY), { role: "viewer" }))).toEqual([]);
  });

  it("without a baseline, proposes the delivery without a comparison", () => {
    const [s] = rules(activity(progressed(basePlan(), DONE_EARLY), { baseline: undefined }));
    expect(s?.title).toBe("Delivered beta on 2027-01-11");
    expect(s?.metrics).toEqual([{ name: "tasks complete by the milestone", value: 2 }]);
  });
});

const risk = (r: Partial<Risk>): Risk =>
  riskSchema.parse({
    name: "r",
    kind: "threat",
    probability: 3,
    impact: 4,
    tasks: [],
    status: "closed",
    ...r,
  });

describe("risks retired", () => {
  const plan = {
    ...basePlan(),
    risks: [
      risk({ id: "sso", name: "SSO clash", review: "2027-02-10" as LocalDate, cost: 12_000 }),
      risk({
        id: "vendor",
        name: "Vendor late",
        probability: 2,
        impact: 5,
        review: "2027-02-01" as LocalDate,
      }),
      // Closed after its review date, by someone else, still open, an opportunity, never reviewed.
      risk({ id: "late", name: "Late close", review: "2027-01-20" as LocalDate }),
      risk({ id: "theirs", name: "Not mine", review: "2027-02-20" as LocalDate }),
      risk({ id: "open", name: "Open", status: "open", review: "2027-02-20" as LocalDate }),
      risk({ id: "upside", name: "Upside", kind: "opportunity", review: "2027-02-20" as LocalDate }),
      risk({ id: "no-review", name: "No review" }),
    ],
  };
  const closures = [
    { id: "sso", at: "2027-02-01T10:00:00.000Z", by: ME },
    { id: "vendor", at: "2027-01-10T10:00:00.000Z", by: "u-someone" },
    { id: "vendor", at: "2027-01-29T16:00:00.000Z", by: ME },
    { id: "late", at: "2027-01-25T10:00:00.000Z", by: ME },
    { id: "theirs", at: "2027-01-25T10:00:00.000Z", by: "u-bob" },
    { id: "open", at: "2027-01-25T10:00:00.000Z", by: ME },
    { id: "upside", at: "2027-01-25T10:00:00.000Z", by: ME },
    { id: "no-review", at: "2027-01-25T10:00:00.000Z", by: ME },
  ];

  it("counts the threats the person closed by their review date, with the exposure and cost retired", () => {
    const found = rules(activity(plan, { risksClosed: closures, baseline: undefined }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      key: "risks-retired:p1:to-2027-02-01",
      title: "Retired 2 risks on Portal before their review date, 22 points of exposure",
      action: "[How you retired them.] Closed Vendor late on 2027-01-29, SSO clash on 2027-02-01.",
      metrics: [
        { name: "risks retired before their review date", value: 2 },
        { name: "exposure retired (probability × impact)", value: 22, unit: "points" },
        { name: "estimated cost of the retired risks", value: 12_000 },
      ],
      date: "2027-02-01",
      link: "/projects/p1/raid",
    });
    expect(found[0]?.result).toContain("an estimated cost of 12,000 if it had happened");
  });

  it("proposes nothing without the history of closures", () => {
    expect(rules(activity(plan, { baseline: undefined }))).toEqual([]);
  });
});

/** Who recorded each decision, by request and decision time, as the audit history would say. */
const DECIDERS = new Map<string, string>();

/** The audit's record of each standing decision of the plan. */
function recorded(plan: Plan) {
  return (plan.changes ?? []).flatMap((c) =>
    c.decision === undefined
      ? []
      : [{ id: c.id, at: c.decision.at, by: DECIDERS.get(`${c.id}@${c.decision.at}`) }],
  );
}

/** A decided request; `by` is the user id that recorded it, while the decision shows a name. */
function decided(
  id: string,
  status: "approved" | "rejected" | "deferred",
  by: string,
  at: string,
  finishDays: number,
  cost: number,
): ChangeRequest {
  DECIDERS.set(`${id}@${at}`, by);
  return {
    id,
    name: `Change ${id}`,
    requester: "Sales",
    reason: "Customers",
    status,
    edits: [],
    decision: {
      status,
      by: SHOWN,
      at,
      why: "Weighed",
      impact: {
        finishBefore: "2027-03-08T17:00:00",
        finishAfter: "2027-03-11T17:00:00",
        finishDays,
        costBefore: 10_000,
        costAfter: 10_000 + cost,
      },
    },
  };
}

describe("change requests decided", () => {
  it("counts the person's decisions with the finish and cost figures their impact analyses recorded", () => {
    const plan: Plan = {
      ...basePlan(),
      changes: [
        decided("CR-1", "approved", ME, "2027-02-08T15:00:00Z", 3, 1_785),
        decided("CR-2", "rejected", ME, "2027-02-10T15:00:00Z", 6, 4_000),
        decided("CR-3", "approved", ME, "2027-02-12T15:00:00Z", 0.5, 400),
        decided("CR-4", "deferred", ME, "2027-02-15T15:00:00Z", 2, 0),
        // Another person, shown under the same name.
        decided("CR-5", "approved", "u-ada-2", "2027-02-16T15:00:00Z", 9, 9_000),
        {
          ...decided("CR-6", "approved", ME, "2027-02-16T15:00:00Z", 1, 1),
          status: "submitted",
          decision: undefined,
        },
      ],
    };
    const [s, ...rest] = rules(activity(plan, { baseline: undefined }));
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      key: "changes-decided:p1:to-2027-02-15",
      title: "Assessed and decided 4 change requests on Portal with their impact on finish and cost",
      result:
        "2 approved (finish +3.5 working days, cost +2,185), 1 rejected (finish impact turned down: +6 working days), 1 deferred.",
      metrics: [
        { name: "change requests decided with an impact analysis", value: 4 },
        { name: "finish impact of approved changes", value: 3.5, unit: "working days" },
        { name: "cost impact of approved changes", value: 2185 },
        { name: "finish impact of rejected changes", value: 6, unit: "working days" },
      ],
      // 8 to 15 February.
      scale: { durationWeeks: 1.1 },
      date: "2027-02-15",
      link: "/projects/p1/changes",
    });
  });
});

describe("change requests decided, by who recorded the decision", () => {
  it("credits the standing decision to whoever recorded it, not an earlier one of the same request", () => {
    // Deferred by the person, later approved by someone else: the approval is the other's.
    decided("CR-9", "deferred", ME, "2027-02-01T15:00:00Z", 2, 0);
    const plan: Plan = {
      ...basePlan(),
      changes: [decided("CR-9", "approved", "u-maria", "2027-02-09T15:00:00Z", 2, 500)],
    };
    expect(rules(activity(plan, { baseline: undefined }))).toEqual([]);
  });

  it("proposes nothing without the history of decisions", () => {
    const plan: Plan = {
      ...basePlan(),
      changes: [decided("CR-1", "approved", ME, "2027-02-08T15:00:00Z", 3, 1_785)],
    };
    expect(rules(activity(plan, { baseline: undefined, decisionsRecorded: undefined }))).toEqual([]);
  });
});

describe("plan leveled", () => {
  const state = (finish: string, resources: string[], days: number, hours: number) => ({
    finish,
    overAllocatedResources: resources,
    overAllocatedDays: days,
    excessHours: hours,
  });
  const leveling = (finishDays: number, after: ReturnType<typeof state>, by = ME) => ({
    id: "lv-1",
    at: "2027-02-10T14:00:00.000Z",
    by,
    before: state("2027-03-05T17:00:00", ["ana", "ben"], 6, 21),
    after,
    finishDays,
    tasksMoved: ["design", "build"],
  });
  const found = (l: ReturnType<typeof leveling>) =>
    rules(activity(basePlan(), { levelings: [l], baseline: undefined, decisionsRecorded: [] }));

  it("proposes the over-allocation the person removed without moving the finish, with its numbers", () => {
    const [s, ...rest] = found(leveling(0, state("2027-03-05T17:00:00", [], 0, 0)));
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      key: "plan-leveled:p1:lv-1",
      title: "Leveled Portal's plan: 6 over-allocated days removed without moving the finish",
      situation:
        "Portal's plan asked more of Ana and Ben than they had: 2 resources over-allocated on 6 days (21 hours too many), finishing 2027-03-05.",
      result: "Finish 2027-03-05 (unchanged), with 0 resources over-allocated on 0 days (before: 2 on 6).",
      metrics: [
        { name: "tasks moved by leveling", value: 2 },
        { name: "resources no longer over-allocated", value: 2 },
        { name: "over-allocated days removed", value: 6, unit: "days" },
      ],
      date: "2027-02-10",
      link: "/projects/p1/capacity",
    });
    expect(s?.action).toContain("moving 2 tasks (design and build)");
  });

  it("proposes a finish brought earlier, in working days", () => {
    const [s] = found(leveling(-3.5, state("2027-03-02T13:00:00", ["ben"], 2, 7)));
    expect(s?.title).toBe(
      "Leveled Portal's plan: finish 3.5 working days earlier, 1 resource no longer over-allocated",
    );
    expect(s?.metrics[0]).toEqual({
      name: "working days the finish moved earlier",
      value: 3.5,
      unit: "working days",
    });
  });

  it("proposes nothing for a finish pushed out, an over-allocation left as it was, or someone else's leveling", () => {
    expect(found(leveling(4, state("2027-03-11T17:00:00", [], 0, 0)))).toEqual([]);
    expect(found(leveling(0, state("2027-03-05T17:00:00", ["ana", "ben"], 6, 21)))).toEqual([]);
    expect(found(leveling(-2, state("2027-03-03T17:00:00", ["ana", "ben", "cy"], 6, 30)))).toEqual([]);
    expect(found(leveling(0, state("2027-03-05T17:00:00", [], 0, 0), "u-bob"))).toEqual([]);
  });
});

const sent = (asOf: string, sentBy = ME) => ({ asOf: asOf as LocalDate, sentBy });

describe("status reports on cadence", () => {
  it("finds the latest unbroken weekly run of at least three reports the person sent", () => {
    const reports = [
      sent("2027-01-08"),
      // A three-week gap breaks the run.
      sent("2027-01-29"),
      sent("2027-02-05"),
      sent("2027-02-12"),
      sent("2027-02-19"),
      sent("2027-02-19"),
      sent("2027-02-26", "u-bob"),
    ];
    const [s] = rules(activity(basePlan(), { statusReportsSent: reports, baseline: undefined }));
    expect(s).toMatchObject({
      key: "status-reports-on-cadence:p1:to-2027-02-19",
      title: "Sent 4 weekly status reports on Portal without a gap, 2027-01-29 to 2027-02-19",
      metrics: [
        { name: "weekly status reports sent in a row", value: 4 },
        { name: "period covered", value: 3.1, unit: "weeks" },
      ],
      link: "/projects/p1/status",
    });
  });

  it("knows a fortnightly cadence, and proposes nothing for two reports or an uneven rhythm", () => {
    const of = (dates: string[]) =>
      rules(activity(basePlan(), { statusReportsSent: dates.map((d) => sent(d)), baseline: undefined }));
    expect(of(["2027-01-08", "2027-01-22", "2027-02-05"])[0]?.title).toContain(
      "3 fortnightly status reports",
    );
    expect(of(["2027-01-29", "2027-02-05"])).toEqual([]);
    expect(of(["2027-01-08", "2027-01-22", "2027-01-29"])).toEqual([]);
    expect(of(["2027-02-05", "2027-02-12", "2027-02-19"]).map((s) => s.date)).toEqual(["2027-02-19"]);
    expect(of(["2027-02-19", "2027-02-26", "2027-03-05"])).toEqual([]);
  });
});

describe("every suggestion", () => {
  it("makes a valid evidence entry, with competencies of the model, newest first", () => {
    const plan = {
      ...progressed(basePlan(), DONE_EARLY),
      changes: [decided("CR-1", "approved", ME, "2027-02-08T15:00:00Z", 3, 1_785)],
    };
    const sprint = (id: string, start: string, finish: string): Sprint => ({
      id,
      name: id,
      start: start as LocalDate,
      finish: finish as LocalDate,
      state: "closed",
      committed: [{ item: `${id}-1`, estimate: 5 }],
      completed: [{ item: `${id}-1`, estimate: 5 }],
    });
    const found = rules(
      activity(plan, {
        statusReportsSent: ["2027-01-15", "2027-01-22", "2027-01-29"].map((d) => sent(d)),
        sprints: [sprint("S1", "2027-01-04", "2027-01-17"), sprint("S2", "2027-01-18", "2027-01-31")],
      }),
    );
    expect(found.map((s) => s.rule)).toEqual([
      "changes-decided",
      "sprints-completed",
      "status-reports-on-cadence",
      "milestone-delivered",
    ]);
    for (const s of found) {
      const { key: _k, rule, projectId, ref, projectName, link: _l, ...fields } = s;
      const entry = evidenceSchema.safeParse({
        ...fields,
        id: "e",
        project: projectName,
        source: { kind: "keel", projectId, ref, rule },
      });
      expect(entry.success, `${s.key}: ${entry.error?.message}`).toBe(true);
      for (const c of s.competencies) expect(COMPETENCY_IDS, s.key).toContain(c);
    }
  });
});
