import {
  CERTIFICATION_CONTEXT,
  CERTIFICATION_NAMES,
  type CertificationName,
} from "../data/words/certification-names.js";
import { findTerms, searchText } from "../data/words/find-terms.js";
import type { Term } from "../data/words/word-list.js";

/** A certification named in a text. */
export interface CertificationMention {
  readonly name: CertificationName;
  readonly written: string;
  readonly index: number;
}

// Full names and the short forms that need context are read together, leftmost-longest, so
// "PRINCE2 Practitioner" is not also "PRINCE2".
const full: Term[] = CERTIFICATION_NAMES.entries.map((c) => ({
  term: c.term,
  aliases: c.aliases,
  caseSensitive: c.caseSensitive,
}));
const short: Term[] = CERTIFICATION_NAMES.entries.flatMap((c) =>
  (c.contextAliases ?? []).map((a) => ({ term: a, caseSensitive: true, plural: false })),
);
const byTerm = new Map<string, { name: CertificationName; short: boolean }>([
  ...CERTIFICATION_NAMES.entries.map((name) => [name.term, { name, short: false }] as const),
  ...CERTIFICATION_NAMES.entries.flatMap((name) =>
    (name.contextAliases ?? []).map((a) => [a, { name, short: true }] as const),
  ),
]);
const contextWords: Term[] = CERTIFICATION_CONTEXT.entries.map((term) => ({ term }));

/**
 * Certifications a text names. A short form that is also something else ("CSM" is a customer
 * success manager too) counts only when `trusted` (a list of certifications) or when the same
 * text says "certification" or names another certification.
 */
export function findCertifications(text: string, trusted = false): CertificationMention[] {
  const st = searchText(text);
  const hits = findTerms(st, [...full, ...short]);
  const inContext =
    trusted ||
    hits.length > 1 ||
    hits.some((h) => !byTerm.get(h.term)?.short) ||
    findTerms(st, contextWords).length > 0;
  const seen = new Set<string>();
  const out: CertificationMention[] = [];
  for (const h of hits) {
    const found = byTerm.get(h.term);
    if (found === undefined || seen.has(found.name.id) || (found.short && !inContext)) continue;
    seen.add(found.name.id);
    out.push({ name: found.name, written: h.written, index: h.index });
  }
  return out;
}

/** Whether the certifications held satisfy one named in a posting ("PRINCE2" by "PRINCE2 Foundation"). */
export function holds(held: ReadonlySet<string>, name: CertificationName): boolean {
  return held.has(name.id) || (name.satisfiedBy ?? []).some((id) => held.has(id));
}
