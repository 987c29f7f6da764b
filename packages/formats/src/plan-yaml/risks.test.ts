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
  - { id: vendor, name: Vendor ships the SDK late, probability: 100%, impact: 3d, tasks: [build] }
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

describe("risks in the plan file", () => {
  const { plan } = parsePlanYaml(PLAN, "risky.yaml");

  it("reads them, and a forecast draws them: a certain risk shifts every percentile by its impact", () => {
    expect(plan.risks).toEqual([
      {
        id: "vendor",
        name: "Vendor ships the SDK late",
        probability: 1,
        impact: { value: 3, unit: "d", elapsed: false },
        tasks: ["build"],
      },
    ]);
    const result = runForecast(plan, { iterations: 100 });
    // 5 working days plus 3: Wednesday of the second week.
    expect(result.finish.p10).toBe("2027-01-13T17:00:00");
    expect(result.finish.p95).toBe("2027-01-13T17:00:00");
    expect(result.risks).toEqual([{ id: "vendor", probability: 1, occurred: 1, sensitivity: 0 }]);
  });

  it("writes them back", () => {
    expect(parsePlanYaml(toPlanYaml(plan), "again.yaml").plan).toEqual(plan);
  });

  it("names bad probabilities, unknown and summary tasks, and repeated ids at their lines", () => {
    expect(
      errors(`project: { name: Risky, start: 2027-01-04 }
tasks:
  - { id: phase, tasks: [{ id: build, duration: 5d }] }
risks:
  - { id: a, probability: 1.5, impact: 3d, tasks: [biuld] }
  - { id: a, probability: 20%, impact: 3d, tasks: [phase] }
`),
    ).toEqual([
      '5:27 `probability` of risk `a`: expected a probability from 0 to 1 (or 0% to 100%), got "1.5"',
      "5:52 risk `a` names unknown task `biuld`; did you mean `build`?",
      "6:11 duplicate risk id `a`; first defined at line 5",
      "6:52 risk `a` names summary task `phase`; name the tasks inside it",
    ]);
  });
});
