import { hasTerm } from "../data/words/find-terms.js";
import { RESULT_WORDS } from "../data/words/result-words.js";
import { onlyEntry } from "../data/words/word-list.js";
import { analyseBullet, type BulletCheckId } from "./analyse-bullet.js";
import { claimedAction } from "./claimed-action.js";
import { type EvidenceInput, type EvidenceScale, measuredBy } from "./evidence-input.js";
import { budgetPhrase, groupedNumber } from "./number-text.js";
import { openingOf } from "./opening.js";
import { passivePhrase } from "./passive.js";
import type { Placeholder } from "./placeholder.js";
import { capitalise, continuing, trimEnd } from "./sentence.js";

/** A suggested rewrite: text to review, never applied for the user. */
export interface RewriteSuggestion {
  readonly original: string;
  readonly text: string;
  /** Checks the original fails that the suggestion passes once its placeholders are filled in. */
  readonly fixes: readonly BulletCheckId[];
  /** Checks the suggestion still fails with its placeholders filled in. */
  readonly stillFailing: readonly BulletCheckId[];
  readonly placeholders: readonly Placeholder[];
  /** The evidence fields the suggestion draws on. */
  readonly used: readonly (keyof EvidenceInput)[];
  /** What the rewrite cannot add without inventing it: for the user to do. */
  readonly notes: readonly string[];
}

const VERB: Placeholder = {
  token: "[Verb]",
  fill: "your part as a strong verb (Led, Coordinated, Planned…): only what you did",
};
const COUNT: Placeholder = {
  token: "[N]",
  fill: "how many teams the work spanned (or name another scope: people, users, budget)",
};
const AMOUNT: Placeholder = { token: "[X]", fill: "the measured change, from your records" };
const WHAT: Placeholder = {
  token: "[what changed]",
  fill: "the result: time, defects, cost, volume or adoption",
};

/** Values that stand in for placeholders when checking what a filled-in suggestion would pass. */
const SAMPLE_FILL: Readonly<Record<string, string>> = {
  [VERB.token]: "Led",
  [COUNT.token]: "4",
  [AMOUNT.token]: "20",
  [WHAT.token]: "cost",
};

const resultVerbs = onlyEntry(RESULT_WORDS).verbs;
const hasDigit = (s: string) => /\d/.test(s);

/** The bullet's action as a clause that opens with a strong verb, or "[Verb]" when only the user can say. */
function leadClause(
  text: string,
  evidence: EvidenceInput | undefined,
  used: Set<keyof EvidenceInput>,
): string {
  const o = openingOf(text);
  if (o.verb !== undefined) return text.slice(o.start);
  const action = evidence?.action?.trim();
  if (action !== undefined && action !== "") {
    const a = openingOf(action);
    if (a.verb !== undefined) {
      used.add("action");
      return action.slice(a.start);
    }
  }
  if (o.weak !== undefined) {
    const rest = text.slice(o.rest);
    // Only a phrase that already claims the work ("responsible for coordinating") may become its
    // verb, and only when every duty it lists can be put in the past tense: otherwise the user's
    // wording stays rather than half a rewrite.
    const claimed = claimedAction(o.weak.opener, rest);
    if (claimed !== undefined) return claimed;
    if (o.weak.opener.owns && openingOf(rest).verb !== undefined) return text.slice(o.start);
    return `${VERB.token} ${continuing(rest)}`;
  }
  const passive = passivePhrase(text);
  if (passive !== undefined) {
    const at = text.indexOf(passive);
    const participle = openingOf(passive.split(/\s+/).at(-1) ?? "").verb;
    const subject = text.slice(0, at).trim();
    if (participle !== undefined && subject !== "") {
      const after = text.slice(at + passive.length).replace(/^\s*by\s+(?:me|myself|us)\b/i, "");
      return `${capitalise(participle.past)} ${continuing(subject)}${after}`;
    }
  }
  return `${VERB.token} ${continuing(text.slice(o.start))}`;
}

/** "with 12 people across 4 teams on a budget of $1.2M over 6 months", from the user's figures only. */
function scopePhrase(scale: EvidenceScale): string {
  const parts: string[] = [];
  if (scale.people !== undefined) parts.push(`with ${groupedNumber(scale.people)} people`);
  if (scale.teams !== undefined) parts.push(`across ${groupedNumber(scale.teams)} teams`);
  if (scale.budget !== undefined && scale.budget.trim() !== "") parts.push(budgetPhrase(scale.budget));
  if (scale.duration !== undefined && scale.duration.trim() !== "")
    parts.push(`over ${scale.duration.trim()}`);
  return parts.join(" ");
}

/** A result clause from the user's result and metrics; placeholders where they hold no number. */
function resultClause(
  evidence: EvidenceInput | undefined,
  used: Set<keyof EvidenceInput>,
  holes: Set<Placeholder>,
): string {
  const result = evidence?.result === undefined ? "" : continuing(trimEnd(evidence.result));
  const metrics = evidence?.metrics ?? [];
  if (result !== "") used.add("result");
  if (result !== "" && hasDigit(result)) return result;
  if (metrics.length > 0) {
    used.add("metrics");
    const measured = measuredBy(metrics);
    return result !== "" ? `${result}, ${measured}` : measured;
  }
  holes.add(AMOUNT);
  if (result !== "") {
    // "cutting release time" reads on with "by [X]%"; other wording takes the number in brackets.
    const opensWithChange = resultVerbs.some((v) => hasTerm(result.split(/\s+/)[0] ?? "", v));
    return opensWithChange ? `${result} by ${AMOUNT.token}%` : `${result} (${AMOUNT.token})`;
  }
  holes.add(WHAT);
  return `${WHAT.token} by ${AMOUNT.token}%`;
}

/** Puts a phrase after the main clause: before the first comma or dash, else at the end. */
function insertAfterMainClause(clause: string, phrase: string): string {
  const cut = clause.search(/,\s|\s[–—-]\s/);
  return cut < 0 ? `${clause} ${phrase}` : `${clause.slice(0, cut)} ${phrase}${clause.slice(cut)}`;
}

/** "Kubernetes" → "Kubernetes (container platform)": the reader learns the word instead of losing the fact. */
function explainJargon(text: string): string {
  let out = text;
  for (const j of [...analyseBullet(text).jargon].reverse()) {
    const at = out.indexOf(j.written);
    if (at >= 0)
      out = `${out.slice(0, at + j.written.length)} (${j.plain})${out.slice(at + j.written.length)}`;
  }
  return out;
}

function filled(text: string): string {
  return Object.entries(SAMPLE_FILL).reduce((t, [token, value]) => t.split(token).join(value), text);
}

/**
 * A rewrite of one bullet built only from the bullet and the user's own evidence fields: the verb,
 * scope and result come from what the user wrote, and every missing number is a `[placeholder]`,
 * so the suggestion never states a fact the user did not give. It is a suggestion: the caller shows
 * it beside the original and applies nothing.
 */
export function suggestRewrite(bullet: string, evidence?: EvidenceInput): RewriteSuggestion {
  const before = analyseBullet(bullet);
  const failed = new Set(before.checks.filter((c) => !c.passed).map((c) => c.id));
  const used = new Set<keyof EvidenceInput>();
  const holes = new Set<Placeholder>();
  const notes: string[] = [];

  let text = trimEnd(leadClause(before.text, evidence, used))
    .replace(/\s+by\s+(?:me|myself|us)\b/gi, "")
    .replace(/\b(?:my|our)\b/gi, "the");
  if (text.startsWith(VERB.token)) holes.add(VERB);

  if (!analyseBullet(text).checks.find((c) => c.id === "scope")?.passed) {
    const phrase = evidence?.scale === undefined ? "" : scopePhrase(evidence.scale);
    if (phrase !== "") used.add("scale");
    else holes.add(COUNT);
    text = insertAfterMainClause(text, phrase !== "" ? phrase : `across ${COUNT.token} teams`);
  }
  if (!analyseBullet(filled(text)).checks.find((c) => c.id === "measurable-result")?.passed) {
    text = `${text}, ${resultClause(evidence, used, holes)}`;
  }
  text = capitalise(explainJargon(text)) + (before.text.endsWith(".") ? "." : "");

  const after = analyseBullet(filled(text));
  const stillFailing = after.checks.filter((c) => !c.passed).map((c) => c.id);
  if (stillFailing.includes("pm-keywords")) {
    const own = (evidence?.competencies ?? []).filter((c) => c.trim() !== "");
    notes.push(
      own.length > 0
        ? `Name the PM work where it is true; your evidence lists: ${own.join(", ")}.`
        : "Name the PM work where it is true: scope, milestones, dependencies, risk, stakeholders, schedule, budget.",
    );
  }
  if (stillFailing.includes("length") && after.wordCount > 30) {
    notes.push(
      "Over 30 words: keep the action, the scope and the result, and move the rest to another bullet.",
    );
  }
  if (stillFailing.includes("no-first-person")) notes.push("Remove the remaining first-person words.");
  return {
    original: before.text,
    text,
    fixes: before.checks.filter((c) => failed.has(c.id) && !stillFailing.includes(c.id)).map((c) => c.id),
    stillFailing,
    placeholders: [...holes].filter((p) => text.includes(p.token)),
    used: [...used],
    notes,
  };
}
