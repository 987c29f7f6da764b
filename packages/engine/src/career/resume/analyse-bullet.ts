import { findTerms, searchText } from "../data/words/find-terms.js";
import { FIRST_PERSON } from "../data/words/first-person.js";
import { JARGON } from "../data/words/jargon.js";
import { PM_KEYWORDS } from "../data/words/pm-keywords.js";
import { RESULT_WORDS } from "../data/words/result-words.js";
import { SCOPE_WORDS } from "../data/words/scope-words.js";
import { onlyEntry } from "../data/words/word-list.js";
import { type BulletNumber, bulletNumbers } from "./bullet-numbers.js";
import { cleanBullet, wordsOf } from "./bullet-text.js";
import { openingOf } from "./opening.js";
import { passivePhrase } from "./passive.js";
import { capitalise } from "./sentence.js";

export type BulletCheckId =
  | "strong-verb"
  | "scope"
  | "measurable-result"
  | "pm-keywords"
  | "no-jargon"
  | "length"
  | "no-first-person"
  | "active-voice";

/** One line of the checklist: whether it passed, why (always), and what to do (only when it failed). */
export interface BulletCheck {
  readonly id: BulletCheckId;
  readonly passed: boolean;
  /** Points this check adds to the score when it passes. */
  readonly weight: number;
  readonly detail: string;
  readonly hint?: string | undefined;
}

export interface JargonHit {
  readonly term: string;
  readonly written: string;
  readonly plain: string;
}

export interface BulletAnalysis {
  /** The bullet without its list marker. */
  readonly text: string;
  /** 0-100: the sum of the weights of the checks that passed. */
  readonly score: number;
  readonly checks: readonly BulletCheck[];
  /** The strong verb the bullet opens with, as written. */
  readonly verb?: string | undefined;
  readonly numbers: readonly BulletNumber[];
  /** PM vocabulary found, by its listed name. */
  readonly keywords: readonly string[];
  /** Jargon left unexplained. */
  readonly jargon: readonly JargonHit[];
  readonly wordCount: number;
}

/**
 * Points per check, summing to 100. A measurable result weighs most: it is what the resume rules
 * ask for first and what engineer-style bullets most often leave out.
 */
export const BULLET_CHECK_WEIGHTS: Readonly<Record<BulletCheckId, number>> = {
  "strong-verb": 15,
  scope: 15,
  "measurable-result": 25,
  "pm-keywords": 10,
  "no-jargon": 10,
  length: 10,
  "no-first-person": 5,
  "active-voice": 10,
};

/** One line of a resume: roughly 12 to 30 words (career-facts.md § Bullet quality checks). */
export const BULLET_WORDS = { min: 12, max: 30 } as const;

const quote = (s: string) => `"${s}"`;
const list = (xs: readonly string[]) => xs.join(", ");
const breadthTerms = onlyEntry(SCOPE_WORDS).breadth.map((term) => ({ term }));
const multipliers = onlyEntry(RESULT_WORDS).multipliers;

function check(id: BulletCheckId, passed: boolean, detail: string, hint: string): BulletCheck {
  return passed
    ? { id, passed, weight: BULLET_CHECK_WEIGHTS[id], detail }
    : { id, passed, weight: BULLET_CHECK_WEIGHTS[id], detail, hint };
}

function verbCheck(text: string): { check: BulletCheck; verb: string | undefined } {
  const o = openingOf(text);
  if (o.verb !== undefined && o.word !== undefined) {
    return {
      check: check("strong-verb", true, `Opens with ${quote(o.word)}, an action verb.`, ""),
      verb: o.word,
    };
  }
  const hint = "Start with what you did: Led, Coordinated, Planned, Delivered, Reduced…";
  if (o.weak !== undefined) {
    const next = openingOf(text.slice(o.rest));
    const better =
      o.weak.opener.owns && next.verb !== undefined
        ? `Say ${quote(capitalise(next.verb.past))} instead of ${quote(`${o.weak.written} ${next.word}`)}.`
        : hint;
    return {
      check: check(
        "strong-verb",
        false,
        `Opens with ${quote(o.weak.written)}, which ${o.weak.opener.why}.`,
        better,
      ),
      verb: undefined,
    };
  }
  const detail =
    o.word === undefined
      ? "The bullet is empty."
      : `Opens with ${quote(o.word)}, which is not one of the strong action verbs.`;
  return { check: check("strong-verb", false, detail, hint), verb: undefined };
}

function scopeCheck(text: string, numbers: readonly BulletNumber[]): BulletCheck {
  const shown = [
    ...numbers.filter((n) => n.role === "scope").map((n) => `${n.text} (${n.why})`),
    ...findTerms(text, breadthTerms).map((h) => h.written),
  ];
  return check(
    "scope",
    shown.length > 0,
    shown.length > 0 ? `Shows scope: ${list(shown)}.` : "Nothing shows how big the work was.",
    'Add team size, stakeholders, systems, users, budget or duration, e.g. "across [N] teams" or "for [N] users".',
  );
}

function resultCheck(text: string, numbers: readonly BulletNumber[]): BulletCheck {
  const shown = [
    ...numbers.filter((n) => n.role === "result").map((n) => `${n.text} (${n.why})`),
    ...findTerms(text, multipliers).map((h) => h.written),
  ];
  if (shown.length > 0)
    return check("measurable-result", true, `Shows a measurable result: ${list(shown)}.`, "");
  const sizes = numbers.filter((n) => n.role === "scope").map((n) => n.text);
  return check(
    "measurable-result",
    false,
    sizes.length > 0
      ? `Its numbers (${list(sizes)}) show size, not what changed.`
      : "No number shows what changed because of the work.",
    'Add what changed and by how much: time, defects, cost, volume or adoption, e.g. "cut release time by [X]%" or "from [X] days to [Y]".',
  );
}

function keywordCheck(keywords: readonly string[]): BulletCheck {
  return check(
    "pm-keywords",
    keywords.length > 0,
    keywords.length > 0
      ? `Uses project-management words: ${list(keywords)}.`
      : "No project-management words.",
    "Name the PM work where it is true: scope, milestones, dependencies, risk, stakeholders, schedule, budget.",
  );
}

/** Jargon not followed by a plain-words explanation in brackets ("Kubernetes (container platform)"). */
function unexplainedJargon(text: string): JargonHit[] {
  const st = searchText(text);
  return findTerms(st, JARGON.entries)
    .filter((h) => !/^\s*\(/.test(text.slice(h.index + h.written.length)))
    .map((h) => ({
      term: h.term,
      written: h.written,
      plain: JARGON.entries.find((j) => j.term === h.term)?.plain ?? "",
    }));
}

function jargonCheck(jargon: readonly JargonHit[]): BulletCheck {
  return check(
    "no-jargon",
    jargon.length === 0,
    jargon.length === 0
      ? "No unexplained engineering jargon."
      : `Uses engineering jargon: ${list(jargon.map((j) => j.written))}.`,
    `Say what it did for the business, or explain it: ${list(jargon.map((j) => `${j.written} → ${j.plain}`))}.`,
  );
}

function lengthCheck(count: number): BulletCheck {
  const { min, max } = BULLET_WORDS;
  if (count < min) {
    return check(
      "length",
      false,
      count === 0 ? "No words." : `${count} words: too short to show scope and a result.`,
      `Aim for ${min}-${max} words: add the scope or the result.`,
    );
  }
  if (count > max) {
    return check(
      "length",
      false,
      `${count} words: longer than one line.`,
      `Cut to ${max} words or fewer: keep the action, the scope and the result; move the rest to another bullet.`,
    );
  }
  return check("length", true, `${count} words: fits one line.`, "");
}

function pronounCheck(text: string): BulletCheck {
  const found = findTerms(text, FIRST_PERSON.entries).map((h) => quote(h.written));
  return check(
    "no-first-person",
    found.length === 0,
    found.length === 0 ? "No first-person words." : `Uses ${list(found)}.`,
    'Drop the pronouns: a bullet starts with the verb ("Led…", not "I led…").',
  );
}

function voiceCheck(text: string): BulletCheck {
  const passive = passivePhrase(text);
  return check(
    "active-voice",
    passive === undefined,
    passive === undefined ? "Active voice." : `Passive: ${quote(passive)} hides who acted.`,
    'Say what you did: "Delivered the release…" rather than "The release was delivered…".',
  );
}

/**
 * Reads one resume bullet against the checklist in career-facts.md (§ Bullet quality checks): each
 * check is a plain rule with its reason, so the score is the sum of what passed and nothing else.
 */
export function analyseBullet(input: string): BulletAnalysis {
  const text = cleanBullet(input);
  const numbers = bulletNumbers(text);
  const keywords = findTerms(text, PM_KEYWORDS.entries).map((h) => h.term);
  const jargon = unexplainedJargon(text);
  const wordCount = wordsOf(text).length;
  const { check: verb, verb: verbWord } = verbCheck(text);
  const checks = [
    verb,
    scopeCheck(text, numbers),
    resultCheck(text, numbers),
    keywordCheck(keywords),
    jargonCheck(jargon),
    lengthCheck(wordCount),
    pronounCheck(text),
    voiceCheck(text),
  ];
  // An empty bullet passes nothing, not even the checks that look for something wrong.
  const scored =
    wordCount === 0
      ? checks.map((c) => ({
          ...c,
          passed: false,
          detail: "The bullet is empty.",
          hint: "Write or paste the bullet.",
        }))
      : checks;
  return {
    text,
    score: scored.reduce((sum, c) => sum + (c.passed ? c.weight : 0), 0),
    checks: scored,
    verb: verbWord,
    numbers,
    keywords,
    jargon,
    wordCount,
  };
}
