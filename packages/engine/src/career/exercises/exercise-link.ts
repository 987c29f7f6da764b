import type { ExerciseView } from "./exercise.js";

/** Where each view lives under `/projects/<id>`: the plan is the project's own page. */
const VIEW_PATH: Readonly<Record<ExerciseView, string>> = {
  plan: "",
  capacity: "/capacity",
  backlog: "/agile/backlog",
  "agile-setup": "/agile/setup",
  raid: "/raid",
  dashboard: "/dashboard",
  changes: "/changes",
  forecast: "/forecast",
  status: "/status",
  vision: "/vision",
};

/** The web app's path of an exercise's view on one project. */
export function exerciseLink(projectId: string, view: ExerciseView): string {
  return `/projects/${encodeURIComponent(projectId)}${VIEW_PATH[view]}`;
}
