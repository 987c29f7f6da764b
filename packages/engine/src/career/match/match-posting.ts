import type { MatchCandidate } from "./candidate.js";
import { CandidateIndex } from "./candidate-index.js";
import { type CertificationAsk, certificationAsks, certificationGroups } from "./certification-asks.js";
import { findCertifications } from "./certification-finder.js";
import { type ItemMatch, matchItem, type QualificationMatch } from "./match-item.js";
import { type KeywordMatch, matchKeywords } from "./match-keywords.js";
import { type MatchPart, scoreMatch, tally } from "./match-score.js";
import { checkPostingText } from "./posting-input-error.js";
import { matchTitle, type TitleMatch } from "./posting-title.js";
import { sortItems } from "./sort-items.js";
import { type EvidenceToSurface, surfaceEvidence } from "./surface-evidence.js";
import { postingVocabulary } from "./vocabulary.js";

export interface PostingMatch {
  readonly title: TitleMatch;
  readonly sections: {
    readonly qualifications: readonly QualificationMatch[];
    readonly responsibilities: readonly ItemMatch[];
    readonly certifications: readonly CertificationAsk[];
    readonly keywords: readonly KeywordMatch[];
  };
  /** 0-100: the weighted parts; keywords are never more than a fifth of it. */
  readonly score: number;
  readonly parts: readonly MatchPart[];
  readonly surface: readonly EvidenceToSurface[];
  readonly notes: readonly string[];
}

/**
 * Matches a pasted job posting against the candidate's records: its title, each qualification
 * (must-haves above nice-to-haves) and responsibility with found / missing / where found, the
 * certifications it names, and its keywords, with a transparent weighted score and the evidence
 * to show first. Throws PostingInputError for an empty or oversized paste.
 */
export function matchPosting(posting: string, candidate: MatchCandidate): PostingMatch {
  checkPostingText(posting);
  const index = new CandidateIndex(candidate);
  const vocabulary = postingVocabulary(candidate.skills);
  const held = new Set(
    candidate.certifications.flatMap((c) => findCertifications(c, true).map((m) => m.name.id)),
  );
  const sorted = sortItems(posting);

  const qualifications = sorted.qualifications.map(({ item, need }) => ({
    ...matchItem(item, vocabulary, index, held),
    need,
  }));
  const responsibilities = sorted.responsibilities.map((item) => matchItem(item, vocabulary, index, held));
  const certifications = certificationAsks(sorted.read, held);
  const keywords = matchKeywords(
    sorted.read.map((r) => r.item.text),
    vocabulary,
    index,
  );
  const title = matchTitle(posting, candidate.titles);
  const { score, parts } = scoreMatch({
    qualifications: tally(qualifications),
    responsibilities: tally(responsibilities),
    title: { found: title.matches ? 1 : 0, total: title.posting === undefined ? 0 : 1 },
    certifications: tally(certificationGroups(certifications)),
    keywords: tally(keywords),
  });

  const notes: string[] = [];
  if (!sorted.recognised)
    notes.push("No section headings recognised: every line was read and sorted by its wording.");
  if ([...qualifications, ...responsibilities].some((q) => q.years !== undefined)) {
    notes.push("Years of experience are shown, not checked: confirm them against your dates.");
  }
  if (title.posting === undefined) notes.push("No job title found: the title is left out of the score.");

  return {
    title,
    sections: { qualifications, responsibilities, certifications, keywords },
    score,
    parts,
    surface: surfaceEvidence(candidate, qualifications, responsibilities, keywords),
    notes,
  };
}
