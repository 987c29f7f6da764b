import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { resumeBullets } from "./resume-bullets.js";
import { suggestRewrite } from "./suggest-rewrite.js";

// A claiming opener becomes its verb only when every duty it lists can follow it in the past tense;
// otherwise the writer's own wording stays, never "Coordinated X, and for keeping Y".
const TABLE: readonly [action: string, lead: string][] = [
  [
    "Responsible for coordinating releases, and for keeping the plan current",
    "Coordinated releases and kept the plan current",
  ],
  [
    "Responsible for coordinating releases and for keeping the plan current",
    "Coordinated releases and kept the plan current",
  ],
  [
    "Was responsible for planning sprints, for running reviews and for reporting to the sponsor",
    "Planned sprints, ran reviews and reported to the sponsor",
  ],
  [
    "Responsible for coordinating releases, for running reviews, and for keeping the plan current",
    "Coordinated releases, ran reviews, and kept the plan current",
  ],
  [
    "Responsible for coordinating releases and maintaining the deployment pipeline",
    "Coordinated releases and maintained the deployment pipeline",
  ],
  [
    "Responsible for coordinating releases or for escalating the blockers",
    "Coordinated releases or escalated the blockers",
  ],
  [
    "Tasked with migrating the billing data and with testing the cut-over",
    "Migrated the billing data and tested the cut-over",
  ],
  [
    "Was tasked with upgrading the clusters, and with setting the maintenance windows",
    "Upgraded the clusters and set the maintenance windows",
  ],
  [
    "In charge of scheduling the releases and of chasing the vendors",
    "Scheduled the releases and chased the vendors",
  ],
  [
    "Duties included planning the sprints and hosting the reviews",
    "Planned the sprints and hosted the reviews",
  ],
  ["Responsible for coordinating and for leading the release train", "Coordinated and led the release train"],
  [
    "In charge of hiring; grew the QA team from 2 to 6 testers",
    "Hired; grew the QA team from 2 to 6 testers",
  ],
  // Nothing coordinated, or a noun after "and": the opener becomes the verb as before.
  ["Responsible for coordinating releases for 3 squads", "Coordinated releases for 3 squads"],
  [
    "Responsible for coordinating the planning and testing of releases",
    "Coordinated the planning and testing of releases",
  ],
  [
    "Responsible for coordinating releases, reducing the rollbacks",
    "Coordinated releases, reducing the rollbacks",
  ],
  // A duty that cannot follow cleanly: the rewrite is not applied.
  [
    "Responsible for coordinating releases, and for the on-call rota",
    "Responsible for coordinating releases, and for the on-call rota",
  ],
  [
    "Responsible for coordinating releases and for 3 vendor contracts",
    "Responsible for coordinating releases and for 3 vendor contracts",
  ],
  [
    "Responsible for coordinating releases and for marketing the launch",
    "Responsible for coordinating releases and for marketing the launch",
  ],
  [
    "In charge of planning the sprints and of the budget",
    "In charge of planning the sprints and of the budget",
  ],
];

describe("a claiming opener rewritten with every duty it lists", () => {
  it.each(TABLE)("resume bullet from %j", (action, lead) => {
    const [b] = resumeBullets([
      {
        id: "e1",
        title: "Win",
        project: "",
        role: "",
        situation: "",
        action,
        result: "",
        metrics: [],
        scale: { teams: 2 },
        competencies: [],
        date: "2026-01-05" as LocalDate,
        visibility: "private",
      },
    ]);
    expect(b?.text).toBe(`${lead} across 2 teams, [what changed] by [X]%`);
  });

  it.each(TABLE)("rewrite of %j", (bullet, lead) => {
    // The rewrite puts the scope after the main clause, before the first comma.
    const text = suggestRewrite(bullet, { scale: { teams: 2 } }).text.replace(" across 2 teams", "");
    expect(text.startsWith(lead), text).toBe(true);
  });
});
