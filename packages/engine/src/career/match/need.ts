import type { SectionKind } from "./split-posting.js";

/** A must-have or a nice-to-have. */
export type Need = "required" | "preferred";

const PREFERRED =
  /\b(?:preferred|preferably|a plus|nice[ -]to[ -]have|bonus|desired|desirable|ideally|an advantage)\b/i;
const REQUIRED = /\b(?:required|must)\b/i;

/** A qualification is a nice-to-have under a preferred heading or next to "a plus"; otherwise a must-have. */
export function qualificationNeed(kind: SectionKind, text: string): Need {
  return kind === "preferred" || PREFERRED.test(text) ? "preferred" : "required";
}

/**
 * A certification is a must-have among the requirements or next to "required" / "must"; named
 * anywhere else (the role's intro, a responsibility) it is a nice-to-have.
 */
export function certificationNeed(kind: SectionKind, text: string): Need {
  if (kind === "preferred" || PREFERRED.test(text)) return "preferred";
  return kind === "required" || REQUIRED.test(text) ? "required" : "preferred";
}
