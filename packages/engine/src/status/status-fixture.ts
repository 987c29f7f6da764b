import type { Plan, Task } from "@keel/model";
import { testPlan } from "../test-plan.js";

/**
 * A small project for the status tests, as of Wed 20 Jan 2027 (2027-01-04 is a Monday, 18 Jan a
 * holiday): design is done, its sign-off milestone is not, docs finished this week, build is 30 %
 * done where the plan had 70 %, a vendor report is promised late, a high risk is past its review
 * date, an issue is escalated to the sponsor, one change request was approved this week and one
 * waits for a decision.
 */
export function statusPlan(): Plan {
  const base = testPlan([
    { id: "design", dur: "5d" },
    { id: "signoff", milestone: true, after: ["design"] },
    { id: "build", dur: "10d", after: ["design"] },
    { id: "docs", dur: "2d", after: ["design"] },
    { id: "beta", milestone: true, after: ["build", "docs"] },
    { id: "pentest", dur: "3d", after: ["beta"] },
    { id: "launch", milestone: true, after: ["pentest"], deadline: "2027-02-26" },
  ]);
  const progress: Record<string, Partial<Task>> = {
    design: { percentComplete: 100, actualStart: "2027-01-04", actualFinish: "2027-01-08" },
    docs: { percentComplete: 100, actualStart: "2027-01-13", actualFinish: "2027-01-14" },
    build: { percentComplete: 30, actualStart: "2027-01-11" },
  };
  const names: Record<string, string> = {
    design: "API design",
    signoff: "Design sign-off",
    build: "Build the service",
    docs: "Developer docs",
    beta: "Beta ready",
    pentest: "Penetration test",
    launch: "Launch",
  };
  return {
    ...base,
    project: { ...base.project, name: "Payments API", statusDate: "2027-01-20" },
    tasks: base.tasks.map((t) => ({ ...t, name: names[t.id] ?? t.id, ...progress[t.id] })),
    resources: [
      { id: "ana", name: "Ana Ruiz", type: "work", maxUnits: 1, costPerHour: 100 },
      { id: "ben", name: "Ben Okafor", type: "work", maxUnits: 1, costPerHour: 80 },
    ],
    assignments: [
      { task: "design", resource: "ana", units: 1 },
      { task: "build", resource: "ana", units: 1 },
      { task: "docs", resource: "ben", units: 1 },
      { task: "pentest", resource: "ben", units: 1 },
    ],
    risks: [
      {
        id: "sdk",
        name: "Card network changes its API before launch",
        kind: "threat",
        owner: "Dana Lee",
        probability: 4,
        impact: 4,
        tasks: ["build"],
        strategy: "mitigate",
        actions: [{ action: "Build against the sandbox", owner: "Ana Ruiz", due: "2027-01-22" as never }],
        status: "open",
        review: "2027-01-15" as never,
      },
      {
        id: "staff",
        name: "Ben is pulled onto another project",
        kind: "threat",
        owner: "Dana Lee",
        probability: 2,
        impact: 3,
        tasks: [],
        status: "open",
        review: "2027-02-15" as never,
      },
    ],
    issues: [
      {
        id: "env",
        name: "No staging environment for card tests",
        description: "Infrastructure has no capacity until March",
        severity: "high",
        owner: "Dana Lee",
        due: "2027-01-22" as never,
        escalation: "sponsor",
        status: "open",
        tasks: ["build"],
        raised: "2027-01-12" as never,
      },
    ],
    dependencies: [
      {
        id: "report",
        name: "Pentest vendor slot",
        provider: "SecureCo",
        owner: "Ben Okafor",
        needed: "2027-01-26" as never,
        expected: "2027-01-29" as never,
        status: "waiting",
        tasks: ["pentest"],
      },
    ],
    changes: [
      {
        id: "CR-1",
        name: "Refunds in the first release",
        requester: "Sales",
        reason: "Two launch customers need refunds",
        status: "approved",
        edits: [],
        decision: {
          status: "approved",
          by: "Maria Chen",
          at: "2027-01-15T10:00:00Z",
          why: "Needed for the launch customers",
          impact: {
            finishBefore: "2027-02-01T17:00:00",
            finishAfter: "2027-02-03T17:00:00",
            finishDays: 2,
            costBefore: 10_000,
            costAfter: 11_200,
          },
        },
      },
      {
        id: "CR-2",
        name: "Single sign-on",
        requester: "IT security",
        reason: "Required by the security policy",
        status: "submitted",
        edits: [
          {
            op: "addTask",
            task: {
              id: "sso",
              name: "Single sign-on",
              parent: null,
              milestone: false,
              duration: { value: 5, unit: "d", elapsed: false },
              constraint: { type: "ASAP" },
            },
          },
          {
            op: "addLink",
            link: { from: "build", to: "sso", type: "FS", lag: { value: 0, unit: "d", elapsed: false } },
          },
          {
            op: "addLink",
            link: { from: "sso", to: "beta", type: "FS", lag: { value: 0, unit: "d", elapsed: false } },
          },
        ],
      },
    ],
  };
}
