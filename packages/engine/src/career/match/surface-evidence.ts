import type { MatchCandidate, MatchPlace } from "./candidate.js";
import type { ItemMatch, QualificationMatch } from "./match-item.js";
import type { KeywordMatch } from "./match-keywords.js";

/** Evidence to show first for this posting, and the posting's terms it covers. */
export interface EvidenceToSurface {
  readonly id: string;
  readonly score: number;
  readonly terms: readonly string[];
}

const SURFACE_LIMIT = 5;

/**
 * Ranks the candidate's evidence by what of the posting it covers: a must-have 3 points, a
 * nice-to-have or a responsibility 2, a keyword 1; ties keep the candidate's order.
 */
export function surfaceEvidence(
  candidate: MatchCandidate,
  qualifications: readonly QualificationMatch[],
  responsibilities: readonly ItemMatch[],
  keywords: readonly KeywordMatch[],
): EvidenceToSurface[] {
  const order = new Map(candidate.evidence.map((e, i) => [e.id, i]));
  const tally = new Map<string, { score: number; terms: Set<string> }>();
  // Points once per item and piece of evidence; the terms are those that piece of evidence names.
  const add = (points: number, terms: readonly { term: string; where: readonly MatchPlace[] }[]) => {
    const byEvidence = new Map<string, string[]>();
    for (const t of terms) {
      for (const p of t.where) {
        if (p.source === "evidence" && p.id !== undefined)
          byEvidence.set(p.id, [...(byEvidence.get(p.id) ?? []), t.term]);
      }
    }
    for (const [id, named] of byEvidence) {
      const t = tally.get(id) ?? { score: 0, terms: new Set<string>() };
      t.score += points;
      for (const term of named) t.terms.add(term);
      tally.set(id, t);
    }
  };
  for (const q of qualifications) if (q.found) add(q.need === "required" ? 3 : 2, q.terms);
  for (const r of responsibilities) if (r.found) add(2, r.terms);
  for (const k of keywords) if (k.found) add(1, [k]);
  return [...tally.entries()]
    .sort(([a, ta], [b, tb]) => tb.score - ta.score || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .slice(0, SURFACE_LIMIT)
    .map(([id, t]) => ({ id, score: t.score, terms: [...t.terms] }));
}
