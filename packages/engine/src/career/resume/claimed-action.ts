import type { WeakOpener } from "../data/words/weak-openers.js";
import { gerundVerb } from "./action-verbs.js";
import { openingOf } from "./opening.js";
import { capitalise } from "./sentence.js";

// Words that start a verb's object: after "and maintaining", they make it a verb, not a noun ("and testing of…").
const OBJECT_START = String.raw`(?:(?:the|a|an|all|each|every|its|their|our|my|both)(?![\p{L}\p{N}])|\d)`;

/**
 * The work an opener that claims it ("responsible for", "tasked with", "in charge of", "duties
 * included") names, with every duty in the past tense: "responsible for coordinating releases, and
 * for keeping the plan current" → "Coordinated releases and kept the plan current". Undefined when
 * that cannot be done cleanly: the first word is not a strong verb, or a coordinated duty ("and for
 * the budget", "and for marketing…" with a verb whose past is not listed) would be left dangling.
 * `rest` is the text after the opener.
 */
export function claimedAction(opener: WeakOpener, rest: string): string | undefined {
  if (!opener.owns) return undefined;
  const first = openingOf(rest);
  if (first.verb === undefined) return undefined;
  const preposition = /\s(for|with|of)$/.exec(opener.phrase)?.[1];
  // ", and for keeping …", " or for …", ", for …": the opener's preposition again, then a duty;
  // " and maintaining the …": a bare -ing verb with its object. A lone ", reducing …" is a
  // participle that reads on after the past tense, so it stays.
  const repeated = preposition === undefined ? "" : String.raw`${preposition}\s+([^\s,;.]+)|`;
  const clause = new RegExp(
    String.raw`(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:${repeated}(\p{L}+ing)(?=\s+${OBJECT_START}))`,
    "giu",
  );
  // From right after the verb, so a duty straight after it ("coordinating and for leading…") is
  // found and its punctuation stays where it was ("hiring; grew…" → "Hired; grew…").
  const tail = rest.slice(first.start + (first.word?.length ?? 0));
  const clauses = [...tail.matchAll(clause)].filter(
    (m) => m[2] !== undefined || /\s(?:and|or)\s/.test(m[1] ?? ""),
  );
  const pasts = clauses.map((m) => {
    const word = m[2] ?? m[3] ?? "";
    return /ing$/i.test(word) ? gerundVerb(word)?.past : undefined;
  });
  if (pasts.some((p) => p === undefined)) return undefined;
  let out = "";
  let at = 0;
  clauses.forEach((m, i) => {
    // A two-duty list reads "X and Y"; a longer one keeps the commas as written.
    const joiner = clauses.length === 1 ? (m[1] ?? "").replace(/^,\s*(and|or)\s+$/i, " $1 ") : m[1];
    out += `${tail.slice(at, m.index)}${joiner}${pasts[i]}`;
    at = m.index + m[0].length;
  });
  return `${capitalise(first.verb.past)}${out}${tail.slice(at)}`;
}
