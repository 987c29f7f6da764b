import { DUTY_VERBS } from "../data/words/duty-verbs.js";
import { type ActionVerb, STRONG_VERBS } from "../data/words/strong-verbs.js";

/** Every way a bullet writes a verb: base, third person, past and -ing, each mapped to its verb. */
function verbForms(v: ActionVerb): string[] {
  const { base, past } = v;
  const third = /[^aeiou]y$/.test(base)
    ? `${base.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z|o)$/.test(base)
      ? `${base}es`
      : `${base}s`;
  return [base, third, past, ...ingForms(v)];
}

/** "coordinating", "running", "keeping": the -ing spellings a verb may take. */
function ingForms({ base, past }: ActionVerb): string[] {
  const ing = [`${base}ing`, `${base.replace(/e$/, "")}ing`, `${base}${base.at(-1)}ing`];
  if (past.endsWith("ed")) ing.push(`${past.slice(0, -2)}ing`);
  return ing;
}

const byForm = new Map<string, ActionVerb>();
for (const v of STRONG_VERBS.entries) {
  for (const f of verbForms(v)) if (!byForm.has(f)) byForm.set(f, v);
}

const byGerund = new Map<string, ActionVerb>();
for (const v of [...STRONG_VERBS.entries, ...DUTY_VERBS.entries]) {
  for (const f of ingForms(v)) if (!byGerund.has(f)) byGerund.set(f, v);
}

/** The strong verb a word is a form of ("coordinating" → coordinate/coordinated), if any. */
export function actionVerb(word: string): ActionVerb | undefined {
  return byForm.get(word.toLowerCase());
}

/**
 * The verb an -ing word is a form of, strong or an everyday duty verb ("keeping" → keep/kept), if
 * it is listed: only a listed verb's past tense is known for sure.
 */
export function gerundVerb(word: string): ActionVerb | undefined {
  return byGerund.get(word.toLowerCase());
}
