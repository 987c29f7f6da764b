import { findTerms } from "../data/words/find-terms.js";
import type { Term } from "../data/words/word-list.js";
import type { MatchPlace } from "./candidate.js";
import type { CandidateIndex } from "./candidate-index.js";
import { isRoleTitle } from "./vocabulary.js";

export interface KeywordMatch {
  readonly term: string;
  /** How often the posting uses it. */
  readonly count: number;
  readonly found: boolean;
  readonly where: readonly MatchPlace[];
}

/** The posting's terms, most used first, each found or missing in the candidate's records; titles are left to the title. */
export function matchKeywords(
  texts: readonly string[],
  vocabulary: readonly Term[],
  index: CandidateIndex,
): KeywordMatch[] {
  const byName = new Map(vocabulary.map((t) => [t.term, t]));
  return findTerms(texts.join("\n"), vocabulary)
    .filter((h) => !isRoleTitle(h.term))
    .map((h, order) => {
      const where = index.places(byName.get(h.term) ?? { term: h.term });
      return { keyword: { term: h.term, count: h.count, found: where.length > 0, where }, order };
    })
    .sort((a, b) => b.keyword.count - a.keyword.count || a.order - b.order)
    .map((k) => k.keyword);
}
