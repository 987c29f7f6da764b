import type { Term, WordList } from "./word-list.js";

/**
 * Degrees as postings ask for them and as people write them. "BA" and "BS" are left out: as
 * words they match too much else.
 */
export const EDUCATION_WORDS: WordList<Term> = {
  id: "education-words",
  version: 1,
  asOf: "2026-11",
  source:
    "career-facts.md § How match tools score (education is scored when a posting asks for it); degree abbreviations as written on resumes",
  entries: [
    {
      term: "bachelor's degree",
      aliases: [
        "bachelor",
        "bachelors",
        "undergraduate degree",
        "BSc",
        "B.Sc.",
        "BEng",
        "B.Eng.",
        "four-year degree",
      ],
    },
    {
      term: "master's degree",
      aliases: ["masters degree", "MSc", "M.Sc.", "MEng", "MBA", "postgraduate degree"],
    },
    { term: "PhD", aliases: ["doctorate"] },
  ],
};
