import type { Evidence } from "@keel/model";
import { findTerms } from "../data/words/find-terms.js";
import type { InterviewTheme } from "./theme.js";

/** `covered`: the story answers the theme and is complete; `weak`: it touches it; `missing`: it does not. */
export type CoverageStatus = "covered" | "weak" | "missing";

export interface StoryFit {
  readonly status: CoverageStatus;
  readonly why: string;
}

/**
 * Whether one story answers a theme. It does when it is tagged with a competency the theme tests
 * and its words say the theme happened; both signals are needed, since a tag alone or a word
 * alone ("risk") is often incidental. A story that answers but lacks a part or a number is weak.
 */
export function storyFit(theme: InterviewTheme, e: Evidence): StoryFit {
  const tags = theme.competencies.filter((c) => e.competencies.includes(c));
  const cues = findTerms([e.title, e.situation, e.action, e.result].join("\n"), theme.cues).map(
    (h) => h.written,
  );
  if (tags.length === 0 && cues.length === 0) {
    return {
      status: "missing",
      why: `Not tagged ${theme.competencies.join(" or ")}, and its words do not tell this theme.`,
    };
  }
  const tagged = `tagged ${tags.join(", ")}`;
  const says = `mentions ${cues.map((c) => `"${c}"`).join(", ")}`;
  if (tags.length === 0)
    return { status: "weak", why: `It ${says}, but is not tagged ${theme.competencies.join(" or ")}.` };
  if (cues.length === 0)
    return { status: "weak", why: `It is ${tagged}, but its words do not tell this theme.` };
  const lacks = [
    e.situation.trim() === "" ? "a situation" : "",
    e.action.trim() === "" ? "an action" : "",
    e.result.trim() === "" ? "a result" : "",
    e.metrics.length === 0 ? "a metric" : "",
  ].filter((s) => s !== "");
  return lacks.length === 0
    ? { status: "covered", why: `It is ${tagged} and ${says}.` }
    : { status: "weak", why: `It is ${tagged} and ${says}, but lacks ${lacks.join(", ")}.` };
}
