import type { Evidence, LocalDate } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseBullet } from "./analyse-bullet.js";
import { resumeBullets } from "./resume-bullets.js";

/** Every number written in digits, thousands separators dropped ("250,000" is 250000). */
const numbersIn = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3})/g, ""));

const entry = (e: Partial<Evidence>): Evidence => ({
  id: "e1",
  title: "Win",
  project: "",
  role: "",
  situation: "",
  action: "",
  result: "",
  metrics: [],
  scale: {},
  competencies: [],
  date: "2026-01-05" as LocalDate,
  visibility: "private",
  ...e,
});

describe("resumeBullets never invents facts", () => {
  it("states only numbers from the entry; every other part is a placeholder", () => {
    const entries = fc.record({
      title: fc.constantFrom("Win", "Brought the portal design to sign-off", "Release 2 of the API"),
      action: fc.constantFrom(
        "",
        "Coordinated the release of 3 services. Then wrote the runbook.",
        "Helped with sprint planning",
        "Responsible for coordinating releases",
        "I ran weekly reviews with my sponsor",
        "The migration of the billing service",
      ),
      result: fc.constantFrom(
        "",
        "cutting release time",
        "Lead time fell from 9 to 4 days",
        "Signed off on time.",
      ),
      metrics: fc.array(
        fc.record(
          {
            name: fc.constantFrom("deploy time", "defects"),
            value: fc.oneof(
              fc.integer({ min: -500, max: 5000 }),
              fc.double({ min: 0, max: 99, noNaN: true }),
            ),
            unit: fc.constantFrom("%", "days"),
          },
          { requiredKeys: ["name", "value"] },
        ),
        { maxLength: 2 },
      ),
      scale: fc.record(
        {
          teams: fc.integer({ min: 0, max: 40 }),
          people: fc.integer({ min: 1, max: 400 }),
          budget: fc.oneof(
            fc.integer({ min: 0, max: 5_000_000 }),
            fc.double({ min: 0, max: 1e6, noNaN: true }),
          ),
          durationWeeks: fc.double({ min: 0, max: 104, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(entries, (fields) => {
        const e = entry(fields);
        const [b] = resumeBullets([e]);
        if (b === undefined) throw new Error("no bullet");
        const given = new Set(numbersIn(JSON.stringify(e)));
        expect(numbersIn(b.text).filter((n) => !given.has(n))).toEqual([]);
        for (const p of b.placeholders) expect(b.text).toContain(p.token);
        expect(b.text).not.toMatch(/\[(?!Verb\]|N\]|X\]|what changed\])/);
        expect(b.score).toBe(analyseBullet(b.text).score);
      }),
      { numRuns: 300, seed: 20261102 },
    );
  });

  it("builds the bullet from the action, the scale and the result with its metrics", () => {
    const [b] = resumeBullets([
      entry({
        project: "Customer portal relaunch",
        action: "Ran prototype tests with 12 customers and weekly reviews with the sponsor. Kept notes.",
        result: "Design signed off on its planned day.",
        metrics: [{ name: "review rounds", value: 4 }],
        scale: { people: 6, teams: 2, budget: 250000, durationWeeks: 10 },
      }),
    ]);
    expect(b?.text).toBe(
      "Ran prototype tests with 12 customers and weekly reviews with the sponsor with 6 people across 2 teams on a budget of 250,000 over 10 weeks, design signed off on its planned day, as measured by review rounds (4)",
    );
    expect(b?.placeholders).toEqual([]);
    expect(b?.project).toBe("Customer portal relaunch");
  });

  it("puts placeholders where the verb, scope or number is missing", () => {
    const [b] = resumeBullets([entry({ action: "Helped with sprint planning", result: "cutting rework" })]);
    expect(b?.text).toBe("[Verb] sprint planning across [N] teams, cutting rework by [X]%");
    expect(b?.placeholders.map((p) => p.token)).toEqual(["[Verb]", "[N]", "[X]"]);
    const [draft] = resumeBullets([entry({ title: "The portal relaunch" })]);
    expect(draft?.text).toBe("[Verb] the portal relaunch across [N] teams, [what changed] by [X]%");
    expect(draft?.placeholders.map((p) => p.token)).toEqual(["[Verb]", "[N]", "[X]", "[what changed]"]);
  });

  it("keeps the person's words: a claiming opener becomes its verb, pronouns go, metrics are not repeated", () => {
    const [b] = resumeBullets([
      entry({
        action: "Responsible for coordinating releases for our 3 squads",
        result: "Cut rollbacks from 8 to 2 a quarter",
        metrics: [
          { name: "rollbacks", value: 2 },
          { name: "releases", value: 48 },
        ],
      }),
    ]);
    expect(b?.text).toBe(
      "Coordinated releases for the 3 squads, cut rollbacks from 8 to 2 a quarter, as measured by releases (48)",
    );
    const [own] = resumeBullets([entry({ action: "I set up a weekly release train", scale: { teams: 3 } })]);
    expect(own?.text).toBe("Set up a weekly release train across 3 teams, [what changed] by [X]%");
  });

  // A percentage is written "78%" everywhere, the placeholder for a missing one too.
  it.each([
    [{ result: "cutting rework" }, "cutting rework by [X]%"],
    [{ title: "The portal relaunch" }, "[what changed] by [X]%"],
    [{ action: "Ran reviews", metrics: [{ name: "on-time", value: 78, unit: "%" }] }, "on-time (78%)"],
    [{ action: "Ran reviews", result: "Cut defects by 40%" }, "cut defects by 40%"],
  ] as const)("row %#: writes a percentage without a space", (fields, phrase) => {
    const [b] = resumeBullets([entry(fields)]);
    expect(b?.text).toContain(phrase);
    expect(b?.text).not.toMatch(/[\d\]] %/);
  });

  // A budget carries no currency in an entry, so none may be implied; every number is grouped the same way.
  it.each([
    [{ budget: 250000 }, [], "on a budget of 250,000"],
    [{ budget: 1234567.5 }, [], "on a budget of 1,234,567.5"],
    [{ budget: 900 }, [], "on a budget of 900"],
    [{ people: 1200, teams: 12 }, [], "with 1,200 people across 12 teams"],
    [{ teams: 2 }, [{ name: "cost avoided", value: 250000, unit: "EUR" }], "cost avoided (250,000 EUR)"],
    [{ teams: 2 }, [{ name: "hours saved", value: 12500.25 }], "hours saved (12,500.25)"],
    [{ teams: 2 }, [{ name: "adoption", value: 1500, unit: "%" }], "adoption (1,500%)"],
    [{ teams: 2 }, [{ name: "tickets", value: -4200 }], "tickets (-4,200)"],
  ] as const)("row %#: writes the scale and metrics with their numbers grouped", (scale, metrics, phrase) => {
    const [b] = resumeBullets([entry({ action: "Coordinated the cut-over", scale, metrics })]);
    expect(b?.text).toContain(phrase);
    expect(b?.text).not.toMatch(/\d{4}|on a [\d,.]+ budget/);
  });

  it("orders the bullets newest first, or as given", () => {
    const es = [
      entry({ id: "old", date: "2025-03-01" as LocalDate }),
      entry({ id: "new", date: "2026-02-01" as LocalDate }),
      entry({ id: "mid", date: "2025-09-01" as LocalDate }),
      entry({ id: "mid-too", date: "2025-09-01" as LocalDate }),
    ];
    expect(resumeBullets(es).map((b) => b.evidenceId)).toEqual(["new", "mid", "mid-too", "old"]);
    expect(resumeBullets(es, { order: "given" }).map((b) => b.evidenceId)).toEqual([
      "old",
      "new",
      "mid",
      "mid-too",
    ]);
  });
});
