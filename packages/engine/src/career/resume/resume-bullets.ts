import type { Evidence, EvidenceWorkScale, LocalDate } from "@keel/model";
import { hasTerm } from "../data/words/find-terms.js";
import { RESULT_WORDS } from "../data/words/result-words.js";
import { onlyEntry } from "../data/words/word-list.js";
import { analyseBullet } from "./analyse-bullet.js";
import { claimedAction } from "./claimed-action.js";
import { measuredBy } from "./evidence-input.js";
import { budgetPhrase, groupedNumber } from "./number-text.js";
import { openingOf } from "./opening.js";
import type { Placeholder } from "./placeholder.js";
import { capitalise, continuing, trimEnd } from "./sentence.js";

/** One resume line drawn from one evidence entry, to review before it goes on a resume. */
export interface ResumeBullet {
  readonly evidenceId: string;
  /** The entry's project, "" when it names none. */
  readonly project: string;
  readonly date: LocalDate;
  readonly text: string;
  /** `analyseBullet`'s score of the text as it stands, placeholders unfilled. */
  readonly score: number;
  /** The gaps still in the text, for the user to fill with their own facts. */
  readonly placeholders: readonly Placeholder[];
}

export interface ResumeBulletOptions {
  /** `newest` (the default): by the win's date, newest first; `given`: in the order passed. */
  readonly order?: "newest" | "given" | undefined;
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

const resultVerbs = onlyEntry(RESULT_WORDS).verbs;
const numbersIn = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, ""));

/** The first sentence on one line: a resume line tells one thing, and the rest stays in the entry. */
function firstSentence(text: string): string {
  return trimEnd(text.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "");
}

/** What the person did, opening with a verb; "[Verb]" where the entry does not say it as one. */
function leadClause(e: Evidence): string {
  const action = firstSentence(e.action);
  // An entry may be a draft with only its title: the title is still the person's own words.
  const source = action === "" ? firstSentence(e.title) : action;
  const o = openingOf(source);
  let lead: string;
  if (o.verb !== undefined) lead = source.slice(o.start);
  else if (o.weak !== undefined) {
    const rest = source.slice(o.rest);
    // Only an opener that already claims the work ("responsible for coordinating") becomes its verb;
    // "helped with" must not turn into leadership. When its duties cannot all be put in the past
    // tense, the person's own wording stays rather than half a rewrite.
    const claimed = claimedAction(o.weak.opener, rest);
    lead =
      claimed ??
      (o.weak.opener.owns && openingOf(rest).verb !== undefined
        ? source.slice(o.start)
        : `${VERB.token} ${continuing(rest)}`);
  } else if (o.word !== undefined && (/^(?:I|we)\s/i.test(source) || /\p{L}{2,}ed$/u.test(o.word))) {
    // After "I" or "we", or as a past tense ("Brought…"), a word outside the strong-verb list is
    // still the person's own verb: keep it rather than ask for one.
    lead = source.slice(o.start);
  } else lead = `${VERB.token} ${continuing(source.slice(o.start))}`;
  return lead.replace(/\s+by\s+(?:me|myself|us)\b/gi, "").replace(/\b(?:my|our)\b/gi, "the");
}

/**
 * "with 12 people across 4 teams on a budget of 250,000 over 10 weeks", from the entry's figures
 * only. The entry records no currency for its budget, so none is named.
 */
function scopePhrase(s: EvidenceWorkScale): string {
  return [
    s.people === undefined ? "" : `with ${groupedNumber(s.people)} ${s.people === 1 ? "person" : "people"}`,
    s.teams === undefined ? "" : `across ${groupedNumber(s.teams)} ${s.teams === 1 ? "team" : "teams"}`,
    s.budget === undefined ? "" : budgetPhrase(groupedNumber(s.budget)),
    s.durationWeeks === undefined
      ? ""
      : `over ${groupedNumber(s.durationWeeks)} ${s.durationWeeks === 1 ? "week" : "weeks"}`,
  ]
    .filter((p) => p !== "")
    .join(" ");
}

/** The entry's result and the metrics it does not already state; placeholders for the missing number. */
function resultClause(e: Evidence): string {
  const result = continuing(firstSentence(e.result));
  const stated = new Set(numbersIn(result));
  const metrics = e.metrics.filter((m) => !stated.has(String(Math.abs(m.value))));
  const parts: string[] = [];
  if (result !== "") {
    if (stated.size > 0 || metrics.length > 0) parts.push(result);
    else {
      // "cutting release time" reads on with "by [X]%"; other wording takes the number in brackets.
      const opensWithChange = resultVerbs.some((v) => hasTerm(result.split(" ")[0] ?? "", v));
      parts.push(opensWithChange ? `${result} by ${AMOUNT.token}%` : `${result} (${AMOUNT.token})`);
    }
  }
  if (metrics.length > 0) parts.push(measuredBy(metrics));
  return parts.length > 0 ? parts.join(", ") : `${WHAT.token} by ${AMOUNT.token}%`;
}

function bullet(e: Evidence): ResumeBullet {
  const lead = leadClause(e);
  const scope = scopePhrase(e.scale);
  const showsScope = analyseBullet(lead).checks.some((c) => c.id === "scope" && c.passed);
  const sized = scope !== "" ? `${lead} ${scope}` : showsScope ? lead : `${lead} across ${COUNT.token} teams`;
  const text = capitalise(`${sized}, ${resultClause(e)}`);
  return {
    evidenceId: e.id,
    project: e.project.trim(),
    date: e.date,
    text,
    score: analyseBullet(text).score,
    placeholders: [VERB, COUNT, AMOUNT, WHAT].filter((p) => text.includes(p.token)),
  };
}

/**
 * One resume bullet per evidence entry in outcome language: the verb from the entry's action, the
 * scope from its scale, the result from its result and metrics. Built only from the entry's own
 * fields; every missing part is a `[placeholder]` for the user to fill, never a guessed fact.
 */
export function resumeBullets(
  evidence: readonly Evidence[],
  options: ResumeBulletOptions = {},
): ResumeBullet[] {
  const bullets = evidence.map(bullet);
  // Array sort is stable: entries of the same day keep the order they were given in.
  return options.order === "given"
    ? bullets
    : bullets.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
