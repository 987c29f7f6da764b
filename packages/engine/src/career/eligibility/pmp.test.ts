import type { ProfileInput } from "@keel/model";
import { describe, expect, it } from "vitest";
import { eligibilityOf, TODAY, testProfile } from "./test-profile.js";

// Source for every test here: career-facts.md, PMP row — pmtycoon.app/en/pmp-requirements-2026,
// bmtconsulting.net/exam-requirements, pmicic.pmtraining.com, promanconsulting.hu, projectvictor.com.
// Today is 2026-11-15, so the 8-year window is 2018-12..2026-11.
const PM_35 = {
  title: "PMP prep",
  provider: "Acme",
  kind: "pm",
  hours: 35,
  completed: "2026-03-01",
} as const;
const pmp = (input: Partial<ProfileInput>, today = TODAY) =>
  eligibilityOf("PMP", testProfile({ training: [PM_35], ...input }), today);
const leadingFrom = (from: string, to?: string) => ({ kind: "leading" as const, from, ...(to && { to }) });

describe("PMP experience by education (pmtycoon.app/en/pmp-requirements-2026)", () => {
  it("a bachelor with exactly 36 months leading projects is eligible", () => {
    const result = pmp({ education: "bachelor", experience: [leadingFrom("2023-12")] });
    expect(result.eligible).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it("a bachelor with 35 months is not, and becomes eligible next month", () => {
    const result = pmp({ education: "bachelor", experience: [leadingFrom("2024-01")] });
    expect(result.eligible).toBe(false);
    expect(result.missing).toEqual([
      { what: "months leading projects in the last 8 years", have: 35, need: 36, unit: "months" },
    ]);
    expect(result.earliest).toBe("2026-12");
  });

  it.each([
    ["secondary", 60],
    ["associate", 60],
    ["bachelor", 36],
    ["master", 36],
    ["doctorate", 36],
    ["bachelor-gac", 24],
  ] as const)("%s needs %i months", (education, need) => {
    // 24 months leading: 2024-12..2026-11.
    const result = pmp({ education, experience: [leadingFrom("2024-12")] });
    expect(result.eligible).toBe(need === 24);
    expect(result.missing.map((g) => g.need)).toEqual(need === 24 ? [] : [need]);
  });

  it("counts only leading work, not team or agile months", () => {
    const result = pmp({
      education: "bachelor-gac",
      experience: [
        { kind: "team", from: "2020-01" },
        { kind: "agile", from: "2020-01" },
      ],
    });
    expect(result.missing[0]).toMatchObject({ have: 0, need: 24 });
  });
});

describe("PMP month counting (career-facts.md: How PMI counts experience; bmtconsulting.net/exam-requirements)", () => {
  it("overlapping intervals count once", () => {
    // 2023-01..2024-12 and 2024-01..2025-12 cover 36 distinct months, not 48.
    const result = pmp({
      education: "secondary",
      experience: [leadingFrom("2023-01", "2024-12"), leadingFrom("2024-01", "2025-12")],
    });
    expect(result.missing[0]).toMatchObject({ have: 36, need: 60 });
  });

  it("months outside the 8-year window do not count", () => {
    // 2018-06..2019-05: only 2018-12..2019-05 (6 months) are inside the window.
    const result = pmp({ education: "bachelor", experience: [leadingFrom("2018-06", "2019-05")] });
    expect(result.missing[0]).toMatchObject({ have: 6 });
  });

  it("an ongoing interval counts up to today", () => {
    const experience = [leadingFrom("2026-01")];
    expect(pmp({ experience }).missing[0]).toMatchObject({ have: 11 });
    expect(pmp({ experience }, "2027-02-01" as typeof TODAY).missing[0]).toMatchObject({ have: 14 });
  });

  it("says how many months are missing and the earliest month", () => {
    const result = pmp({ education: "bachelor", experience: [leadingFrom("2025-01")] });
    expect(result.earliest).toBe("2027-12");
    expect(result.messages).toContain(
      "13 more months leading projects (have 23 in the last 8 years, 36 needed with a four-year degree); earliest 2027-12 if you keep going every month.",
    );
  });

  it("assumes work restarts next month when nothing is ongoing", () => {
    // 24 months in 2024-01..2025-12, then 12 more from 2026-12.
    const result = pmp({ education: "bachelor", experience: [leadingFrom("2024-01", "2025-12")] });
    expect(result.earliest).toBe("2027-11");
    expect(result.messages.join(" ")).toContain("if you start next month and keep going");
  });

  it("explains an earliest month pushed back by months leaving the window", () => {
    const result = pmp({
      education: "secondary",
      experience: [leadingFrom("2018-12", "2022-11"), leadingFrom("2026-01")],
    });
    expect(result.earliest).toBe("2030-12");
    expect(result.messages.join(" ")).toContain("1 more month leading projects");
    expect(result.messages.join(" ")).toContain("older months drop out of the 8-year window");
  });
});

describe("PMP education: 35 h or an active CAPM (pmtycoon.app/en/pmp-requirements-2026)", () => {
  const experience = [leadingFrom("2023-12")];

  it("35 hours of project management education, summed over courses, qualify; 34 do not", () => {
    const course = (hours: number) => ({ ...PM_35, hours });
    expect(pmp({ experience, training: [course(20), course(15)] }).eligible).toBe(true);
    const short = pmp({ experience, training: [course(20), course(14)] });
    expect(short.eligible).toBe(false);
    expect(short.missing).toEqual([
      { what: "project management education", have: 34, need: 35, unit: "hours" },
    ]);
    expect(short.messages).toContain("Or hold an active CAPM.");
  });

  it("agile training does not count toward the 35 hours", () => {
    const result = pmp({ experience, training: [{ ...PM_35, kind: "agile" }] });
    expect(result.missing[0]).toMatchObject({ what: "project management education", have: 0 });
  });

  it("an active CAPM substitutes the 35 hours", () => {
    const result = pmp({ experience, training: [], certifications: [{ id: "CAPM", earned: "2025-03-01" }] });
    expect(result.eligible).toBe(true);
    expect(result.messages).toContain("You hold CAPM, which qualifies.");
  });

  it("an expired CAPM does not: without an expiry date it lasts its 3-year cycle", () => {
    const expired = pmp({ experience, training: [], certifications: [{ id: "CAPM", earned: "2022-01-10" }] });
    expect(expired.eligible).toBe(false);
    const renewed = pmp({
      experience,
      training: [],
      certifications: [{ id: "CAPM", earned: "2022-01-10", expires: "2028-01-10" }],
    });
    expect(renewed.eligible).toBe(true);
  });

  it("a Google PM certificate is not counted, only flagged as unconfirmed (googlepmcertguide.com)", () => {
    const result = pmp({
      experience,
      training: [],
      certifications: [{ id: "GOOGLE-PM", earned: "2025-05-01" }],
    });
    expect(result.eligible).toBe(false);
    expect(result.unconfirmed.map((c) => c.ifHolds)).toEqual(["GOOGLE-PM"]);
    expect(
      result.messages.some((msg) => msg.startsWith("Unconfirmed: The Google Project Management Certificate")),
    ).toBe(true);
  });
});

describe("PMP exam change on 2026-07-09 (pmtycoon.app/en/pmp-requirements-2026)", () => {
  it("gives the 180-question exam until 2026-07-08 and announces the new one", () => {
    const result = pmp({}, "2026-07-08" as typeof TODAY);
    expect(result.exam).toMatchObject({ questions: 180, minutes: 230 });
    expect(result.nextExam).toMatchObject({ from: "2026-07-09", minutes: 240, scoredQuestions: 175 });
  });

  it("gives the new outline from 2026-07-09 with no later change", () => {
    const result = pmp({}, "2026-07-09" as typeof TODAY);
    expect(result.exam?.domains?.map((d) => d.percent)).toEqual([33, 41, 26]);
    expect(result.nextExam).toBeUndefined();
  });

  it("keeps sources, asOf and the renewal rule on the result", () => {
    const result = pmp({});
    expect(result.asOf).toBe("2026-11");
    expect(result.sources).toContain("pmtycoon.app/en/pmp-requirements-2026");
    expect(result.renewal.validYears).toBe(3);
  });
});
