import type { Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { FormatError } from "../diagnostic.js";
import { parsePlanYaml } from "./parse.js";
import { toPlanYaml } from "./serialize.js";
import { RAID_PLAN } from "./test-plans.js";

const HEAD = `project: { name: Checkout, start: 2027-03-01 }
tasks:
  - id: payments
    tasks: [{ id: integrate, duration: 8d }]
`;

function errors(text: string): string[] {
  try {
    parsePlanYaml(text, "raid.yaml");
  } catch (error) {
    if (error instanceof FormatError)
      return error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    throw error;
  }
  throw new Error("expected the plan to be rejected");
}

const days = (value: number) => ({ value, unit: "d", elapsed: false }) as const;

describe("the RAID log and change requests in the plan file", () => {
  const { plan } = parsePlanYaml(RAID_PLAN, "raid.yaml");

  it("reads assumptions, filling in the name and status", () => {
    expect(plan.assumptions).toStrictEqual([
      {
        id: "sandbox",
        name: "The vendor's sandbox matches production",
        description: "Same API version and limits.",
        owner: "ana",
        validateBy: "2027-03-10",
        status: "valid",
        tasks: ["integrate"],
      },
      { id: "traffic", name: "traffic", status: "unvalidated" },
    ]);
  });

  it("reads issues, filling in the name, severity, escalation and status", () => {
    expect(plan.issues).toStrictEqual([
      {
        id: "flaky-ci",
        name: "CI fails one run in five",
        description: "Timeouts in the browser tests.",
        severity: "high",
        owner: "ana",
        due: "2027-03-05",
        escalation: "project",
        status: "resolved",
        resolution: "Retries and a faster runner.",
        tasks: ["integrate", "certify"],
        raised: "2027-03-01",
      },
      { id: "laptops", name: "laptops", severity: "medium", escalation: "team", status: "open" },
    ]);
  });

  it("reads dependencies, filling in the name, status and tasks; a summary task may wait for one", () => {
    expect(plan.dependencies).toStrictEqual([
      {
        id: "api",
        name: "Payments API v2",
        provider: "Platform team",
        owner: "ana",
        needed: "2027-03-08",
        expected: "2027-03-12",
        delivered: "2027-03-11",
        status: "delivered",
        tasks: ["payments"],
      },
      { id: "keys", name: "keys", provider: "Vendor", needed: "2027-03-02", status: "waiting", tasks: [] },
    ]);
  });

  it("reads change requests: edits in the model's shape from the file's notation, and the decision", () => {
    const [wallets, later] = plan.changes ?? [];
    expect(later).toStrictEqual({
      id: "later",
      name: "later",
      requester: "Ops",
      reason: "Nice to have",
      status: "draft",
      edits: [],
    });
    expect(wallets?.edits).toStrictEqual([
      {
        op: "addTask",
        task: {
          id: "wallet",
          name: "wallet",
          parent: "payments",
          milestone: false,
          duration: days(5),
          estimate: { optimistic: days(3), mostLikely: days(5), pessimistic: days(9) },
          constraint: { type: "ASAP" },
        },
      },
      {
        op: "addTask",
        task: {
          id: "wallet-review",
          name: "Wallet review",
          parent: null,
          milestone: false,
          duration: days(2),
          work: days(2),
          constraint: { type: "SNET", date: "2027-03-15" },
        },
      },
      {
        op: "updateTask",
        id: "certify",
        set: { duration: days(3), deadline: null, priority: 800, constraint: { type: "ASAP" } },
      },
      { op: "addLink", link: { from: "wallet", to: "certify", type: "SS", lag: days(1) } },
      { op: "addLink", link: { from: "wallet-review", to: "launch", type: "FS", lag: days(0) } },
      { op: "assign", assignment: { task: "wallet", resource: "ana", units: 0.5 } },
      { op: "unassign", task: "integrate", resource: "ana" },
      { op: "removeLink", from: "integrate", to: "certify" },
      { op: "removeTask", id: "launch" },
    ]);
    expect(wallets?.decision).toStrictEqual({
      status: "approved",
      by: "Dana",
      at: "2027-03-03T10:00:00Z",
      why: "Worth two weeks.",
      impact: {
        finishBefore: "2027-03-12",
        finishAfter: "2027-03-19",
        finishDays: 5,
        costBefore: 1000,
        costAfter: 1800,
      },
      rebaselined: true,
    });
  });

  it("takes edits in the model's own JSON shape too", () => {
    const { plan: json } = parsePlanYaml(
      `${HEAD}changes:
  - id: c
    requester: Ops
    reason: Faster
    edits:
      - op: addTask
        task: { id: t, name: T, parent: null, milestone: false, duration: { value: 2, unit: h, elapsed: false }, constraint: { type: ALAP } }
      - op: addLink
        link: { from: integrate, to: t, type: FF, lag: { percent: 50 } }
`,
      "json.yaml",
    );
    expect(json.changes?.[0]?.edits).toStrictEqual([
      {
        op: "addTask",
        task: {
          id: "t",
          name: "T",
          parent: null,
          milestone: false,
          duration: { value: 2, unit: "h", elapsed: false },
          constraint: { type: "ALAP" },
        },
      },
      { op: "addLink", link: { from: "integrate", to: "t", type: "FF", lag: { percent: 50 } } },
    ]);
  });

  it("writes them back: parse(serialize(plan)) gives the plan, in the file's notation", () => {
    const written = toPlanYaml(plan);
    expect(parsePlanYaml(written, "again.yaml").plan).toStrictEqual(plan);
    expect(written).toContain("  - id: traffic\nissues:\n");
    expect(written).toContain("  - id: keys\n    provider: Vendor\n    needed: 2027-03-02\nchanges:\n");
    expect(written).toContain(
      "      - {op: addTask, task: {id: wallet, parent: payments, duration: 5d, estimate: 3d/5d/9d}}\n",
    );
    expect(written).toContain(
      "      - {op: updateTask, id: certify, set: {duration: 3d, constraint: ASAP, priority: 800, deadline: null}}\n",
    );
    expect(written).toContain("      - {op: addLink, link: {from: wallet-review, to: launch}}\n");
    expect(written).toContain("  - id: later\n    requester: Ops\n    reason: Nice to have\n");
  });

  it("round-trips plan edits that differ from the file's defaults", () => {
    const zero = { value: 0, unit: "h", elapsed: false } as const;
    const edited: Plan = {
      ...plan,
      changes: [
        {
          id: "c",
          name: "c",
          requester: "Ops",
          reason: "Test",
          status: "submitted",
          edits: [
            {
              op: "addTask",
              task: {
                id: "m",
                name: "m",
                parent: null,
                milestone: false,
                duration: days(0),
                constraint: { type: "ASAP" },
              },
            },
            {
              op: "addTask",
              task: {
                id: "n",
                name: "n",
                parent: null,
                milestone: true,
                duration: zero,
                constraint: { type: "ASAP" },
              },
            },
            {
              op: "addTask",
              task: {
                id: "w",
                name: "w",
                parent: null,
                milestone: false,
                duration: days(1),
                work: days(2),
                constraint: { type: "ASAP" },
              },
            },
            { op: "addLink", link: { from: "m", to: "n", type: "FS", lag: zero } },
            { op: "assign", assignment: { task: "m", resource: "ana", units: 1 / 3 } },
          ],
        },
      ],
    };
    expect(parsePlanYaml(toPlanYaml(edited), "edited.yaml").plan).toStrictEqual(edited);
  });

  it("names repeated ids and unknown tasks in each list at their lines, but not stale edits", () => {
    expect(
      errors(`${HEAD}assumptions:
  - { id: a, tasks: [integrat] }
  - { id: a }
issues:
  - { id: i, tasks: [payments, nope] }
  - { id: i }
dependencies:
  - { id: d, provider: P, needed: 2027-03-01, tasks: [payments, integrat] }
  - { id: d, provider: P, needed: 2027-03-01 }
changes:
  - { id: c, requester: R, reason: W, edits: [{ op: removeTask, id: gone }] }
  - { id: c, requester: R, reason: W }
`),
    ).toEqual([
      "6:22 assumption `a` names unknown task `integrat`; did you mean `integrate`?",
      "7:11 duplicate assumption id `a`; first defined at line 6",
      "9:32 issue `i` names unknown task `nope`",
      "10:11 duplicate issue id `i`; first defined at line 9",
      "12:65 dependency `d` names unknown task `integrat`; did you mean `integrate`?",
      "13:11 duplicate dependency id `d`; first defined at line 12",
      "16:11 duplicate change request id `c`; first defined at line 15",
    ]);
  });

  it("names missing keys, bad values and unknown keys with the entry they belong to", () => {
    expect(
      errors(`${HEAD}issues:
  - { id: i, severity: urgent, escalaton: team }
dependencies:
  - { id: d, needed: 2027-02-30 }
changes:
  - id: c
    requester: R
    reason: W
    status: aproved
    edits:
      - { op: deleteTask, id: integrate }
      - { op: updateTask, id: integrate, set: { duration: 5x, dedline: 2027-04-01 } }
      - { op: addLink, link: { from: a, to: b, lag: soon } }
    decision: { status: approved, by: Dana, at: yesterday, why: "", impact: { finishBefore: x, finishDays: 1, costBefore: 1, costAfter: 1 } }
`),
    ).toEqual([
      '6:24 `severity` of issue `i`: expected one of low, medium, high, critical, got "urgent"',
      "6:32 unknown key `escalaton` in issue `i`; did you mean `escalation`?",
      "8:5 missing required key `provider` in dependency `d`",
      '8:22 `needed` of dependency `d`: expected a date YYYY-MM-DD between 1900 and 2200, got "2027-02-30"',
      '13:13 `status` of change request `c`: expected one of draft, submitted, approved, rejected, deferred, got "aproved"; did you mean `approved`?',
      '15:15 `edits[0].op` of change request `c`: expected one of addTask, updateTask, removeTask, addLink, removeLink, assign, unassign, got "deleteTask"; did you mean `updateTask`?',
      '16:59 `edits[1].set.duration` of change request `c`: "5x" has an unknown unit "x"; expected a duration such as 30min, 4h, 5d, 2w or elapsed 3ed',
      "16:63 unknown key `dedline` in `edits[1].set` of change request `c`; did you mean `deadline`?",
      '17:53 `edits[2].link.lag` of change request `c`: "soon" is not a duration; expected a duration such as 30min, 4h, 5d, 2w or elapsed 3ed, a lead -1d, or 50%',
      '18:49 `decision.at` of change request `c`: expected a date-time such as 2027-02-01T10:00:00Z, got "yesterday"',
      "18:77 missing required key `finishAfter` in `decision.impact` of change request `c`",
    ]);
  });
});
