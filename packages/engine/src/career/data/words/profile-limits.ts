import type { WordList } from "./word-list.js";

/** Length limits of a public profile's text fields, in characters (spaces and emoji count). */
export interface ProfileLimit {
  readonly field: "headline" | "about";
  readonly maxChars: number;
  /** Characters shown before "See more" on a desktop browser, where the About must make its point. */
  readonly previewChars?: number | undefined;
}

export const PROFILE_LIMITS: WordList<ProfileLimit> = {
  id: "profile-limits",
  version: 1,
  asOf: "2021-03",
  source:
    "LinkedIn character limits as collected by third parties (linkedinsights.com 2021 guide: headline 220, increased from 120 in April 2020; About 2,600; desktop preview 270-320); LinkedIn's own help not checked — verify before release",
  entries: [
    { field: "headline", maxChars: 220 },
    { field: "about", maxChars: 2600, previewChars: 270 },
  ],
};
