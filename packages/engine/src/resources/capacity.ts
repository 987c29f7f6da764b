import type { Plan } from "@keel/model";
import type { PlanSchedule } from "../result.js";
import { type LoadOptions, resourceLoad } from "./load.js";

/** One person (or team) in one period of a capacity plan. */
export interface CapacityCell {
  readonly start: string;
  /** Working hours after days off, times max units and the focus factor. */
  readonly availableHours: number;
  readonly demandHours: number;
  /** Demand over available; 0 when nothing is available. */
  /** Demand over available; null for demand where nothing is available (over capacity, but by no ratio). */
  readonly utilisation: number | null;
}

export interface CapacityRow {
  readonly id: string;
  readonly name: string;
  readonly group?: string | undefined;
  readonly cells: readonly CapacityCell[];
  readonly availableHours: number;
  readonly demandHours: number;
}

export interface CapacityPlan {
  readonly by: "day" | "week";
  readonly focus: number;
  readonly periods: readonly string[];
  readonly rows: readonly CapacityRow[];
  /** The whole team per period. */
  readonly team: readonly CapacityCell[];
  /** Periods where the team's demand exceeds what it has, and where it uses under half of it. */
  readonly over: readonly string[];
  readonly under: readonly string[];
}

export interface CapacityOptions extends LoadOptions {
  /** Share of working time available for planned work (meetings, support and interruptions take the rest); default 1. */
  readonly focus?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

function cell(start: string, available: number, demand: number): CapacityCell {
  return {
    start,
    availableHours: round(available),
    demandHours: round(demand),
    utilisation: available > 0 ? round(demand / available) : demand > 0 ? null : 0,
  };
}

/**
 * Available hours against planned demand per person and period (a week by default): the capacity
 * plan of a team over a quarter. Availability comes from each person's calendar and days off, their
 * max units and the focus factor.
 */
export function capacityPlan(
  plan: Plan,
  schedule: PlanSchedule,
  options: CapacityOptions = {},
): CapacityPlan {
  const focus = options.focus ?? 1;
  const load = resourceLoad(plan, schedule, { by: "week", ...options });
  const periods = load.resources[0]?.periods.map((p) => p.start) ?? [];
  const rows = load.resources.map(
    (r): CapacityRow => ({
      id: r.id,
      name: r.name,
      ...(r.group === undefined ? {} : { group: r.group }),
      cells: r.periods.map((p) => cell(p.start, p.capacityHours * focus, p.demandHours)),
      availableHours: round(r.capacityHours * focus),
      demandHours: r.demandHours,
    }),
  );
  const team = periods.map((start, i) =>
    cell(
      start,
      rows.reduce((s, r) => s + (r.cells[i]?.availableHours ?? 0), 0),
      rows.reduce((s, r) => s + (r.cells[i]?.demandHours ?? 0), 0),
    ),
  );
  return {
    by: load.by,
    focus,
    periods,
    rows,
    team,
    over: team.filter((c) => c.utilisation === null || c.utilisation > 1).map((c) => c.start),
    under: team.filter((c) => c.utilisation !== null && c.utilisation < 0.5).map((c) => c.start),
  };
}
