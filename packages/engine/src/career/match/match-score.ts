import type { Need } from "./need.js";

export type MatchPartId = "qualifications" | "responsibilities" | "title" | "certifications" | "keywords";

/** One part of the score: its weight in this match (weights sum to 100), its own 0-100 score and counts. */
export interface MatchPart {
  readonly part: MatchPartId;
  readonly weight: number;
  readonly score: number;
  /** Items found and in all; a must-have counts 2, a nice-to-have 1. */
  readonly found: number;
  readonly total: number;
}

/**
 * Base weights. Qualifications weigh most, then responsibilities; keywords stay a minority and
 * measurable results are not counted here (they belong to the bullet score), following
 * career-facts.md § How match tools score.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchPartId, number>> = {
  qualifications: 40,
  responsibilities: 25,
  title: 10,
  certifications: 10,
  keywords: 15,
};
/** Keywords' largest share of the score, whatever parts a posting lacks. */
const KEYWORD_SHARE = 0.2;
/** Found and total, with a must-have counted twice; items without a need count once. */
export function tally(items: readonly { readonly found: boolean; readonly need?: Need | undefined }[]): {
  found: number;
  total: number;
} {
  const w = (i: { need?: Need | undefined }) => (i.need === "required" ? 2 : 1);
  return {
    found: items.filter((i) => i.found).reduce((s, i) => s + w(i), 0),
    total: items.reduce((s, i) => s + w(i), 0),
  };
}

const share = (found: number, total: number) => (total === 0 ? 0 : (100 * found) / total);

/**
 * The score over the parts a posting has (a posting without certifications is not marked down for
 * them): weights rescaled to 100, keywords capped at a fifth.
 */
export function scoreMatch(counts: Readonly<Record<MatchPartId, { found: number; total: number }>>): {
  score: number;
  parts: MatchPart[];
} {
  const present = (Object.keys(counts) as MatchPartId[]).filter((p) => counts[p].total > 0);
  const others = present.filter((p) => p !== "keywords").reduce((s, p) => s + MATCH_WEIGHTS[p], 0);
  const raw = present.map((p) =>
    p === "keywords"
      ? Math.min(MATCH_WEIGHTS.keywords, (others * KEYWORD_SHARE) / (1 - KEYWORD_SHARE))
      : MATCH_WEIGHTS[p],
  );
  const sum = raw.reduce((s, w) => s + w, 0);
  const weights = raw.map((w) => (sum === 0 ? 0 : (100 * w) / sum));
  const parts = present.map((part, i) => ({
    part,
    weight: Math.round((weights[i] ?? 0) * 10) / 10,
    score: Math.round(share(counts[part].found, counts[part].total)),
    found: counts[part].found,
    total: counts[part].total,
  }));
  const score = present.reduce(
    (s, p, i) => s + ((weights[i] ?? 0) * share(counts[p].found, counts[p].total)) / 100,
    0,
  );
  return { score: Math.round(score), parts };
}
