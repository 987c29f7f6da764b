import type { Evidence } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testEvidence } from "../competencies/test-evidence.js";
import { starStory } from "./star-story.js";

/** Every number written in digits, as written ("12,000", "7.1"). */
const numbersIn = (s: string) => s.match(/\d+(?:[.,]\d+)*/g) ?? [];

describe("starStory", () => {
  it("tells the entry's own words as Situation, Task, Action, Result", () => {
    const s = starStory(
      testEvidence({
        title: "Brought the portal relaunch back on track",
        project: "Customer portal",
        role: "Technical project coordinator",
        situation: "The API was two weeks behind and the front end had not reached feature-complete",
        action:
          "I re-sequenced the API work around the critical path and agreed a one-week slip with the sponsor.",
        result: "The portal went live on the revised date",
        metrics: [
          { name: "slip", value: 5, unit: "days" },
          { name: "escaped defects", value: 0 },
          { name: "test coverage", value: 82.5, unit: "%" },
        ],
        scale: { teams: 3, people: 1, budget: 250000, durationWeeks: 12 },
      }),
    );
    expect(s.text).toBe(
      [
        "Situation: The API was two weeks behind and the front end had not reached feature-complete. The work spanned 3 teams, 1 person, a budget of 250000 and 12 weeks.",
        "Task: As Technical project coordinator on Customer portal: Brought the portal relaunch back on track.",
        "Action: I re-sequenced the API work around the critical path and agreed a one-week slip with the sponsor.",
        "Result: The portal went live on the revised date. Measured: slip 5 days, escaped defects 0, test coverage 82.5%.",
      ].join("\n"),
    );
    expect(s.placeholders).toEqual([]);
    expect(s.notes).toEqual([]);
  });

  it('notes when the Action is shorter than the Situation or says only "we"', () => {
    const s = starStory(
      testEvidence({
        situation: "Three teams each owned a piece of the checkout flow",
        action: "We shipped it.",
      }),
    );
    expect(s.notes).toEqual(["Spend most of the answer on the Action.", 'Say "I" for your part, not "we".']);
  });

  it("marks every missing part with a placeholder instead of inventing it", () => {
    const s = starStory(testEvidence({ title: "Release train" }));
    expect(s.text).toBe(
      [
        "Situation: [situation]",
        "Task: As [your role] on [project]: Release train.",
        "Action: [action]",
        "Result: [result] [number]",
      ].join("\n"),
    );
    expect(s.placeholders.map((p) => p.token)).toEqual([
      "[situation]",
      "[your role]",
      "[project]",
      "[action]",
      "[result]",
      "[number]",
    ]);
  });

  it("never contains a number the evidence does not hold", () => {
    const text = fc.constantFrom(
      "",
      "Cut release time from 9 to 4 days",
      "Coordinated 3 vendors across 2 time zones",
      "Kept the launch on its date",
      "   ",
    );
    const evidence: fc.Arbitrary<Evidence> = fc
      .record({
        title: fc.constantFrom("Q3 launch", "Migration wave 2", "Status reporting"),
        project: text,
        role: fc.constantFrom("", "Tech lead", "TPM for 4 squads"),
        situation: text,
        action: text,
        result: text,
        metrics: fc.array(
          fc.record({
            name: fc.constantFrom("deploy time", "defects", "p95 latency"),
            value: fc.oneof(
              fc.integer({ min: -5000, max: 5000 }),
              fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
            ),
            unit: fc.option(fc.constantFrom("%", "days", "ms"), { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
        scale: fc.record(
          {
            teams: fc.integer({ min: 0, max: 40 }),
            people: fc.integer({ min: 0, max: 400 }),
            budget: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
            durationWeeks: fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }),
          },
          { requiredKeys: [] },
        ),
      })
      .map((input) => testEvidence(input));
    fc.assert(
      fc.property(evidence, (e) => {
        const s = starStory(e);
        const given = new Set(numbersIn(JSON.stringify(e)));
        expect(numbersIn(s.text).filter((n) => !given.has(n))).toEqual([]);
        for (const p of s.placeholders) expect(s.text).toContain(p.token);
      }),
      { numRuns: 300, seed: 20261115 },
    );
  });
});
