import { CERTIFICATION_NAMES } from "../data/words/certification-names.js";
import { hasTerm } from "../data/words/find-terms.js";
import { JARGON } from "../data/words/jargon.js";
import { PM_TOOLS } from "../data/words/pm-tools.js";
import { TECHNICAL_LITERACY } from "../data/words/technical-literacy.js";

// Joining the user's phrases into one sentence: case at the joins and trailing punctuation.

const names = [
  ...PM_TOOLS.entries,
  ...JARGON.entries,
  ...TECHNICAL_LITERACY.entries,
  ...CERTIFICATION_NAMES.entries,
];

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Without trailing sentence punctuation, so the phrase can be continued. */
export const trimEnd = (s: string): string => s.trim().replace(/[.;:,]+$/, "");

/**
 * Lowercases a user's phrase that continues a sentence ("The release…" → "the release…"), unless it
 * opens with a name ("Jira", "Kubernetes") or an acronym.
 */
export function continuing(s: string): string {
  const first = /^\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/u.exec(s)?.[0];
  if (first === undefined || names.some((t) => hasTerm(first, t))) return s;
  return first.toLowerCase() + s.slice(first.length);
}
