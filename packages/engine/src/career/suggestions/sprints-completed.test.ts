import type { LocalDate, Plan, Sprint, SprintItemRecord } from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../../cpm/scheduler.js";
import { testPlan } from "../../test-plan.js";
import type { ProjectActivity } from "./project-activity.js";
import { sprintsCompleted } from "./sprints-completed.js";

const TODAY = "2027-03-01" as LocalDate;

function plan(): Plan {
  return {
    ...testPlan([{ id: "release", milestone: true }]),
    resources: [
      { id: "ana", name: "Ana", type: "work", maxUnits: 1 },
      { id: "ben", name: "Ben", type: "work", maxUnits: 1 },
      { id: "cy", name: "Cy", type: "work", maxUnits: 1 },
      { id: "rig", name: "Test rig budget", type: "cost", maxUnits: 1 },
    ],
  };
}

const records = (...estimates: number[]): SprintItemRecord[] =>
  estimates.map((estimate, i) => ({ item: `APP-${i + 1}`, estimate }));

function sprint(id: string, start: string, finish: string, extra: Partial<Sprint> = {}): Sprint {
  return { id, name: `Sprint ${id.slice(1)}`, start, finish, state: "closed", ...extra } as Sprint;
}

// Three closed fortnights: 24 → 20, 21 → 18, 25 → 23 points; 70 committed, 61 delivered.
const CLOSED: readonly Sprint[] = [
  sprint("S1", "2027-01-04", "2027-01-17", {
    committed: records(8, 8, 5, 3),
    completed: records(8, 8, 3, 1),
    members: [{ resource: "ana" }, { resource: "ben" }],
    goal: "Sign-in",
  }),
  sprint("S2", "2027-01-18", "2027-01-31", {
    committed: records(8, 8, 5),
    completed: records(8, 5, 5),
    members: [{ resource: "ben" }],
  }),
  sprint("S3", "2027-02-01", "2027-02-14", { committed: records(13, 8, 4), completed: records(13, 8, 2) }),
];
const RUNNING = sprint("S4", "2027-02-15", "2027-02-28", { state: "active", committed: records(20) });

function activity(sprints: readonly Sprint[], extra: Partial<ProjectActivity> = {}): ProjectActivity {
  const p = plan();
  return {
    projectId: "p1",
    projectName: "App",
    role: "manager",
    userId: "u-ada",
    plan: p,
    schedule: schedulePlan(p),
    statusReportsSent: [],
    sprints,
    estimateUnit: "points",
    ...extra,
  };
}

describe("sprints completed", () => {
  it("totals what the closed sprints delivered against their commitment, with the first and last velocity", () => {
    const found = sprintsCompleted(activity([...CLOSED, RUNNING]), TODAY);
    expect(found).toEqual([
      {
        key: "sprints-completed:p1:S3",
        rule: "sprints-completed",
        projectId: "p1",
        projectName: "App",
        ref: "S3",
        title: "Ran 3 two-week sprints for App, delivering 61 of 70 committed points (87%), velocity 20 → 23",
        situation:
          "App delivered in two-week sprints: Sprint 1 (2027-01-04 to 2027-01-17, goal: Sign-in); Sprint 2 (2027-01-18 to 2027-01-31); Sprint 3 (2027-02-01 to 2027-02-14).",
        action:
          "[How you ran planning, reviews and retrospectives.] Planned each sprint's commitment and closed it with what was done, in Keel: Sprint 1 20 of 24 points, Sprint 2 18 of 21 points, Sprint 3 23 of 25 points.",
        result:
          "61 of 70 committed points delivered over 3 sprints (87%); velocity went from 20 points in Sprint 1 to 23 in Sprint 3.",
        metrics: [
          { name: "sprints closed", value: 3 },
          { name: "points delivered", value: 61, unit: "points" },
          { name: "points committed", value: 70, unit: "points" },
          { name: "share of the commitment delivered", value: 87, unit: "%" },
          { name: "velocity of the first sprint", value: 20, unit: "points" },
          { name: "velocity of the last sprint", value: 23, unit: "points" },
        ],
        // Ana and Ben as members, Sprint 3 for every work resource (Cy too, not the cost resource).
        scale: { people: 3, durationWeeks: 6 },
        competencies: ["agile-scrum", "metrics-decisions"],
        date: "2027-02-14",
        link: "/projects/p1/agile/reports",
      },
    ]);
  });

  it("keeps its key while the last closed sprint stays the same, and makes a new one when another closes", () => {
    const key = (sprints: readonly Sprint[]) => sprintsCompleted(activity(sprints), TODAY)[0]?.key;
    expect(key(CLOSED)).toBe("sprints-completed:p1:S3");
    expect(key([RUNNING, ...CLOSED].reverse())).toBe("sprints-completed:p1:S3");
    expect(key([...CLOSED, { ...RUNNING, state: "planned" }])).toBe("sprints-completed:p1:S3");
    const closedS4 = { ...RUNNING, state: "closed" as const, completed: records(15) };
    expect(key([...CLOSED, closedS4])).toBe("sprints-completed:p1:S4");
    // A sprint closed before its last day waits for that day: nothing is dated after today.
    expect(sprintsCompleted(activity([...CLOSED, closedS4]), "2027-02-27" as LocalDate)[0]?.ref).toBe("S3");
  });

  it("proposes nothing under two closed sprints, with nothing committed, or without the sprints", () => {
    expect(sprintsCompleted(activity([CLOSED[0] as Sprint, RUNNING]), TODAY)).toEqual([]);
    expect(sprintsCompleted(activity(CLOSED.slice(0, 2)), TODAY)).toHaveLength(1);
    const uncommitted = CLOSED.map((s) => ({ ...s, committed: undefined }));
    expect(sprintsCompleted(activity(uncommitted), TODAY)).toEqual([]);
    expect(sprintsCompleted(activity(CLOSED, { sprints: undefined }), TODAY)).toEqual([]);
  });

  it("is the work of whoever manages or owns the project, not of a member or viewer", () => {
    for (const role of ["member", "viewer"] as const) {
      expect(sprintsCompleted(activity(CLOSED, { role }), TODAY), role).toEqual([]);
    }
    expect(sprintsCompleted(activity(CLOSED, { role: "owner" }), TODAY)).toHaveLength(1);
  });

  it("names the team's unit, and leaves out the length when the sprints differ", () => {
    const [s] = sprintsCompleted(
      activity([CLOSED[0] as Sprint, { ...(CLOSED[1] as Sprint), finish: "2027-01-24" as LocalDate }], {
        estimateUnit: "hours",
      }),
      TODAY,
    );
    expect(s?.title).toBe(
      "Ran 2 sprints for App, delivering 38 of 45 committed hours (84%), velocity 20 → 18",
    );
    expect(s?.metrics[1]).toEqual({ name: "hours delivered", value: 38, unit: "hours" });
  });
});
