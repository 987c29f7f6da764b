import { teamTemplate } from "@keel/engine";
import type { ExerciseStarterSummary } from "./career-api.js";

/** What "Start this exercise" makes, in words: "A new practice project from …, with …; it opens in the … view." */
export function starterText(starter: ExerciseStarterSummary, view: string): string {
  const extras = [
    starter.teamTemplate === null
      ? ""
      : `the ${teamTemplate(starter.teamTemplate)?.name ?? starter.teamTemplate} team template`,
    starter.backlogItems === 0
      ? ""
      : `${starter.backlogItems} backlog ${starter.backlogItems === 1 ? "item" : "items"}`,
    starter.kpis === 0 ? "" : `${starter.kpis} business ${starter.kpis === 1 ? "KPI" : "KPIs"}`,
  ].filter((x) => x !== "");
  const added = extras.length === 0 ? "" : `, with ${extras.join(", ").replace(/, ([^,]*)$/, " and $1")}`;
  return `A new practice project from ${starter.file}${added}; it opens in the ${view} view.`;
}
