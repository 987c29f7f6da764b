import type { Term, WordList } from "./word-list.js";

/**
 * Pronouns a resume bullet leaves out. "I" and "us" match only as written, so "US customers" and a
 * roman numeral in "Phase i" are not flagged.
 */
export const FIRST_PERSON: WordList<Term> = {
  id: "first-person",
  version: 1,
  asOf: "2026-11",
  source: 'career-facts.md § Bullet quality checks ("no I")',
  entries: [
    { term: "I", caseSensitive: true, plural: false },
    { term: "me", plural: false },
    { term: "my", plural: false },
    { term: "mine", plural: false },
    { term: "myself", plural: false },
    { term: "we", plural: false },
    { term: "us", caseSensitive: true, plural: false },
    { term: "our", plural: false },
    { term: "ours", plural: false },
    { term: "ourselves", plural: false },
  ],
};
