import type { TrainingDelivery } from "@keel/model";
import { describe, expect, it } from "vitest";
import { eligibilityOf, testProfile } from "./test-profile.js";

// Source for every test here: career-facts.md, Certified ScrumMaster row — csmscrumguide.com, zoctech.com.
const course = (
  hours: number,
  delivery: TrainingDelivery,
  kind: "scrum-course-cst" | "agile" = "scrum-course-cst",
) => ({ title: "CSM course", provider: "A CST", kind, hours, completed: "2026-10-02", delivery }) as const;
const csm = (...training: ReturnType<typeof course>[]) => eligibilityOf("CSM", testProfile({ training }));

describe("CSM: a CST course, 16 h in person or 14 h live online (csmscrumguide.com, zoctech.com)", () => {
  it("16 hours in person qualify, 15 do not", () => {
    expect(csm(course(16, "in-person")).eligible).toBe(true);
    const short = csm(course(15, "in-person"));
    expect(short.eligible).toBe(false);
    expect(short.messages).toContain('"CSM course" has 15 h; in-person courses need at least 16 h.');
  });

  it("14 hours live online qualify, 13 do not", () => {
    expect(csm(course(14, "live-online")).eligible).toBe(true);
    expect(csm(course(13, "live-online")).eligible).toBe(false);
  });

  it("an agile course not taught by a CST does not qualify, however long", () => {
    // The profile schema refuses a self-paced CST course, since CST courses are taught live.
    expect(csm(course(20, "in-person", "agile")).eligible).toBe(false);
  });

  it("without a course, says what to complete", () => {
    const result = csm();
    expect(result.missing).toEqual([
      {
        what: "a course taught by a Certified Scrum Trainer (16 h in-person or 14 h live-online)",
        have: 0,
        need: 1,
        unit: "courses",
      },
    ]);
    expect(result.messages).toContain(
      "Complete a course taught by a Certified Scrum Trainer: 16 h in-person or 14 h live-online.",
    );
  });

  it("renews every 2 years, so a certificate from 2024-05-01 has lapsed", () => {
    const result = eligibilityOf(
      "CSM",
      testProfile({ certifications: [{ id: "CSM", earned: "2024-05-01" }] }),
    );
    expect(result.holding).toEqual({ earned: "2024-05-01", expires: "2026-05-01", active: false });
  });
});
