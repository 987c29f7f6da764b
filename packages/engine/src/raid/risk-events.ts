import type { Plan } from "@keel/model";
import type { RiskEvent } from "../forecast/types.js";
import { riskScales } from "./scales.js";

/**
 * The risk events a schedule forecast draws from the register: open risks with a delay and linked
 * tasks, at their own chance or their probability level's. An opportunity takes its delay off.
 */
export function riskEvents(plan: Plan): RiskEvent[] {
  const scales = riskScales(plan);
  const events: RiskEvent[] = [];
  for (const risk of plan.risks ?? []) {
    if (risk.status !== "open" || risk.delay === undefined || risk.tasks.length === 0) continue;
    const level = scales.probability[risk.probability - 1];
    events.push({
      id: risk.id,
      probability: risk.chance ?? level?.chance ?? 0,
      impact: risk.kind === "opportunity" ? { ...risk.delay, value: -risk.delay.value } : risk.delay,
      tasks: risk.tasks,
    });
  }
  return events;
}
