import type { WordList } from "./word-list.js";

/** A number written as a word. */
export interface NumberWord {
  readonly word: string;
  readonly value: number;
}

/** "one" is left out: it is far more often a pronoun ("one of the") than a count. */
export const NUMBER_WORDS: WordList<NumberWord> = {
  id: "number-words",
  version: 1,
  asOf: "2026-11",
  source: "English cardinal numbers",
  entries: [
    { word: "zero", value: 0 },
    { word: "two", value: 2 },
    { word: "three", value: 3 },
    { word: "four", value: 4 },
    { word: "five", value: 5 },
    { word: "six", value: 6 },
    { word: "seven", value: 7 },
    { word: "eight", value: 8 },
    { word: "nine", value: 9 },
    { word: "ten", value: 10 },
    { word: "eleven", value: 11 },
    { word: "twelve", value: 12 },
    { word: "fifteen", value: 15 },
    { word: "twenty", value: 20 },
    { word: "thirty", value: 30 },
    { word: "fifty", value: 50 },
    { word: "half", value: 0.5 },
    { word: "hundred", value: 100 },
    { word: "dozen", value: 12 },
    { word: "dozens", value: 24 },
    { word: "hundreds", value: 200 },
    { word: "thousands", value: 2000 },
  ],
};
