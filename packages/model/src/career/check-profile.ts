import type { LocalDate } from "../dates.js";
import type { Profile } from "./profile.js";
import { type ProfileIssue, profileIssue } from "./profile-issue.js";
import { yearMonthOf } from "./year-month.js";

/**
 * What a profile's schema cannot know: dates after `today`. Experience, training and certificates
 * record what has happened; a planned course or project goes elsewhere. `today` is injected
 * because the model has no clock.
 */
export function checkProfile(profile: Profile, today: LocalDate): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const thisMonth = yearMonthOf(today);
  const future = (path: PropertyKey[], value: string) =>
    issues.push(profileIssue(path, `${value} is in the future (today is ${today})`));
  profile.experience.forEach((e, i) => {
    if (e.from > thisMonth) future(["experience", i, "from"], e.from);
    if (e.to !== undefined && e.to > thisMonth) {
      issues.push(
        profileIssue(
          ["experience", i, "to"],
          `${e.to} is in the future (today is ${today}); leave the end empty while the work goes on`,
        ),
      );
    }
  });
  profile.training.forEach((t, i) => {
    if (t.completed > today) future(["training", i, "completed"], t.completed);
  });
  profile.certifications.forEach((c, i) => {
    if (c.earned > today) future(["certifications", i, "earned"], c.earned);
  });
  return issues;
}
