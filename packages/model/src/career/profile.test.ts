import { describe, expect, it } from "vitest";
import type { LocalDate } from "../dates.js";
import { checkProfile } from "./check-profile.js";
import { parseProfile } from "./parse-profile.js";
import { type ProfileInput, profileSchema } from "./profile.js";

const TODAY = "2026-11-15" as LocalDate;
const base: ProfileInput = {
  currentRole: "Backend engineer",
  background: "Payments APIs",
  education: "bachelor",
};
const pm = { title: "PM basics", provider: "Acme", kind: "pm", hours: 23, completed: "2026-05-01" } as const;
const issues = (input: Partial<ProfileInput>) => {
  const result = parseProfile({ ...base, ...input }, TODAY);
  return result.ok ? [] : result.issues;
};

describe("profile schema", () => {
  it("is private by default, with empty lists", () => {
    expect(profileSchema.parse(base)).toMatchObject({
      visibility: "private",
      experience: [],
      training: [],
      certifications: [],
      targetRoles: [],
    });
  });

  it("refuses an experience interval that ends before it starts, naming the field", () => {
    expect(issues({ experience: [{ kind: "leading", from: "2024-05", to: "2023-01" }] })).toEqual([
      { path: "experience.0.to", message: "ends (2023-01) before it starts (2024-05)" },
    ]);
  });

  it("reports a malformed month once, without comparing it", () => {
    expect(issues({ experience: [{ kind: "agile", from: "2024-13", to: "2023-01" }] })).toEqual([
      { path: "experience.0.from", message: "expected a month YYYY-MM between 1900 and 2200" },
    ]);
  });

  it("refuses negative or zero hours", () => {
    for (const hours of [-3, 0]) {
      expect(issues({ training: [{ ...pm, hours }] })).toEqual([
        { path: "training.0.hours", message: "hours must be more than 0" },
      ]);
    }
  });

  it("asks how a CST Scrum course was delivered", () => {
    expect(issues({ training: [{ ...pm, kind: "scrum-course-cst", delivery: "self-paced" }] })).toEqual([
      {
        path: "training.0.delivery",
        message: "a course with a Certified Scrum Trainer is taught live: say in-person or live-online",
      },
    ]);
  });

  it("refuses a certificate that expires before it was earned, and unknown certifications", () => {
    expect(issues({ certifications: [{ id: "PMP", earned: "2024-01-01", expires: "2023-01-01" }] })).toEqual([
      { path: "certifications.0.expires", message: "expires (2023-01-01) before it was earned (2024-01-01)" },
    ]);
    expect(issues({ certifications: [{ id: "PMP-X" as "PMP", earned: "2024-01-01" }] })[0]?.path).toBe(
      "certifications.0.id",
    );
  });

  it("names unknown fields", () => {
    expect(parseProfile({ ...base, salary: 1 }, TODAY)).toEqual({
      ok: false,
      issues: [{ path: "(profile)", message: "unknown field salary" }],
    });
  });
});

describe("checkProfile: nothing after today", () => {
  it("refuses experience that starts or ends after today", () => {
    expect(
      issues({
        experience: [
          { kind: "leading", from: "2026-12" },
          { kind: "team", from: "2026-01", to: "2027-03" },
        ],
      }),
    ).toEqual([
      { path: "experience.0.from", message: "2026-12 is in the future (today is 2026-11-15)" },
      {
        path: "experience.1.to",
        message: "2027-03 is in the future (today is 2026-11-15); leave the end empty while the work goes on",
      },
    ]);
  });

  it("accepts the current month and ongoing work", () => {
    const profile = profileSchema.parse({
      ...base,
      experience: [
        { kind: "leading", from: "2026-11", to: "2026-11" },
        { kind: "agile", from: "2025-01" },
      ],
      training: [{ ...pm, completed: TODAY }],
      certifications: [{ id: "CAPM", earned: TODAY, expires: "2029-11-15" }],
    });
    expect(checkProfile(profile, TODAY)).toEqual([]);
  });

  it("refuses training finished and certificates earned after today", () => {
    expect(
      issues({
        training: [{ ...pm, completed: "2026-11-16" }],
        certifications: [{ id: "CAPM", earned: "2027-01-01" }],
      }),
    ).toEqual([
      { path: "training.0.completed", message: "2026-11-16 is in the future (today is 2026-11-15)" },
      { path: "certifications.0.earned", message: "2027-01-01 is in the future (today is 2026-11-15)" },
    ]);
  });

  it("parses a valid profile", () => {
    const result = parseProfile({ ...base, targetRoles: ["scrum-master"], training: [pm] }, TODAY);
    expect(result.ok && result.profile.targetRoles).toEqual(["scrum-master"]);
  });
});
