import { type Term, termForms } from "./word-list.js";

/** A term found in a text: where it first occurs, how often, and how it was written there. */
export interface TermHit {
  readonly term: string;
  readonly index: number;
  readonly count: number;
  readonly written: string;
}

/** A span of text a form matched. */
export interface FormMatch {
  readonly index: number;
  readonly length: number;
}

/**
 * Typographic quotes and dashes made plain, one character for one, so indexes into the result still
 * point into the original text.
 */
function plainText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** A text prepared once for many look-ups: as written (plain) and lowercased. */
export interface SearchText {
  readonly original: string;
  readonly plain: string;
  readonly lower: string;
}

export function searchText(text: string): SearchText {
  const plain = plainText(text);
  return { original: text, plain, lower: plain.toLowerCase() };
}

/** A form's pattern, and a word it cannot match without, to skip texts that lack it cheaply. */
interface FormPattern {
  readonly re: RegExp;
  readonly needle: string;
}

const patterns = new Map<string, FormPattern>();

/** How a form may end: the plural and possessive endings English adds, or any letters for a stem. */
function ending(base: string, plural: boolean, prefix: boolean): { stem: string; end: string } {
  if (prefix) return { stem: base, end: "\\p{L}*" };
  if (!plural) return { stem: base, end: "" };
  // "dependency" and "dependencies" are one term, whichever the list writes.
  if (/[^aeiou]y$/i.test(base)) return { stem: base.slice(0, -1), end: "(?:y|ies)(?:'s)?" };
  if (/ies$/i.test(base)) return { stem: base.slice(0, -3), end: "(?:y|ies)(?:'s)?" };
  // "milestones" also finds "milestone"; "status", "analysis", "SaaS" keep their final s.
  if (base.length >= 5 && /[^suiao]s$/i.test(base)) return { stem: base.slice(0, -1), end: "(?:s|es|'s)?" };
  return { stem: base, end: "(?:s|es|'s)?" };
}

/**
 * Whole words only, so "risk" is not found in "brisk"; spaces and hyphens inside a form are
 * interchangeable ("stand-up", "stand up", "standup"); singular, plural and possessive all match.
 */
function formPattern(form: string, exact: boolean, plural: boolean, prefix: boolean): FormPattern {
  const key = `${exact ? "=" : "~"}${plural ? "s" : "1"}${prefix ? "*" : ""}${form}`;
  let p = patterns.get(key);
  if (p === undefined) {
    const written = plainText(form.trim());
    const { stem, end } = ending(exact ? written : written.toLowerCase(), plural, prefix);
    const words = stem.split(/[\s-]+/);
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s-]*");
    p = {
      re: new RegExp(`(?<![\\p{L}\\p{N}])${body}${end}(?![\\p{L}\\p{N}])`, "gu"),
      needle: words[0] ?? "",
    };
    patterns.set(key, p);
  }
  return p;
}

/** Every match of one form of a term. */
function findForm(text: SearchText, form: string, t: Term): FormMatch[] {
  const exact = t.caseSensitive === true;
  const haystack = exact ? text.plain : text.lower;
  const { re, needle } = formPattern(form, exact, t.plural !== false, t.prefix === true);
  if (!haystack.includes(needle)) return [];
  return [...haystack.matchAll(re)].map((m) => ({
    index: m.index,
    length: m[0].length,
  }));
}

/** Every match of any form of a term. */
export function findTerm(text: SearchText, t: Term): FormMatch[] {
  return termForms(t).flatMap((form) => findForm(text, form, t));
}

/** Whether any form of the term occurs in the text as whole words. */
export function hasTerm(text: string | SearchText, t: Term): boolean {
  return findTerm(typeof text === "string" ? searchText(text) : text, t).length > 0;
}

/**
 * The terms that occur in `text`, in order of first occurrence. Text is read leftmost-longest, so
 * "Azure DevOps" is one tool and not also "Azure", and "risk" inside "risk management" counts once.
 */
export function findTerms(text: string | SearchText, terms: readonly Term[]): TermHit[] {
  const st = typeof text === "string" ? searchText(text) : text;
  const matches = terms
    .flatMap((t, term) => findTerm(st, t).map((m) => ({ ...m, term })))
    .sort((a, b) => a.index - b.index || b.length - a.length);
  const byTerm = new Map<number, { index: number; length: number; count: number }>();
  let end = -1;
  for (const m of matches) {
    if (m.index < end) continue;
    end = m.index + m.length;
    const seen = byTerm.get(m.term);
    if (seen === undefined) byTerm.set(m.term, { index: m.index, length: m.length, count: 1 });
    else seen.count++;
  }
  return [...byTerm.entries()]
    .map(([term, m]) => ({
      term: (terms[term] as Term).term,
      index: m.index,
      count: m.count,
      written: st.original.slice(m.index, m.index + m.length),
    }))
    .sort((a, b) => a.index - b.index);
}
