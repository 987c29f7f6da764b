import type { Evidence, LocalDate } from "@keel/model";
import { COMPETENCIES, type CompetencyId } from "../data/competencies.js";
import { entryPoints, strengthOf } from "./strength-formula.js";

export interface CompetencyStrength {
  readonly id: CompetencyId;
  /** Entries that list the competency, up to today. */
  readonly evidence: number;
  /** 0–1, from recency-weighted entries (see strength-formula.ts). */
  readonly strength: number;
  readonly points: number;
  /** The latest entry's date. */
  readonly lastUsed?: LocalDate | undefined;
}

/**
 * How strongly the evidence shows each competency of the model, in the model's order. Ids the model
 * does not know are left out (`unknownCompetencies` names them).
 */
export function competencyStrength(evidence: readonly Evidence[], today: LocalDate): CompetencyStrength[] {
  const counted = evidence.filter((e) => e.date <= today);
  return COMPETENCIES.map((c) => {
    const entries = counted.filter((e) => e.competencies.includes(c.id));
    const points = entries.reduce((sum, e) => sum + entryPoints(e, today), 0);
    const lastUsed = entries.reduce<LocalDate | undefined>(
      (last, e) => (last === undefined || e.date > last ? e.date : last),
      undefined,
    );
    return {
      id: c.id,
      evidence: entries.length,
      strength: strengthOf(points),
      points: Math.round(points * 1000) / 1000,
      lastUsed,
    };
  });
}
