import { agileSettingsSchema } from "@keel/model";
import { describe, expect, it } from "vitest";
import { TEAM_TEMPLATES, teamTemplate } from "./team-templates.js";

describe("team templates", () => {
  it("offers the three templates, each valid settings naming itself", () => {
    expect(TEAM_TEMPLATES.map((t) => t.id)).toEqual(["greenfield-product", "kanban-ops", "hybrid-program"]);
    for (const t of TEAM_TEMPLATES) {
      const parsed = agileSettingsSchema.safeParse(t.settings);
      expect(parsed.error?.issues ?? [], t.id).toEqual([]);
      expect(t.settings.template).toBe(t.id);
    }
  });

  it("sets each team's cadence, unit, policy and lanes", () => {
    const scrum = teamTemplate("greenfield-product")?.settings;
    expect(scrum).toMatchObject({
      sprintLength: 14,
      estimateUnit: "points",
      focusFactor: 0.7,
      wipPolicy: "warn",
    });
    expect(scrum?.swimlanes).toBe("assignee");
    expect(scrum?.definitionOfDone.length).toBeGreaterThanOrEqual(5);
    expect(scrum?.definitionOfDone.length).toBeLessThanOrEqual(7);
    expect(scrum?.workflow.statuses.find((s) => s.id === "in-progress")?.wip).toBe(4);
    expect(scrum?.workflow.statuses.find((s) => s.id === "in-review")?.wip).toBe(3);
    expect(teamTemplate("kanban-ops")?.settings).toMatchObject({
      sprintLength: 0,
      estimateUnit: "hours",
      wipPolicy: "block",
      swimlanes: "none",
    });
    expect(teamTemplate("hybrid-program")?.settings).toMatchObject({ sprintLength: 14, swimlanes: "epic" });
    expect(teamTemplate("waterfall")).toBeUndefined();
  });
});
