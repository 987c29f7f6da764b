import { runForecast } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { FormatError } from "../diagnostic.js";
import { parsePlanYaml } from "./parse.js";
import { toPlanYaml } from "./serialize.js";

const PLAN = `project: { name: Risky, start: 2027-01-04 }
tasks:
  - { id: build, duration: 5d }
  - { id: ship, milestone: true, after: [build] }
risks:
  - { id: vendor, name: Vendor ships the SDK late, probability: 3, impact: 4, chance: 100%, delay: 3d, tasks: [build] }
`;

const REGISTER = `project:
  name: Register
  start: 2027-01-04
  riskScales:
    probability: [{ label: Low, chance: 20% }, { label: Medium, chance: 0.5 }, { label: High, chance: 0.8 }]
    impact: [{ label: Minor }, { label: Serious }, { label: Critical }, { label: Fatal }]
tasks:
  - { id: build, duration: 5d }
risks:
  - id: sdk
    name: Payments SDK late
    kind: threat
    description: The vendor's SDK is still in beta.
    cause: The vendor is short of staff.
    event: The SDK ships after we need it.
    effect: Integration slips.
    category: Vendor
    owner: ana
    probability: 3
    impact: 4
    chance: 0.35
    delay: 1ew
    cost: 12000
    tasks: [build]
    trigger: No release candidate by March
    strategy: mitigate
    actions:
      - { action: Build against the sandbox, owner: ben, due: 2027-02-01, done: true }
      - { action: Ask for a weekly drop }
    residual: { probability: 1, impact: 2 }
    status: open
    review: 2027-02-15
  - { id: reuse, kind: opportunity, probability: 2, impact: 1, strategy: exploit, status: closed }
`;

function errors(text: string): string[] {
  try {
    parsePlanYaml(text, "risky.yaml");
  } catch (error) {
    if (error instanceof FormatError)
      return error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    throw error;
  }
  throw new Error("expected the plan to be rejected");
}

const head = "project: { name: Risky, start: 2027-01-04 }\ntasks: [{ id: build, duration: 5d }]\n";

describe("risks in the plan file", () => {
  const { plan } = parsePlanYaml(PLAN, "risky.yaml");

  it("fills in the defaults: the id as name, a threat, open", () => {
    expect(plan.risks).toStrictEqual([
      {
        id: "vendor",
        name: "Vendor ships the SDK late",
        kind: "threat",
        probability: 3,
        impact: 4,
        chance: 1,
        delay: { value: 3, unit: "d", elapsed: false },
        tasks: ["build"],
        status: "open",
      },
    ]);
    const { plan: bare } = parsePlanYaml(
      `${head}risks: [{ id: late, probability: 1, impact: 1 }]\n`,
      "r.yaml",
    );
    expect(bare.risks).toStrictEqual([
      { id: "late", name: "late", kind: "threat", probability: 1, impact: 1, tasks: [], status: "open" },
    ]);
    expect(bare.project.riskScales).toBeUndefined();
  });

  it("is drawn by a forecast: a certain risk shifts every percentile by its delay", () => {
    const result = runForecast(plan, { iterations: 100 });
    // 5 working days plus 3: Wednesday of the second week.
    expect(result.finish.p10).toBe("2027-01-13T17:00:00");
    expect(result.finish.p95).toBe("2027-01-13T17:00:00");
  });

  it("reads every key of a register entry and the project's risk scales", () => {
    const { plan: register } = parsePlanYaml(REGISTER, "register.yaml");
    expect(register.project.riskScales).toStrictEqual({
      probability: [
        { label: "Low", chance: 0.2 },
        { label: "Medium", chance: 0.5 },
        { label: "High", chance: 0.8 },
      ],
      impact: [{ label: "Minor" }, { label: "Serious" }, { label: "Critical" }, { label: "Fatal" }],
    });
    expect(register.risks?.[0]).toStrictEqual({
      id: "sdk",
      name: "Payments SDK late",
      kind: "threat",
      description: "The vendor's SDK is still in beta.",
      cause: "The vendor is short of staff.",
      event: "The SDK ships after we need it.",
      effect: "Integration slips.",
      category: "Vendor",
      owner: "ana",
      probability: 3,
      impact: 4,
      chance: 0.35,
      delay: { value: 1, unit: "w", elapsed: true },
      cost: 12000,
      tasks: ["build"],
      trigger: "No release candidate by March",
      strategy: "mitigate",
      actions: [
        { action: "Build against the sandbox", owner: "ben", due: "2027-02-01", done: true },
        { action: "Ask for a weekly drop" },
      ],
      residual: { probability: 1, impact: 2 },
      status: "open",
      review: "2027-02-15",
    });
    expect(register.risks?.[1]).toMatchObject({ kind: "opportunity", strategy: "exploit", status: "closed" });
  });

  it("fills a scale the file leaves out from the default 1–5 scale", () => {
    const { plan: partial } = parsePlanYaml(
      `project:\n  name: P\n  start: 2027-01-04\n  riskScales: { impact: [{ label: Low }, { label: High }] }\ntasks: []\n`,
      "p.yaml",
    );
    expect(partial.project.riskScales?.probability).toHaveLength(5);
    expect(partial.project.riskScales?.impact).toEqual([{ label: "Low" }, { label: "High" }]);
  });

  it("writes them back: parse(serialize(plan)) gives the plan, with the defaults left out", () => {
    for (const text of [PLAN, REGISTER]) {
      const { plan: read } = parsePlanYaml(text, "in.yaml");
      expect(parsePlanYaml(toPlanYaml(read), "again.yaml").plan).toStrictEqual(read);
    }
    const written = toPlanYaml(parsePlanYaml(REGISTER, "register.yaml").plan);
    expect(written).toContain("    residual: {probability: 1, impact: 2}\n");
    expect(written).toContain(
      "      - {action: Build against the sandbox, owner: ben, due: 2027-02-01, done: true}\n",
    );
    expect(written).toContain("    delay: 1ew\n");
    expect(written).toContain("      - {label: Medium, chance: 0.5}\n");
    expect(written).toContain("  - id: reuse\n    kind: opportunity\n    probability: 2\n");
    expect(written).not.toContain("status: open");
    expect(written).not.toContain("kind: threat");
  });

  it("points the old format's chance and duration to `chance` and `delay`", () => {
    expect(
      errors(`${head}risks:
  - { id: a, probability: 30%, impact: 5d, tasks: [build] }
  - { id: b, probability: 0.3, impact: 2, residual: { probability: 10%, impact: 1 } }
`),
    ).toEqual([
      "4:27 risk `a`: probability is a level on the probability scale (1 to 5); write a chance as `chance: 30%`",
      "4:40 risk `a`: impact is a level on the impact scale (1 to 5); write the schedule impact as `delay: 5d`",
      "5:27 risk `b`: probability is a level on the probability scale (1 to 5); write a chance as `chance: 0.3`",
      '5:68 risk `b`: residual probability "10%" is not a level; expected a whole number from 1 to 5',
    ]);
  });

  it("names levels outside the plan's scales, whether the default or the project's own", () => {
    expect(
      errors(`${head}risks:
  - { id: a, probability: 7, impact: 0 }
  - { id: b, probability: 2, impact: 2.5, residual: { probability: 1, impact: 6 } }
  - { id: c, probability: high, impact: 1 }
  - { id: d, impact: 1 }
`),
    ).toEqual([
      "4:27 risk `a`: probability 7 is outside the probability scale; expected a level from 1 to 5",
      "4:38 risk `a`: impact 0 is outside the impact scale; expected a level from 1 to 5",
      "5:38 risk `b`: impact 2.5 is not a level; expected a whole number from 1 to 5",
      "5:79 risk `b`: residual impact 6 is outside the impact scale; expected a level from 1 to 5",
      '6:27 risk `c`: probability "high" is not a level; expected a whole number from 1 to 5',
      "7:5 missing required key `probability` in risk `d`",
    ]);
    expect(
      errors(`project:
  name: Risky
  start: 2027-01-04
  riskScales: { probability: [{ label: Low, chance: 0.2 }, { label: High, chance: 0.8 }] }
tasks: [{ id: build, duration: 5d }]
risks:
  - { id: a, probability: 3, impact: 5 }
`),
    ).toEqual([
      "7:27 risk `a`: probability 3 is outside the probability scale; expected a level from 1 to 2",
    ]);
  });

  it("names unknown and summary tasks, repeated ids and bad values at their lines", () => {
    expect(
      errors(`project: { name: Risky, start: 2027-01-04 }
tasks:
  - { id: phase, tasks: [{ id: build, duration: 5d }] }
risks:
  - { id: a, probability: 1, impact: 3, tasks: [biuld], chance: 1.5 }
  - { id: a, probability: 2, impact: 3, tasks: [phase], kind: threats, delay: -2d }
  - { id: b, probability: 2, impact: 3, strategy: avoid, actions: [{ action: Call, owenr: ben }] }
`),
    ).toEqual([
      "5:49 risk `a` names unknown task `biuld`; did you mean `build`?",
      '5:65 `chance` of risk `a`: expected a chance from 0 to 1 (or 0% to 100%), got "1.5"',
      "6:11 duplicate risk id `a`; first defined at line 5",
      "6:49 risk `a` names summary task `phase`; name the tasks inside it",
      '6:63 `kind` of risk `a`: expected one of threat, opportunity, got "threats"; did you mean `threat`?',
      '6:79 `delay` of risk `a`: "-2d" is negative; a duration must be 0 or more',
      "7:84 unknown key `owenr` in `actions[0]` of risk `b`; did you mean `owner`?",
    ]);
  });

  it("names bad risk scales", () => {
    expect(
      errors(`project:
  name: Risky
  start: 2027-01-04
  riskScales:
    probability: [{ label: Only, chance: 2 }]
    impact: [{ label: Low }, { labl: High }]
tasks: []
`),
    ).toEqual([
      "5:18 `project.riskScales.probability`: expected 2 to 10 probability levels, got 1",
      '5:42 `project.riskScales.probability[0].chance`: expected a chance from 0 to 1 (or 0% to 100%), got "2"',
      "6:30 missing required key `label` in `project.riskScales.impact[1]`",
      "6:32 unknown key `labl` in `project.riskScales.impact[1]`; did you mean `label`?",
    ]);
  });
});
