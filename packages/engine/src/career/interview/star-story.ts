import type { Evidence, EvidenceWorkScale } from "@keel/model";
import { STORY_NORMS } from "../data/interview-themes.js";
import type { Placeholder } from "../resume/placeholder.js";

/** A STAR answer drafted from one evidence entry; `[…]` placeholders mark what the entry lacks. */
export interface StarStory {
  readonly evidenceId: string;
  readonly title: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
  /** The four parts, one per line, labelled. */
  readonly text: string;
  readonly placeholders: readonly Placeholder[];
  /** Practice norms the draft does not meet yet. */
  readonly notes: readonly string[];
}

const SITUATION = { token: "[situation]", fill: "where you were and what was at stake" };
const ROLE = { token: "[your role]", fill: "your role in the work" };
const PROJECT = { token: "[project]", fill: "the project or team" };
const ACTION = { token: "[action]", fill: "what you did yourself, the longest part of the answer" };
const RESULT = { token: "[result]", fill: "what changed because of it" };
const NUMBER = {
  token: "[number]",
  fill: "a number that shows the result: before and after, time, money, defects",
};

/**
 * Drafts a STAR story from the entry's own fields only: its words, scale and metrics, joined by
 * fixed connecting words. Nothing the entry does not say is added; gaps become placeholders.
 */
export function starStory(e: Evidence): StarStory {
  const placeholders: Placeholder[] = [];
  const or = (text: string, p: Placeholder) => {
    if (text.trim() !== "") return text.trim();
    placeholders.push(p);
    return p.token;
  };
  const scale = scaleText(e.scale);
  const situation = [sentence(or(e.situation, SITUATION)), scale].filter((s) => s !== "").join(" ");
  const task = sentence(`As ${or(e.role, ROLE)} on ${or(e.project, PROJECT)}: ${e.title}`);
  const action = sentence(or(e.action, ACTION));
  const told = sentence(or(e.result, RESULT));
  const measured =
    e.metrics.length > 0
      ? sentence(`Measured: ${e.metrics.map((m) => `${m.name} ${m.value}${unitText(m.unit)}`).join(", ")}`)
      : or("", NUMBER); // no metric: ask for one
  const result = `${told} ${measured}`;
  return {
    evidenceId: e.id,
    title: e.title,
    situation,
    task,
    action,
    result,
    text: `Situation: ${situation}\nTask: ${task}\nAction: ${action}\nResult: ${result}`,
    placeholders,
    notes: notesOn(e.situation.trim(), e.action.trim()),
  };
}

function notesOn(situation: string, action: string): string[] {
  if (action === "") return [];
  return [
    action.length < situation.length ? STORY_NORMS.actionFirst : "",
    /\bwe\b/i.test(action) && !/\bI\b/.test(action) ? STORY_NORMS.sayI : "",
  ].filter((n) => n !== "");
}

/** "The work spanned 3 teams, 12 people, a budget of 250000 and 10 weeks." */
function scaleText(s: EvidenceWorkScale): string {
  const parts = [
    s.teams === undefined ? "" : `${s.teams} ${s.teams === 1 ? "team" : "teams"}`,
    s.people === undefined ? "" : `${s.people} ${s.people === 1 ? "person" : "people"}`,
    s.budget === undefined ? "" : `a budget of ${s.budget}`,
    s.durationWeeks === undefined ? "" : `${s.durationWeeks} ${s.durationWeeks === 1 ? "week" : "weeks"}`,
  ].filter((p) => p !== "");
  if (parts.length === 0) return "";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `The work spanned ${list}.`;
}

function unitText(unit: string | undefined): string {
  if (unit === undefined || unit === "") return "";
  return unit === "%" ? "%" : ` ${unit}`;
}

/** Ends the text with a full stop unless it already ends a sentence or is a placeholder. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?\]]$/.test(t) ? t : `${t}.`;
}
