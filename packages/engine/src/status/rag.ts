import {
  type AreaRag,
  RAG_RULES,
  type Rag,
  type RagReason,
  STATUS_AREAS,
  type StatusArea,
  type StatusThresholds,
} from "./rag-rules.js";
import type { StatusFacts } from "./status-facts.js";
import {
  costChange,
  formatDay,
  formatMoney,
  formatMoneyChange,
  formatWorkingDays,
  plural,
} from "./wording.js";

export interface AreaStatus {
  readonly rag: AreaRag;
  /** The rules that fired, worst first. */
  readonly reasons: readonly RagReason[];
  /** What was measured (or could not be), for a GREEN or GREY area as much as for the others. */
  readonly notes: readonly string[];
}

export interface RagAssessment {
  readonly overall: { readonly rag: Rag; readonly reasons: readonly RagReason[] };
  readonly areas: Readonly<Record<StatusArea, AreaStatus>>;
}

const RANK: Record<AreaRag, number> = { GREY: 0, GREEN: 1, AMBER: 2, RED: 3 };

/** Runs every RAG rule: an area takes its worst fired rule, the project its worst area. */
export function assessRag(facts: StatusFacts, thresholds: StatusThresholds): RagAssessment {
  const fired: RagReason[] = [];
  for (const rule of RAG_RULES) {
    const text = rule.test(facts, thresholds);
    if (text !== undefined) fired.push({ rule: rule.id, area: rule.area, rag: rule.rag, text });
  }
  const areas = {} as Record<StatusArea, AreaStatus>;
  for (const area of STATUS_AREAS) {
    const reasons = fired.filter((r) => r.area === area).sort((a, b) => RANK[b.rag] - RANK[a.rag]);
    const worst = reasons[0]?.rag ?? (rated(area, facts) ? "GREEN" : "GREY");
    areas[area] = { rag: worst, reasons, notes: notes(area, facts) };
  }
  const overall = STATUS_AREAS.map((a) => areas[a].rag).reduce<AreaRag>(
    (worst, rag) => (RANK[rag] > RANK[worst] ? rag : worst),
    "GREEN",
  ) as Rag;
  return { overall: { rag: overall, reasons: fired.filter((r) => r.rag === overall) }, areas };
}

/** Whether the facts can rate an area at all: cost needs earned value in money, scope a baseline. */
function rated(area: StatusArea, f: StatusFacts): boolean {
  if (area === "cost") return f.evm?.basis === "cost" && f.evm.BAC > 0;
  if (area === "scope") return f.baseline !== null;
  return true;
}

function notes(area: StatusArea, f: StatusFacts): string[] {
  const y = f.asOf.slice(0, 4);
  switch (area) {
    case "schedule": {
      const out: string[] = [];
      if (f.finishVarianceDays === null || f.baselineFinish === null) {
        out.push(`Forecast finish ${formatDay(f.finish, y)}. No baseline, so slips are not measured.`);
      } else if (f.finishVarianceDays === 0) {
        out.push(`Forecast finish ${formatDay(f.finish, y)}, as in the baseline.`);
      } else {
        const when = f.finishVarianceDays > 0 ? "later" : "earlier";
        out.push(
          `Forecast finish ${formatDay(f.finish, y)}, ${formatWorkingDays(f.finishVarianceDays)} ${when} than the baseline (${formatDay(f.baselineFinish, y)}).`,
        );
      }
      if (f.percentComplete !== null) {
        out.push(
          f.plannedPercentComplete === null
            ? `${Math.round(f.percentComplete)} % of the work is done.`
            : `${Math.round(f.percentComplete)} % of the work is done; ${Math.round(f.plannedPercentComplete)} % was planned by now.`,
        );
      }
      return out;
    }
    case "cost": {
      const evm = f.evm;
      if (evm === null) {
        return [
          f.evmProblem === null
            ? "No baseline to measure cost against."
            : `Earned value cannot be measured: ${f.evmProblem}.`,
        ];
      }
      if (evm.basis === "hours" || evm.BAC <= 0) {
        return [
          `The baseline has no costs (give resources a rate per hour). Work done: ${formatMoney(evm.EV)} of ${formatMoney(evm.BAC)} planned hours.`,
        ];
      }
      const out = [
        `Budget ${formatMoney(evm.BAC)}; work done so far is worth ${formatMoney(evm.EV)} and cost ${formatMoney(evm.AC)}.`,
      ];
      if (evm.EAC !== null) {
        out.push(
          `Forecast cost at completion ${formatMoney(evm.EAC)} (${formatMoneyChange(evm.EAC - evm.BAC)} against the budget).`,
        );
      }
      return out;
    }
    case "scope": {
      const out: string[] = [];
      if (f.baseline === null) out.push("No baseline, so added or removed work is not measured.");
      for (const c of f.approvedChanges) {
        out.push(
          `Approved this period: ${c.name} (finish ${c.finishDays === 0 ? "unchanged" : `${c.finishDays > 0 ? "+" : "-"}${formatWorkingDays(c.finishDays)}`}, ${costChange(c.costDelta)}).`,
        );
      }
      if (f.pendingChanges.length > 0) {
        out.push(
          `${plural(f.pendingChanges.length, "change request waits", "change requests wait")} for a decision.`,
        );
      }
      return out;
    }
    case "risks": {
      const high = f.risks.filter((r) => r.band === "high").length;
      return [
        `${plural(f.risks.length, "open risk")} (${high} high), ${plural(f.issues.length, "open issue")}.`,
      ];
    }
  }
}
