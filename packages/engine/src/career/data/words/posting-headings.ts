import type { WordList } from "./word-list.js";

/**
 * What a posting section holds. `required` and `preferred` are qualifications (must-haves weigh
 * more than nice-to-haves); `intro` describes the role in prose; `skip` is about the employer
 * (company, benefits, equal-opportunity text) and is not read for terms.
 */
export type PostingSectionKind = "required" | "preferred" | "responsibilities" | "intro" | "skip";

export interface PostingHeading {
  readonly heading: string;
  readonly kind: PostingSectionKind;
}

const h = (kind: PostingSectionKind, ...headings: string[]): PostingHeading[] =>
  headings.map((heading) => ({ heading, kind }));

/**
 * Common section headings, matched against a whole heading line (case, punctuation and a trailing
 * colon ignored). A line holding several is read by its longest: "Preferred qualifications" is
 * preferred, not required.
 */
export const POSTING_HEADINGS: WordList<PostingHeading> = {
  id: "posting-headings",
  version: 1,
  asOf: "2026-11",
  source:
    "headings of PM job postings (Huntr separates qualifications from responsibilities and must-haves from nice-to-haves; career-facts.md § How match tools score)",
  entries: [
    ...h(
      "required",
      "requirements",
      "qualifications",
      "required qualifications",
      "minimum qualifications",
      "basic qualifications",
      "required skills",
      "skills and experience",
      "skills & experience",
      "experience",
      "what you'll bring",
      "what you will bring",
      "what you bring",
      "what you'll need",
      "what you will need",
      "what you need",
      "what we're looking for",
      "what we are looking for",
      "who you are",
      "about you",
      "you have",
      "you are",
      "must have",
      "must haves",
      "must-haves",
      "your background",
      "your profile",
      "skills",
      "knowledge, skills and abilities",
    ),
    ...h(
      "preferred",
      "nice to have",
      "nice to haves",
      "nice-to-haves",
      "preferred",
      "preferred qualifications",
      "preferred skills",
      "preferred experience",
      "bonus",
      "bonus points",
      "pluses",
      "a plus",
      "desired",
      "desired skills",
      "desired qualifications",
      "it's a plus if",
      "extra credit",
    ),
    ...h(
      "responsibilities",
      "responsibilities",
      "key responsibilities",
      "duties",
      "duties and responsibilities",
      "what you'll do",
      "what you will do",
      "what you'll be doing",
      "what you will be doing",
      "in this role you will",
      "in this role, you will",
      "your role",
      "your responsibilities",
      "your impact",
      "day to day",
      "day-to-day",
      "the work",
      "you will",
      "you'll",
    ),
    ...h(
      "intro",
      "about the role",
      "the role",
      "role overview",
      "overview",
      "position summary",
      "job summary",
      "summary",
      "job description",
      "the opportunity",
      "about the job",
      "about this role",
      "about the position",
    ),
    ...h(
      "skip",
      "about us",
      "about the company",
      "about the team",
      "who we are",
      "our company",
      "our mission",
      "our values",
      "benefits",
      "perks",
      "perks and benefits",
      "benefits and perks",
      "what we offer",
      "why join us",
      "why you'll love working here",
      "compensation",
      "salary",
      "pay range",
      "salary range",
      "equal opportunity",
      "equal opportunity employer",
      "eeo statement",
      "how to apply",
      "location",
      "work environment",
    ),
  ],
};
