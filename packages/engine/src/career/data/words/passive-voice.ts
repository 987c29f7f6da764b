import type { WordList } from "./word-list.js";

/** What a passive clause is built from: a form of "be" or "get", then a past participle. */
export interface PassiveVoiceWords {
  readonly auxiliaries: readonly string[];
  /** Words allowed between the auxiliary and the participle ("was successfully delivered"). */
  readonly between: readonly string[];
  /** Past participles that do not end in -ed. */
  readonly irregularParticiples: readonly string[];
}

export const PASSIVE_VOICE: WordList<PassiveVoiceWords> = {
  id: "passive-voice",
  version: 1,
  asOf: "2026-11",
  source:
    'career-facts.md § Bullet quality checks ("not passive"); English grammar: be/get + past participle',
  entries: [
    {
      auxiliaries: ["am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"],
      between: ["not", "also", "then", "all", "fully", "successfully", "later", "eventually", "quickly"],
      irregularParticiples: [
        "built",
        "rebuilt",
        "led",
        "run",
        "done",
        "made",
        "given",
        "taken",
        "undertaken",
        "written",
        "rewritten",
        "driven",
        "chosen",
        "shown",
        "sent",
        "held",
        "kept",
        "brought",
        "known",
        "seen",
        "overseen",
        "set",
        "put",
        "cut",
        "met",
        "spent",
        "won",
        "begun",
        "broken",
        "found",
        "grown",
        "paid",
        "sold",
        "told",
        "taught",
        "understood",
        "forecast",
      ],
    },
  ],
};
