import type { ActionVerb } from "../data/words/strong-verbs.js";
import { WEAK_OPENERS, type WeakOpener } from "../data/words/weak-openers.js";
import { actionVerb } from "./action-verbs.js";
import { lowerWord, wordsOf } from "./bullet-text.js";

/** How a bullet begins, once a leading "I"/"We" and an adverb ("Successfully") are set aside. */
export interface Opening {
  /** The opening word as written; undefined for an empty bullet. */
  readonly word: string | undefined;
  /** The strong verb it is a form of. */
  readonly verb: ActionVerb | undefined;
  /** The weak phrase it opens with, and that phrase as written. */
  readonly weak: { readonly opener: WeakOpener; readonly written: string } | undefined;
  /** Where the opening word or phrase starts, and where the words after it start. */
  readonly start: number;
  readonly rest: number;
}

const PRONOUNS = new Set(["i", "we"]);

export function openingOf(text: string): Opening {
  const ws = wordsOf(text);
  let i = 0;
  if (ws[i] !== undefined && PRONOUNS.has(lowerWord(ws[i]?.text ?? ""))) i++;
  const adverb = ws[i]?.text;
  if (
    adverb !== undefined &&
    /ly$/i.test(adverb) &&
    ws[i + 1] !== undefined &&
    actionVerb(adverb) === undefined
  )
    i++;
  const first = ws[i];
  if (first === undefined)
    return { word: undefined, verb: undefined, weak: undefined, start: text.length, rest: text.length };
  const tail = lowerWord(text.slice(first.index));
  for (const opener of WEAK_OPENERS.entries) {
    if (tail.startsWith(opener.phrase) && !/[\p{L}\p{N}]/u.test(tail.charAt(opener.phrase.length))) {
      const end = first.index + opener.phrase.length;
      const rest = end + (text.slice(end).length - text.slice(end).trimStart().length);
      return {
        word: first.text,
        verb: undefined,
        weak: { opener, written: text.slice(first.index, end) },
        start: first.index,
        rest,
      };
    }
  }
  const end = first.index + first.text.length;
  const rest = end + (text.slice(end).length - text.slice(end).trimStart().length);
  return { word: first.text, verb: actionVerb(first.text), weak: undefined, start: first.index, rest };
}
