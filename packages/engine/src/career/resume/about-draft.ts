import { PROFILE_LIMITS } from "../data/words/profile-limits.js";
import { type EvidenceInput, measuredBy } from "./evidence-input.js";
import type { Placeholder } from "./placeholder.js";
import type { ProfileDraft, ProfileDraftInput } from "./profile-draft-input.js";
import { certificationLabel, targetRoleTitle } from "./profile-names.js";
import { capitalise, continuing, trimEnd } from "./sentence.js";

const CURRENT: Placeholder = { token: "[current role]", fill: "your job title today" };
const TARGET: Placeholder = { token: "[target role]", fill: "the role you are moving into" };
const WIN: Placeholder = { token: "[a delivery win]", fill: "what you did, in one line, from your evidence" };
const RESULT: Placeholder = {
  token: "[result with a number]",
  fill: "what changed because of it, as you measured it",
};
const STRENGTHS: Placeholder = {
  token: "[your strengths]",
  fill: "two or three competencies your evidence shows",
};
const NEXT: Placeholder = {
  token: "[the work you want next]",
  fill: "the kind of team, product or problem you want",
};

const about = PROFILE_LIMITS.entries.find((l) => l.field === "about");
const LIMIT = about?.maxChars ?? 2600;
const PREVIEW = about?.previewChars ?? 270;

/** "• Led the billing migration — cut hosting cost, as measured by hosting cost (22%)", from the user's words. */
function winLine(e: EvidenceInput, holes: Set<Placeholder>): string | undefined {
  const action = e.action === undefined ? "" : trimEnd(e.action);
  if (action === "") return undefined;
  const metrics = e.metrics ?? [];
  let result = e.result === undefined ? "" : continuing(trimEnd(e.result));
  if (metrics.length > 0) result = result === "" ? measuredBy(metrics) : `${result}, ${measuredBy(metrics)}`;
  if (result === "") {
    holes.add(RESULT);
    result = RESULT.token;
  }
  return `• ${capitalise(action)} — ${result}`;
}

/**
 * An About draft in the first person (the convention for this field, unlike resume bullets): who the
 * user is and where they are going, their wins in their own words, strengths, certifications held,
 * and what they want next. The opening line is kept short because only about the first
 * ${PREVIEW} characters show before "See more".
 */
export function aboutDraft(input: ProfileDraftInput): ProfileDraft {
  const holes = new Set<Placeholder>();
  const fill = (value: string | undefined, hole: Placeholder) => {
    if (value !== undefined && value.trim() !== "") return value.trim();
    holes.add(hole);
    return hole.token;
  };
  const current = fill(input.profile.currentRole, CURRENT);
  const target = input.profile.targetRoles[0];
  const role = fill(target === undefined ? undefined : targetRoleTitle(target), TARGET);
  const opening = `I'm ${/^[aeiou]/i.test(current) ? "an" : "a"} ${current} moving into a ${role} role.`;
  const wins = (input.evidence ?? []).flatMap((e) => winLine(e, holes) ?? []).slice(0, 3);
  if (wins.length === 0) {
    holes.add(WIN);
    holes.add(RESULT);
    wins.push(`• ${WIN.token} — ${RESULT.token}`);
  }
  const strengths = (input.strengths ?? []).map((s) => s.trim()).filter(Boolean);
  const certs = input.profile.certifications.map((c) => certificationLabel(c.id));
  const paragraphs = (shownWins: readonly string[]) =>
    [
      opening,
      `What I've delivered:\n${shownWins.join("\n")}`,
      `Strengths: ${strengths.length > 0 ? strengths.join(", ") : fill(undefined, STRENGTHS)}.`,
      certs.length > 0 ? `Certifications: ${certs.join(", ")}.` : "",
      `I'm looking for ${role} roles where ${fill(undefined, NEXT)}.`,
    ]
      .filter((p) => p !== "")
      .join("\n\n");
  let shown = wins;
  let text = paragraphs(shown);
  while (text.length > LIMIT && shown.length > 1) {
    shown = shown.slice(0, -1);
    text = paragraphs(shown);
  }
  const notes: string[] = [];
  if (text.length > LIMIT) notes.push(`Over ${LIMIT} characters: shorten your win lines.`);
  if (opening.length > PREVIEW)
    notes.push(`The first line runs past the ${PREVIEW} characters shown before "See more".`);
  return { text, placeholders: [...holes], chars: text.length, limit: LIMIT, notes };
}
