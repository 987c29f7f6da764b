import { DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { describe, expect, it } from "vitest";
import { draftOfSettings, parseWip, settingsOfDraft, settingsProblems, statusId } from "./settings-form.js";

describe("settings form", () => {
  it("makes a unique status key from its name", () => {
    expect(statusId("In Review", [])).toBe("in-review");
    expect(statusId("In Review", ["in-review", "in-review-2"])).toBe("in-review-3");
    expect(statusId("  ?? ", [])).toBe("status");
  });

  it("reads an empty WIP limit as none", () => {
    expect(parseWip(" ")).toBeUndefined();
    expect(parseWip("3")).toBe(3);
  });

  it("accepts the defaults and names each problem by field or status row", () => {
    expect(settingsProblems(DEFAULT_AGILE_SETTINGS)).toEqual([]);
    const [first, second] = DEFAULT_AGILE_SETTINGS.workflow.statuses;
    const broken = {
      ...DEFAULT_AGILE_SETTINGS,
      focusFactor: 0,
      keyPrefix: "app",
      workflow: { statuses: [first, { ...second, wip: 1.5 }] },
    } as never;
    const problems = settingsProblems(broken);
    expect(problems).toContain("Focus factor: Too small: expected number to be >0");
    expect(problems.some((p) => p.startsWith("Status “In Progress”, wip:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("Key prefix: expected 1–10 capital letters"))).toBe(true);
    // The workflow's own rules once its fields are well formed.
    const noDone = { ...DEFAULT_AGILE_SETTINGS, workflow: { statuses: [first, second] } } as never;
    expect(settingsProblems(noDone)).toEqual(['Workflow: at least one status needs category "done"']);
  });
});

describe("settings draft", () => {
  const base = {
    ...DEFAULT_AGILE_SETTINGS,
    workflow: {
      statuses: DEFAULT_AGILE_SETTINGS.workflow.statuses,
      transitions: [
        { from: "todo", to: "in-progress" },
        { from: "in-progress", to: "done" },
        { from: "*", to: "todo" },
      ],
    },
  };

  it("gives back the same settings when nothing was edited", () => {
    expect(settingsOfDraft(draftOfSettings(base), base)).toEqual(base);
  });

  it("keys added statuses by name, keeps limits and drops transitions of removed statuses", () => {
    const draft = draftOfSettings(base);
    const [todo, , done] = draft.statuses;
    const edited = {
      ...draft,
      statuses: [todo, { id: "", key: "new-1", name: "Review", category: "doing", wip: "2" }, done] as never,
      focusFactor: "0,6",
      definitionOfDone: "Reviewed\n\nDeployed to staging",
    };
    const settings = settingsOfDraft(edited, base);
    expect(settings.workflow.statuses[1]).toEqual({
      id: "review",
      name: "Review",
      category: "doing",
      wip: 2,
    });
    expect(settings.workflow.transitions).toEqual([{ from: "*", to: "todo" }]);
    expect(settings.focusFactor).toBe(0.6);
    expect(settings.definitionOfDone).toEqual(["Reviewed", "Deployed to staging"]);
    expect(settingsProblems(settings)).toEqual([]);
  });

  it("leaves an empty sprint length for the check to refuse", () => {
    const settings = settingsOfDraft({ ...draftOfSettings(base), sprintLength: "" }, base);
    expect(settingsProblems(settings)[0]).toMatch(/^Sprint length:/);
  });
});
