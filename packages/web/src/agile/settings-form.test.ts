import { DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  addStatus,
  draftOfSettings,
  parseWip,
  removeStatus,
  setEveryMove,
  settingsOfDraft,
  settingsProblems,
  statusId,
  transitionProblems,
} from "./settings-form.js";

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
    const draft = removeStatus(draftOfSettings(base), 1);
    const added = addStatus(draft, "Review", 0);
    const edited = {
      ...added,
      statuses: added.statuses.map((r) => (r.name === "Review" ? { ...r, wip: "2" } : r)),
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
    // In Progress went with its moves; Review is linked between To Do and Done by its new id.
    expect(settings.workflow.transitions).toEqual([
      { from: "*", to: "todo" },
      { from: "todo", to: "review" },
      { from: "review", to: "done" },
    ]);
    expect(settings.focusFactor).toBe(0.6);
    expect(settings.definitionOfDone).toEqual(["Reviewed", "Deployed to staging"]);
    expect(settingsProblems(settings)).toEqual([]);
  });

  it("places an added status after the row asked for, with a key of its own", () => {
    const draft = addStatus(addStatus(draftOfSettings(base), "Triage", -1), "Blocked", 3);
    expect(draft.statuses.map((r) => r.name)).toEqual(["Triage", "To Do", "In Progress", "Done", "Blocked"]);
    expect(draft.statuses.map((r) => r.key)).toEqual(["new-1", "todo", "in-progress", "done", "new-2"]);
    // First and last: their one neighbour serves both ways, except where "*" already reaches To Do.
    expect(draft.transitions).toContainEqual({ from: "todo", to: "new-1" });
    expect(draft.transitions).not.toContainEqual({ from: "new-1", to: "todo" });
    expect(draft.transitions).toContainEqual({ from: "done", to: "new-2" });
    expect(draft.transitions).toContainEqual({ from: "new-2", to: "done" });
  });

  it("keeps ids and moves when a status is renamed, so stored items keep their status", () => {
    const draft = draftOfSettings(base);
    const renamed = {
      ...draft,
      statuses: draft.statuses.map((r) => (r.id === "in-progress" ? { ...r, name: "Building" } : r)),
    };
    const settings = settingsOfDraft(renamed, base);
    expect(settings.workflow.statuses[1]).toEqual({ id: "in-progress", name: "Building", category: "doing" });
    expect(settings.workflow.transitions).toEqual(base.workflow.transitions);
  });

  it("adds no moves to a workflow that allows every move, and stores none while the switch is on", () => {
    const open = {
      ...DEFAULT_AGILE_SETTINGS,
      workflow: { statuses: DEFAULT_AGILE_SETTINGS.workflow.statuses },
    };
    const draft = addStatus(draftOfSettings(open), "Review", 1);
    expect(draft.everyMove).toBe(true);
    expect(draft.transitions).toEqual([]);
    expect(settingsOfDraft(draft, open).workflow.transitions).toBeUndefined();
    // Switched off, it starts from the neighbours in board order, the new status among them.
    const closed = setEveryMove(draft, false);
    expect(closed.transitions).toContainEqual({ from: "in-progress", to: "new-1" });
    expect(closed.transitions).toContainEqual({ from: "new-1", to: "done" });
    expect(closed.transitions).toHaveLength(6);
    // Switched on and off again, the moves listed meanwhile are kept, but stored only while off.
    const listed = draftOfSettings(base);
    const on = setEveryMove(listed, true);
    expect(settingsOfDraft(on, base).workflow.transitions).toBeUndefined();
    expect(setEveryMove(on, false).transitions).toEqual(base.workflow.transitions);
  });

  it("refuses an empty list of moves while every move is not allowed", () => {
    const draft = draftOfSettings(base);
    expect(transitionProblems(draft)).toEqual([]);
    expect(transitionProblems({ ...draft, transitions: [] })).toEqual([
      "Transitions: no move is allowed. Check at least one, or switch on “Allow every move”.",
    ]);
    expect(transitionProblems({ ...draft, transitions: [], everyMove: true })).toEqual([]);
  });

  it("leaves an empty sprint length for the check to refuse", () => {
    const settings = settingsOfDraft({ ...draftOfSettings(base), sprintLength: "" }, base);
    expect(settingsProblems(settings)[0]).toMatch(/^Sprint length:/);
  });
});
