import type { WordList } from "./word-list.js";

/** A bullet opening that hides what the writer did. */
export interface WeakOpener {
  readonly phrase: string;
  /**
   * True when the phrase already claims ownership ("responsible for coordinating"), so turning the
   * following verb into the opener ("Coordinated") says nothing the writer did not say.
   */
  readonly owns: boolean;
  readonly why: string;
}

const duty = "names a duty, not what you did";
const partial = "hides your part in the work";
const vague = "says nothing about the action";

/** Longer phrases first, so "was responsible for" wins over "responsible for". */
export const WEAK_OPENERS: WordList<WeakOpener> = {
  id: "weak-openers",
  version: 1,
  asOf: "2026-11",
  source:
    "career-facts.md § Bullet quality checks (responsible for / worked on / helped / assisted / participated in / involved in / tasked with / duties included)",
  entries: [
    { phrase: "was responsible for", owns: true, why: duty },
    { phrase: "responsible for", owns: true, why: duty },
    { phrase: "was tasked with", owns: true, why: duty },
    { phrase: "tasked with", owns: true, why: duty },
    { phrase: "in charge of", owns: true, why: duty },
    { phrase: "duties included", owns: true, why: duty },
    { phrase: "duties include", owns: true, why: duty },
    { phrase: "was involved in", owns: false, why: partial },
    { phrase: "involved in", owns: false, why: partial },
    { phrase: "participated in", owns: false, why: partial },
    { phrase: "was part of", owns: false, why: partial },
    { phrase: "part of", owns: false, why: partial },
    { phrase: "contributed to", owns: false, why: partial },
    { phrase: "helped with", owns: false, why: partial },
    { phrase: "helped to", owns: false, why: partial },
    { phrase: "helped", owns: false, why: partial },
    { phrase: "assisted with", owns: false, why: partial },
    { phrase: "assisted in", owns: false, why: partial },
    { phrase: "assisted", owns: false, why: partial },
    { phrase: "supported", owns: false, why: partial },
    { phrase: "worked on", owns: false, why: vague },
    { phrase: "worked with", owns: false, why: vague },
    { phrase: "worked", owns: false, why: vague },
    { phrase: "handled", owns: false, why: vague },
    { phrase: "dealt with", owns: false, why: vague },
    { phrase: "utilised", owns: false, why: vague },
    { phrase: "utilized", owns: false, why: vague },
    { phrase: "used", owns: false, why: vague },
    { phrase: "did", owns: false, why: vague },
    { phrase: "made", owns: false, why: vague },
    { phrase: "attended", owns: false, why: vague },
    { phrase: "exposure to", owns: false, why: vague },
    { phrase: "familiar with", owns: false, why: vague },
  ],
};
