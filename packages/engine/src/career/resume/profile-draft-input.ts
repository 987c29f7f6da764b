import type { Profile } from "@keel/model";
import type { EvidenceInput } from "./evidence-input.js";
import type { Placeholder } from "./placeholder.js";

/** What a headline or About draft is built from: the profile, the strengths to lead with, the best wins. */
export interface ProfileDraftInput {
  readonly profile: Pick<Profile, "currentRole" | "targetRoles" | "certifications">;
  /** Competencies to lead with, strongest first, in the user's words. */
  readonly strengths?: readonly string[] | undefined;
  /** The user's best evidence, best first. */
  readonly evidence?: readonly EvidenceInput[] | undefined;
}

/** A draft to edit: never published for the user. */
export interface ProfileDraft {
  readonly text: string;
  readonly placeholders: readonly Placeholder[];
  readonly chars: number;
  /** The field's length limit in characters. */
  readonly limit: number;
  /** What to check or add, in plain words. */
  readonly notes: readonly string[];
}
