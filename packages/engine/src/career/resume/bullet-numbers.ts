import { findTerm, searchText } from "../data/words/find-terms.js";
import { NUMBER_WORDS } from "../data/words/number-words.js";
import { RESULT_WORDS } from "../data/words/result-words.js";
import { SCOPE_WORDS } from "../data/words/scope-words.js";
import { onlyEntry } from "../data/words/word-list.js";

export type NumberKind = "percent" | "money" | "multiplier" | "duration" | "count" | "year";

/**
 * What a number tells the reader: the size of the work (`scope`), what changed (`result`), or
 * neither (`other`, a year).
 */
export type NumberRole = "scope" | "result" | "other";

export interface BulletNumber {
  /** As written: "40%", "$1.2M", "6-month", "three". */
  readonly text: string;
  readonly index: number;
  readonly kind: NumberKind;
  readonly role: NumberRole;
  /** Why it has that role, in plain words. */
  readonly why: string;
}

const scope = onlyEntry(SCOPE_WORDS);
const results = onlyEntry(RESULT_WORDS);

const UNITS = String.raw`(?:%|x|×|k|m|mm|bn|ms|s|h|hrs?|mins?|d|wks?|mo|yrs?|\+)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const MONEY = String.raw`[$€£]\s?${DIGITS}\s?(?:k|m|mm|bn|million|billion|thousand)?(?![\p{L}\p{N}])`;
const PERCENT = String.raw`${DIGITS}\s?(?:%|percent\b|per cent\b|pct\b)`;
// A digit after a letter or a letter-hyphen is a name ("EC2", "Q3", "Sev-1"), not a measure.
const PLAIN = String.raw`(?<![\p{L}\p{N}.,]|\p{L}-)${DIGITS}${UNITS}?(?![\p{L}\p{N}])`;
const WORDS = NUMBER_WORDS.entries.map((n) => n.word).join("|");
const NUMBER = new RegExp(
  `${MONEY}|${PERCENT}|${PLAIN}|(?<![\\p{L}\\p{N}])(?:${WORDS})(?![\\p{L}\\p{N}])`,
  "giu",
);

const durationUnit = new RegExp(`^-?\\s?(?:${scope.durationUnits.join("|")})s?\\b`, "i");

function kindOf(text: string, after: string): NumberKind {
  if (/^[$€£]/.test(text)) return "money";
  if (/%|percent|per cent|pct/i.test(text)) return "percent";
  if (/[x×]$/i.test(text)) return "multiplier";
  if (durationUnit.test(after)) return "duration";
  if (/^(?:19[5-9]\d|20[0-9]\d)$/.test(text)) return "year";
  return "count";
}

/** The next few words, lowercased. */
function wordsAfter(text: string, from: number, n: number): string[] {
  return text
    .slice(from)
    .replace(/^-/, " ")
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
    .slice(0, n);
}

function wordsBefore(text: string, to: number, n: number): string[] {
  return text
    .slice(0, to)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
    .slice(-n);
}

const SPAN = new Set(["in", "over", "within", "during", "for", "across"]);
const singular = (w: string) => w.replace(/(?:ies)$/, "y").replace(/s$/, "");
const scopeNouns = new Set(scope.nouns);
const budgetNouns = new Set(scope.budgetNouns);
const comparatives = results.comparatives;

/** Whether a result verb ("cut", "reduced") is among the four words before `index`. */
function resultVerbBefore(text: string, index: number): boolean {
  const before = searchText(wordsBefore(text, index, 4).join(" "));
  return results.verbs.some((v) => findTerm(before, v).length > 0);
}

function roleOf(
  text: string,
  n: { text: string; index: number; kind: NumberKind },
  fromTo: ReadonlySet<number>,
): { role: NumberRole; why: string } {
  const after = wordsAfter(text, n.index + n.text.length, 3);
  const before = wordsBefore(text, n.index, 3);
  if (n.kind === "year") return { role: "other", why: "a year" };
  if (fromTo.has(n.index)) return { role: "result", why: "part of a change from one number to another" };
  if (n.kind === "percent") return { role: "result", why: "a percentage measures a result" };
  if (n.kind === "multiplier") return { role: "result", why: "a multiple measures a result" };
  const by = before.at(-1) === "by";
  const near = after.slice(0, 3);
  const comparative = comparatives.find((c) => ` ${near.join(" ")} `.includes(` ${c} `));
  const resultVerb = resultVerbBefore(text, n.index);
  if (n.kind === "money") {
    if (near.some((w) => budgetNouns.has(singular(w))))
      return { role: "scope", why: "a budget or contract size" };
    if (by || comparative !== undefined || resultVerb)
      return { role: "result", why: "money saved or earned" };
    return { role: "scope", why: "an amount of money the work covered" };
  }
  const noun = near.find((w) => scopeNouns.has(singular(w)));
  // "used by 2 million customers" is reach; "grew the team by 4 engineers" is a change.
  if ((noun !== undefined || (before.at(-1) === "of" && before.at(-2) === "team")) && !(by && resultVerb)) {
    return { role: "scope", why: `how many ${noun ?? "people"} the work reached` };
  }
  if (by) return { role: "result", why: `"by ${n.text}" says how much something changed` };
  if (comparative !== undefined)
    return { role: "result", why: `"${n.text} … ${comparative}" measures a result` };
  // "in 9 months", "over 6 weeks": how long the work ran.
  if (n.kind === "duration") {
    return resultVerb && !SPAN.has(before.at(-1) ?? "")
      ? { role: "result", why: "time saved" }
      : { role: "scope", why: "how long the work ran" };
  }
  if (resultVerb) return { role: "result", why: "how much something changed" };
  return /^(?:0|zero)$/i.test(n.text)
    ? { role: "result", why: "none: a measured outcome" }
    : { role: "result", why: "a volume of work done" };
}

/** Indexes of numbers in "from X … to Y" changes. */
function fromToIndexes(text: string, found: readonly { text: string; index: number }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i] as { text: string; index: number };
    const b = found[i + 1] as { text: string; index: number };
    const between = text.slice(a.index + a.text.length, b.index).toLowerCase();
    const lead = wordsBefore(text, a.index, 2);
    if (lead.includes("from") && /^[\s\p{L}-]{0,30}\bto\s*$/u.test(between)) {
      out.add(a.index);
      out.add(b.index);
    }
  }
  return out;
}

/** The numbers in a bullet, each with its kind and what it tells the reader. */
export function bulletNumbers(text: string): BulletNumber[] {
  const found = [...text.matchAll(NUMBER)].map((m) => {
    const written = m[0].trim();
    const after = text.slice(m.index + m[0].length);
    const kind = kindOf(written, after);
    // A duration reads with its unit: "3 weeks", "6-month".
    const unit = kind === "duration" ? (durationUnit.exec(after)?.[0] ?? "") : "";
    return { text: written + unit, index: m.index, kind };
  });
  const fromTo = fromToIndexes(text, found);
  return found.map((n) => ({ ...n, ...roleOf(text, n, fromTo) }));
}
