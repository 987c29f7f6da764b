import type { WordList } from "./word-list.js";

/**
 * Words that carry no requirement: English function words and the stock phrases of postings
 * ("strong", "ability", "experience"). A posting line without a known term is compared on the
 * words left after these are removed.
 */
export const FILLER_WORDS: WordList<string> = {
  id: "filler-words",
  version: 1,
  asOf: "2026-11",
  source: "common English stop words and stock phrases of job postings",
  entries: [
    ..."a about above across after all also an and any are as at be been being both but by can could do does each either etc for from had has have how if in including into is it its may more most must no not of on or other our out over own per same should so some such than that the their them then there these they this those through to under up us very via was we were what when where which while who whom why will with within would you your yours".split(
      " ",
    ),
    ..."ability able abilities background candidate comfortable demonstrated desire environment excellent experience experienced familiarity familiar good great help ideal ideally including join knowledge looking minimum new plus preferred proficiency proficient proven related relevant required requirement role skill skills solid strong team teams track understanding using work working world year years".split(
      " ",
    ),
  ],
};
