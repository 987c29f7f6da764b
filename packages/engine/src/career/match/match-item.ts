import { FILLER_WORDS } from "../data/words/filler-words.js";
import { findTerms } from "../data/words/find-terms.js";
import type { Term } from "../data/words/word-list.js";
import type { MatchPlace } from "./candidate.js";
import type { CandidateIndex } from "./candidate-index.js";
import { findCertifications, holds } from "./certification-finder.js";
import type { Need } from "./need.js";
import type { PostingItem } from "./split-posting.js";
import { isRoleTitle } from "./vocabulary.js";
import { type YearsAsked, yearsAsked } from "./years-of-experience.js";

/** One term of a posting item and whether the candidate's records name it. */
export interface TermFound {
  readonly term: string;
  readonly found: boolean;
  readonly where: readonly MatchPlace[];
}

/** A qualification or responsibility of the posting, matched against the candidate. */
export interface ItemMatch {
  readonly text: string;
  readonly line: number;
  readonly found: boolean;
  /** The terms the decision rests on: known terms, or the item's content words when it has none. */
  readonly terms: readonly TermFound[];
  /** Every place any of its terms was found. */
  readonly where: readonly MatchPlace[];
  readonly years?: YearsAsked | undefined;
  readonly detail: string;
}

/** A qualification: an item with how much the posting wants it. */
export interface QualificationMatch extends ItemMatch {
  readonly need: Need;
}

const filler = new Set(FILLER_WORDS.entries);
/** Share of an item's content words that must be found when it names no known term. */
const WORD_SHARE = 0.6;

const SUFFIXES = ["ations", "ation", "ings", "ing", "ies", "ers", "er", "ed", "es", "s"];

/** A word's stem, so "coordinating" in a posting finds "coordinated" in evidence. */
function stem(word: string): string {
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 4);
  return suffix === undefined ? word : word.slice(0, -suffix.length);
}

/** The words of an item that carry meaning, each with the stem it is looked up by. */
function contentWords(text: string): { word: string; term: Term }[] {
  const words = (text.toLowerCase().match(/\p{L}[\p{L}'-]*\p{L}/gu) ?? []).map((w) => w.replace(/'s$/, ""));
  return [...new Set(words.filter((w) => w.length >= 3 && !filler.has(w)))].map((word) => ({
    word,
    term: { term: stem(word), prefix: true },
  }));
}

function uniquePlaces(places: readonly MatchPlace[]): MatchPlace[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.source}|${p.id ?? ""}|${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Decides whether the candidate covers one item of a posting: at least half of the known terms it
 * names (PM words, tools, skills, certifications) appear in the candidate's records; an item
 * naming none is compared on its content words instead.
 */
export function matchItem(
  item: PostingItem,
  vocabulary: readonly Term[],
  index: CandidateIndex,
  held: ReadonlySet<string>,
): ItemMatch {
  const byName = new Map(vocabulary.map((t) => [t.term, t]));
  const mentions = findCertifications(item.text);
  // "SAFe Scrum Master" names a certification, not the scrum master role.
  const insideCertification = (at: number) =>
    mentions.some((c) => at >= c.index && at < c.index + c.written.length);
  const known: TermFound[] = findTerms(item.text, vocabulary)
    .filter((h) => !insideCertification(h.index))
    .map((h) => {
      const where = index.places(byName.get(h.term) ?? { term: h.term }, isRoleTitle(h.term));
      return { term: h.term, found: where.length > 0, where };
    });
  const certs: TermFound[] = mentions.map(({ name }) => {
    const found = holds(held, name);
    return { term: name.term, found, where: found ? [{ source: "certifications", text: name.term }] : [] };
  });
  const years = yearsAsked(item.text);
  const named = [...known, ...certs];
  const terms =
    named.length > 0
      ? named
      : contentWords(item.text).map(({ word, term }) => {
          const where = index.places(term);
          return { term: word, found: where.length > 0, where };
        });
  const hits = terms.filter((t) => t.found);
  const found =
    named.length > 0
      ? hits.length * 2 >= terms.length && hits.length > 0
      : hits.length > 0 && hits.length >= WORD_SHARE * terms.length;
  const missing = terms.filter((t) => !t.found).map((t) => t.term);
  const parts = [
    named.length === 0
      ? `No known terms; ${hits.length} of ${terms.length} words found in your records`
      : `Found ${hits.length} of ${terms.length}`,
    hits.length > 0 ? `found: ${hits.map((t) => t.term).join(", ")}` : "",
    missing.length > 0 ? `missing: ${missing.join(", ")}` : "",
    years === undefined
      ? ""
      : `asks for ${years.min}+ years of ${years.area}: years are not checked, confirm them`,
  ].filter((p) => p !== "");
  return {
    text: item.text,
    line: item.line,
    found,
    terms,
    where: uniquePlaces(hits.flatMap((t) => t.where)),
    years,
    detail: `${parts.join("; ")}.`,
  };
}
