import { PROFILE_LIMITS } from "../data/words/profile-limits.js";
import type { Placeholder } from "./placeholder.js";
import type { ProfileDraft, ProfileDraftInput } from "./profile-draft-input.js";
import { certificationLabel, targetRoleTitle } from "./profile-names.js";
import { capitalise, trimEnd } from "./sentence.js";

const CURRENT: Placeholder = { token: "[current role]", fill: "your job title today" };
const TARGET: Placeholder = { token: "[target role]", fill: "the role you are moving into" };
const STRENGTH: Placeholder = {
  token: "[top PM strength]",
  fill: "a competency your evidence shows, e.g. release planning",
};

const LIMIT = PROFILE_LIMITS.entries.find((l) => l.field === "headline")?.maxChars ?? 220;

/** The first result the user recorded with a number in it: the proof a headline can carry. */
function proof(input: ProfileDraftInput): string | undefined {
  for (const e of input.evidence ?? []) {
    const result = e.result === undefined ? "" : trimEnd(e.result);
    if (/\d/.test(result) && result.length <= 70) return capitalise(result);
  }
  return undefined;
}

/**
 * A headline draft: "current role → target role | strengths | a result with a number | certifications",
 * every part from the user's own fields. When it is too long, the least telling parts go first:
 * extra strengths, then the proof.
 */
export function headlineDraft(input: ProfileDraftInput): ProfileDraft {
  const holes: Placeholder[] = [];
  const fill = (value: string | undefined, hole: Placeholder) => {
    if (value !== undefined && value.trim() !== "") return value.trim();
    holes.push(hole);
    return hole.token;
  };
  const current = fill(input.profile.currentRole, CURRENT);
  const target = input.profile.targetRoles[0];
  const role = `${current} → ${fill(target === undefined ? undefined : targetRoleTitle(target), TARGET)}`;
  const strengths = (input.strengths ?? []).map((s) => s.trim()).filter(Boolean);
  if (strengths.length === 0) strengths.push(fill(undefined, STRENGTH));
  const win = proof(input);
  const certs = input.profile.certifications.map((c) => certificationLabel(c.id)).join(", ");
  const line = (n: number, withWin: boolean) =>
    [role, strengths.slice(0, n).join(" · "), withWin ? (win ?? "") : "", certs]
      .filter((p) => p !== "")
      .join(" | ");
  const variants = [line(3, true), line(2, true), line(1, true), line(1, false)];
  const text = variants.find((v) => v.length <= LIMIT) ?? (variants.at(-1) as string);
  const notes: string[] = [];
  if (text.length > LIMIT) notes.push(`Over ${LIMIT} characters: shorten the current role or the strength.`);
  if (win === undefined)
    notes.push("Record a result with a number in your evidence to give the headline proof.");
  return { text, placeholders: holes, chars: text.length, limit: LIMIT, notes };
}
