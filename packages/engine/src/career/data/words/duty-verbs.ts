import type { ActionVerb } from "./strong-verbs.js";
import type { WordList } from "./word-list.js";

const v = (base: string, past = `${base.endsWith("e") ? base.slice(0, -1) : base}ed`): ActionVerb => ({
  base,
  past,
});

/**
 * Everyday verbs a list of duties carries after its first one ("responsible for coordinating
 * releases and for keeping the plan current"). They are not strong verbs, so a bullet does not
 * pass the verb check by opening with one; they are here only so that, when a claiming opener
 * becomes its verb, each duty after it can be put in the past tense too ("… and kept the plan
 * current"). Irregular pasts are spelled out.
 */
export const DUTY_VERBS: WordList<ActionVerb> = {
  id: "duty-verbs",
  version: 1,
  asOf: "2026-11",
  source:
    "career-facts.md § Bullet quality checks (duty phrasing: responsible for / tasked with / in charge of); everyday English verbs with their standard past tense",
  entries: [
    v("keep", "kept"),
    v("maintain"),
    v("ensure"),
    v("support"),
    v("handle"),
    v("work"),
    v("help"),
    v("make", "made"),
    v("set", "set"),
    v("get", "got"),
    v("hold", "held"),
    v("meet", "met"),
    v("give", "gave"),
    v("take", "took"),
    v("bring", "brought"),
    v("send", "sent"),
    v("answer"),
    v("respond"),
    v("review"),
    v("update"),
    v("prepare"),
    v("follow"),
    v("check"),
    v("collect"),
    v("gather"),
    v("liaise"),
    v("attend"),
    v("host"),
    v("fix"),
    v("book"),
    v("arrange"),
    v("share"),
    v("record"),
    v("triage"),
    v("chase"),
  ],
};
