import { PASSIVE_VOICE } from "../data/words/passive-voice.js";
import { onlyEntry } from "../data/words/word-list.js";
import { lowerWord, type Word, wordsOf } from "./bullet-text.js";

const words = onlyEntry(PASSIVE_VOICE);
const auxiliaries = new Set(words.auxiliaries);
const between = new Set(words.between);
const irregular = new Set(words.irregularParticiples);

function isParticiple(w: string): boolean {
  return irregular.has(w) || (w.length >= 4 && w.endsWith("ed"));
}

/**
 * The first passive phrase in a bullet ("was delivered", "were not migrated"), or a bullet that
 * opens with a participle and "by" ("Selected by the CTO…"); undefined when the bullet is active.
 */
export function passivePhrase(text: string): string | undefined {
  const ws: Word[] = wordsOf(text);
  const lower = ws.map((w) => lowerWord(w.text));
  const span = (from: number, to: number) => {
    const first = ws[from] as Word;
    const last = ws[to] as Word;
    return text.slice(first.index, last.index + last.text.length);
  };
  for (let i = 0; i < lower.length; i++) {
    if (!auxiliaries.has(lower[i] as string)) continue;
    let j = i + 1;
    while (j < lower.length && (between.has(lower[j] as string) || (lower[j] as string).endsWith("ly"))) j++;
    if (j < lower.length && isParticiple(lower[j] as string)) return span(i, j);
  }
  // "Reduced by 40%" states a change; "Selected by the CTO" hides who acted.
  const third = lower[2];
  if (isParticiple(lower[0] ?? "") && lower[1] === "by" && third !== undefined && !/^[\d$€£]/.test(third)) {
    return span(0, 1);
  }
  return undefined;
}
