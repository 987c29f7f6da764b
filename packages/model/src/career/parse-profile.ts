import type { LocalDate } from "../dates.js";
import { checkProfile } from "./check-profile.js";
import { type Profile, profileSchema } from "./profile.js";
import { type ProfileIssue, profileIssue } from "./profile-issue.js";

export type ProfileParse =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

/** Validates untrusted input (an HTTP body, a file) as a profile, checking dates against `today`. */
export function parseProfile(input: unknown, today: LocalDate): ProfileParse {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) =>
        profileIssue(
          issue.path,
          issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message,
        ),
      ),
    };
  }
  const issues = checkProfile(parsed.data, today);
  return issues.length === 0 ? { ok: true, profile: parsed.data } : { ok: false, issues };
}
