import type { LocalDate, Profile } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  EMPTY_PROFILE_FORM,
  errorsUnder,
  fieldErrors,
  type ProfileForm,
  profileForm,
  profileOf,
  rowKey,
  withoutRow,
} from "./profile-form.js";

const TODAY = "2026-11-15" as LocalDate;

const filled: ProfileForm = {
  ...EMPTY_PROFILE_FORM,
  currentRole: " Senior engineer ",
  education: "bachelor",
  experience: [{ key: rowKey(), kind: "leading", from: "2024-01", to: "", project: "Billing", role: "" }],
  training: [
    {
      key: rowKey(),
      title: "PM basics",
      provider: "Coursera",
      kind: "pm",
      hours: "12,5",
      completed: "2025-03-01",
      delivery: "",
    },
  ],
  targetRoles: ["technical-project-coordinator"],
};

describe("profileOf", () => {
  it("turns the form into a profile: trimmed text, hours as a number, empty optionals left out", () => {
    const result = profileOf(filled, TODAY);
    expect(result).toEqual({
      profile: {
        currentRole: "Senior engineer",
        background: "",
        education: "bachelor",
        experience: [{ kind: "leading", from: "2024-01", project: "Billing" }],
        training: [
          { title: "PM basics", provider: "Coursera", kind: "pm", hours: 12.5, completed: "2025-03-01" },
        ],
        certifications: [],
        targetRoles: ["technical-project-coordinator"],
        visibility: "private",
      },
    });
  });

  it("names each bad field by its path, in words a person reads", () => {
    const result = profileOf(
      {
        ...filled,
        education: "",
        experience: [
          { key: rowKey(), kind: "leading", from: "2024-05", to: "2024-01", project: "", role: "" },
        ],
        training: [{ ...(filled.training[0] as ProfileForm["training"][number]), hours: "-3" }],
        certifications: [{ key: rowKey(), id: "", earned: "", expires: "" }],
      },
      TODAY,
    );
    expect(result).toEqual({
      errors: {
        education: "choose your highest education",
        "experience.0.to": "ends (2024-01) before it starts (2024-05)",
        "training.0.hours": "hours must be more than 0",
        "certifications.0.id": "choose the certification",
        "certifications.0.earned": "say when you earned it",
      },
    });
  });

  it("refuses dates after today, as the server does", () => {
    const future = {
      ...filled,
      experience: [
        { key: rowKey(), kind: "leading" as const, from: "2027-01", to: "", project: "", role: "" },
      ],
    };
    expect(profileOf(future, TODAY)).toEqual({
      errors: { "experience.0.from": "2027-01 is in the future (today is 2026-11-15)" },
    });
  });
});

describe("profileForm", () => {
  it("reads a stored profile back into the same form", () => {
    const result = profileOf(filled, TODAY);
    if (!("profile" in result)) throw new Error("expected a profile");
    const again = profileForm(result.profile as Profile);
    const { key: _a, ...experience } = again.experience[0] ?? { key: "" };
    expect(experience).toEqual({ kind: "leading", from: "2024-01", to: "", project: "Billing", role: "" });
    expect(again.training[0]?.hours).toBe("12.5");
    expect(profileForm(null)).toBe(EMPTY_PROFILE_FORM);
  });
});

describe("field errors", () => {
  it("keys the API's fields by path, without a leading profile.", () => {
    expect(
      fieldErrors([
        { path: "profile.experience.0.to", message: "a" },
        { path: "education", message: "b" },
        { path: "education", message: "c" },
      ]),
    ).toEqual({ "experience.0.to": "a", education: "b" });
  });

  it("gathers a row's errors and moves later rows' errors up when a row goes", () => {
    const errors = { "training.0.hours": "x", "training.2.title": "y", "experience.1.to": "z" };
    expect(errorsUnder(errors, "training.2")).toEqual(["y"]);
    expect(withoutRow(errors, "training", 1)).toEqual({
      "training.0.hours": "x",
      "training.1.title": "y",
      "experience.1.to": "z",
    });
    expect(withoutRow(errors, "training", 0)).toEqual({ "training.1.title": "y", "experience.1.to": "z" });
  });
});
