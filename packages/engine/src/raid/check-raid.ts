import type { Plan } from "@keel/model";
import type { Problem } from "../problem.js";
import { riskScales, scoreOutsideScales } from "./scales.js";

/** Scores that do not fit the plan's risk scales (say, after the scales were shortened). */
export function raidProblems(plan: Plan): Problem[] {
  const scales = riskScales(plan);
  const problems: Problem[] = [];
  for (const risk of plan.risks ?? []) {
    for (const [score, when] of [
      [risk, ""],
      [risk.residual, "residual "],
    ] as const) {
      if (score === undefined) continue;
      const wrong = scoreOutsideScales(score, scales);
      if (wrong !== undefined) {
        problems.push({
          code: "out-of-range",
          severity: "error",
          message: `risk "${risk.id}": ${when}${wrong}`,
        });
      }
    }
  }
  return problems;
}
