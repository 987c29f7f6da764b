import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { aboutDraft } from "./about-draft.js";
import { headlineDraft } from "./headline-draft.js";
import type { ProfileDraftInput } from "./profile-draft-input.js";

const input: ProfileDraftInput = {
  profile: {
    currentRole: "Senior Software Engineer",
    targetRoles: ["technical-project-manager"],
    certifications: [{ id: "PSM-I", earned: "2025-03-01" as LocalDate }],
  },
  strengths: ["Release planning", "Risk management", "Stakeholder communication", "Vendor management"],
  evidence: [
    {
      action: "Coordinated the billing migration across 4 teams",
      result: "Delivered 2 weeks ahead of schedule",
      metrics: [{ name: "hosting cost cut", value: 22, unit: "%" }],
    },
    { action: "Ran sprint planning for a 7-person Scrum team" },
  ],
};
const empty: ProfileDraftInput = { profile: { currentRole: "", targetRoles: [], certifications: [] } };

describe("headlineDraft", () => {
  it("joins the roles, three strengths, a result with a number and the certifications held", () => {
    const d = headlineDraft(input);
    expect(d.text).toBe(
      "Senior Software Engineer → Technical Project Manager | Release planning · Risk management · Stakeholder communication | Delivered 2 weeks ahead of schedule | PSM I",
    );
    expect(d.placeholders).toEqual([]);
    expect(d.chars).toBe(d.text.length);
    expect(d.limit).toBe(220);
  });

  it("drops extra strengths, then the proof, to fit 220 characters", () => {
    const long = "x".repeat(60);
    const d = headlineDraft({ ...input, strengths: [long, long, long] });
    expect(d.text.length).toBeLessThanOrEqual(220);
    expect(d.text).toBe(
      `Senior Software Engineer → Technical Project Manager | ${long} | Delivered 2 weeks ahead of schedule | PSM I`,
    );
  });

  it("leaves placeholders for what the profile lacks", () => {
    const d = headlineDraft(empty);
    expect(d.text).toBe("[current role] → [target role] | [top PM strength]");
    expect(d.placeholders.map((p) => p.token)).toEqual([
      "[current role]",
      "[target role]",
      "[top PM strength]",
    ]);
    expect(d.notes).toEqual(["Record a result with a number in your evidence to give the headline proof."]);
  });
});

describe("aboutDraft", () => {
  it("tells the user's story from their fields, with a placeholder for a win without a result", () => {
    const d = aboutDraft(input);
    expect(d.text).toBe(
      [
        "I'm a Senior Software Engineer moving into a Technical Project Manager role.",
        "What I've delivered:\n• Coordinated the billing migration across 4 teams — delivered 2 weeks ahead of schedule, as measured by hosting cost cut (22%)\n• Ran sprint planning for a 7-person Scrum team — [result with a number]",
        "Strengths: Release planning, Risk management, Stakeholder communication, Vendor management.",
        "Certifications: PSM I.",
        "I'm looking for Technical Project Manager roles where [the work you want next].",
      ].join("\n\n"),
    );
    expect(d.placeholders.map((p) => p.token)).toEqual([
      "[result with a number]",
      "[the work you want next]",
    ]);
    expect(d.limit).toBe(2600);
  });

  it("is all placeholders for an empty profile, and claims nothing", () => {
    const d = aboutDraft(empty);
    expect(d.text).not.toMatch(/\d/);
    expect(d.placeholders.map((p) => p.token)).toEqual([
      "[current role]",
      "[target role]",
      "[a delivery win]",
      "[result with a number]",
      "[your strengths]",
      "[the work you want next]",
    ]);
  });

  it("keeps to 2,600 characters by showing fewer wins", () => {
    const action = `Coordinated ${"a very long piece of delivery work ".repeat(30)}`;
    const d = aboutDraft({ ...input, evidence: [{ action }, { action }, { action }] });
    expect(d.text.length).toBeLessThanOrEqual(2600);
    expect(d.text.split("• ").length - 1).toBe(2);
  });
});
