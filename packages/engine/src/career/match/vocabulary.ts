import { EDUCATION_WORDS } from "../data/words/education-words.js";
import { JARGON } from "../data/words/jargon.js";
import { PM_KEYWORDS } from "../data/words/pm-keywords.js";
import { PM_TOOLS } from "../data/words/pm-tools.js";
import { ROLE_TITLES } from "../data/words/role-titles.js";
import { SOFT_SKILLS } from "../data/words/soft-skills.js";
import { TECHNICAL_LITERACY } from "../data/words/technical-literacy.js";
import type { Term } from "../data/words/word-list.js";

/**
 * The terms a posting is read for, plus the candidate's own skills so a skill the lists do not
 * know ("Salesforce CPQ") is still found when the posting names it. A skill already known by
 * any form is not added twice. Role titles are read too, so "3+ years as a Scrum Master" asks for
 * the role, not for knowing Scrum; they are scored as the title, not as keywords. Engineering
 * tools from the jargon list count as terms here: a technical posting may rightly ask for them.
 */
export function postingVocabulary(skills: readonly string[]): Term[] {
  const known: Term[] = [
    ...PM_KEYWORDS.entries,
    ...PM_TOOLS.entries,
    ...TECHNICAL_LITERACY.entries,
    ...SOFT_SKILLS.entries,
    ...EDUCATION_WORDS.entries,
    ...ROLE_TITLES.entries,
  ];
  const forms = new Set(known.flatMap((t) => [t.term, ...(t.aliases ?? [])].map((f) => f.toLowerCase())));
  // Engineering tools are fair keywords in a posting; their two-letter short forms ("PR") are not.
  const tools = JARGON.entries
    .filter((j) => !forms.has(j.term.toLowerCase()))
    .map(({ term, aliases, caseSensitive }) => ({
      term,
      aliases: aliases?.filter((a) => a.length > 2),
      caseSensitive,
    }));
  for (const t of tools) forms.add(t.term.toLowerCase());
  const own = [
    ...new Set(skills.map((s) => s.trim()).filter((s) => s !== "" && !forms.has(s.toLowerCase()))),
  ];
  return [...known, ...tools, ...own.map((term) => ({ term }))];
}

const roleTitles = new Set(ROLE_TITLES.entries.map((t) => t.term));

/** Whether a vocabulary term is a role title. */
export const isRoleTitle = (term: string): boolean => roleTitles.has(term);
