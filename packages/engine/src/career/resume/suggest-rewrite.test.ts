import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvidenceInput } from "./evidence-input.js";
import { suggestRewrite } from "./suggest-rewrite.js";

/** Every number written in digits, thousands separators dropped ("12,000" is 12000). */
const numbersIn = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3})/g, ""));

/** Numbers a suggestion may contain: those in the bullet and in the evidence, nothing else. */
function inventedNumbers(bullet: string, evidence: EvidenceInput | undefined, suggestion: string): string[] {
  const given = new Set([...numbersIn(bullet), ...numbersIn(JSON.stringify(evidence ?? {}))]);
  return numbersIn(suggestion).filter((n) => !given.has(n));
}

const BULLETS = [
  "Responsible for maintaining the CI/CD pipeline.",
  "Worked on the Kubernetes migration for the payments team.",
  "Helped with sprint planning",
  "I wrote Terraform modules for our AWS infrastructure.",
  "Was involved in the redesign of the checkout service.",
  "The deployment process was redesigned by me, reducing failed releases from 12 to 2 per quarter",
  "Tasked with upgrading PostgreSQL and Redis clusters across environments.",
  "Member of the platform team.",
  "Supported the release process for mobile apps used by 2 million customers.",
  "Improved performance of the search API.",
  "Negotiated scope trade-offs with product and sales, keeping the Q3 launch on its original date for 12,000 users.",
  "Led a cross-functional team of 8 engineers to deliver the billing migration 3 weeks ahead of schedule, cutting hosting costs by 22%.",
  "",
];

describe("suggestRewrite never invents facts", () => {
  it("uses only numbers from the bullet and the evidence; everything else is a placeholder", () => {
    const text = fc.option(
      fc.constantFrom("cutting release time", "Release lead time fell from 9 to 4 days", ""),
      {
        nil: undefined,
      },
    );
    const evidence: fc.Arbitrary<EvidenceInput | undefined> = fc.option(
      fc.record(
        {
          action: fc.option(
            fc.constantFrom("Coordinated the release of 3 services", "Owned the vendor plan"),
            {
              nil: undefined,
            },
          ),
          result: text,
          metrics: fc.array(
            fc.record({
              name: fc.constantFrom("deploy time", "defects"),
              value: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 99, noNaN: true })),
              unit: fc.option(fc.constantFrom("%", "days"), { nil: undefined }),
            }),
            { maxLength: 2 },
          ),
          scale: fc.record(
            {
              teams: fc.integer({ min: 1, max: 40 }),
              people: fc.integer({ min: 1, max: 400 }),
              budget: fc.constantFrom("$1.2M", "€250k"),
              duration: fc.constantFrom("6 months", "10 weeks"),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.constantFrom(...BULLETS), evidence, (bullet, e) => {
        const s = suggestRewrite(bullet, e);
        expect(inventedNumbers(bullet, e, s.text)).toEqual([]);
        for (const p of s.placeholders) expect(s.text).toContain(p.token);
      }),
      { numRuns: 200, seed: 20261101 },
    );
  });

  it("puts placeholders where the numbers are missing and says what belongs there", () => {
    const s = suggestRewrite("Worked on the Kubernetes migration");
    expect(s.text).toBe(
      "[Verb] the Kubernetes (container platform) migration across [N] teams, [what changed] by [X]%",
    );
    expect(s.placeholders.map((p) => p.token)).toEqual(["[Verb]", "[N]", "[X]", "[what changed]"]);
    expect(s.fixes).toEqual(["strong-verb", "scope", "measurable-result", "no-jargon", "length"]);
    expect(s.stillFailing).toEqual(["pm-keywords"]);
    expect(s.used).toEqual([]);
  });

  it("does not turn help into leadership: a partial opener becomes [Verb], not Led", () => {
    expect(
      suggestRewrite("Helped with sprint planning for the mobile team").text.startsWith(
        "[Verb] sprint planning",
      ),
    ).toBe(true);
    expect(suggestRewrite("Assisted the release manager with cutover").text).not.toMatch(
      /^Led|^Managed|^Coordinated/,
    );
  });

  it("turns an opener that already claims the work into its verb", () => {
    const s = suggestRewrite("Responsible for coordinating releases across 4 teams");
    expect(s.text).toBe("Coordinated releases across 4 teams, [what changed] by [X]%");
    expect(s.fixes).toContain("strong-verb");
  });

  it("builds the suggestion from the user's own action, scale and result", () => {
    const s = suggestRewrite("Worked on the Kubernetes migration", {
      action: "Planned the cut-over of the payment services",
      result: "cutting hosting cost",
      scale: { teams: 3, duration: "6 months" },
    });
    expect(s.text).toBe(
      "Planned the cut-over of the payment services across 3 teams over 6 months, cutting hosting cost by [X]%",
    );
    expect(s.used).toEqual(["action", "scale", "result"]);
    expect(s.placeholders.map((p) => p.token)).toEqual(["[X]"]);
  });

  it("states recorded metrics as measured, without guessing their direction", () => {
    const s = suggestRewrite("I migrated 40 microservices to k8s using Terraform", {
      metrics: [{ name: "deploy time", value: 35, unit: "%" }],
    });
    expect(s.text).toBe(
      "Migrated 40 microservices to k8s (container platform) using Terraform (infrastructure as code), as measured by deploy time (35%)",
    );
    expect(s.fixes).toEqual(["measurable-result", "no-jargon", "length", "no-first-person"]);
  });

  // A percentage is written "78%" everywhere, the placeholder for a missing one too.
  it.each([
    ["Worked on the Kubernetes migration", undefined, "[what changed] by [X]%"],
    ["Planned the cut-over for 3 teams", { result: "cutting hosting cost" }, "cutting hosting cost by [X]%"],
    [
      "Planned the cut-over for 3 teams",
      { metrics: [{ name: "on-time", value: 78, unit: "%" }] },
      "as measured by on-time (78%)",
    ],
  ] as const)("row %#: writes a percentage without a space", (bullet, evidence, phrase) => {
    const s = suggestRewrite(bullet, evidence);
    expect(s.text).toContain(phrase);
    expect(s.text).not.toMatch(/[\d\]] %/);
  });

  // The budget keeps the user's wording, so its currency shows when they gave one and none is implied otherwise.
  it.each([
    [{ budget: "$1.2M" }, [], "on a budget of $1.2M"],
    [{ budget: "250000 EUR" }, [], "on a budget of 250,000 EUR"],
    [{ budget: "250000" }, [], "on a budget of 250,000"],
    [{ budget: "1234567.89" }, [], "on a budget of 1,234,567.89"],
    [{ people: 1200 }, [], "with 1,200 people"],
    [{ teams: 2 }, [{ name: "cost avoided", value: 250000, unit: "EUR" }], "cost avoided (250,000 EUR)"],
    [{ teams: 2 }, [{ name: "cost avoided", value: "250000", unit: "EUR" }], "cost avoided (250,000 EUR)"],
    [{ teams: 2 }, [{ name: "tickets", value: "about 4000" }], "tickets (about 4000)"],
    [{ teams: 2 }, [{ name: "deploy time", value: 35, unit: "%" }], "deploy time (35%)"],
  ] as const)("row %#: writes the scale and metrics with their numbers grouped", (scale, metrics, phrase) => {
    const s = suggestRewrite("Coordinated the cut-over", { scale, metrics });
    expect(s.text).toContain(phrase);
    expect(s.text).not.toMatch(/on a \S+ budget/);
  });

  it("rewrites a passive bullet around the user's verb", () => {
    const s = suggestRewrite(
      "The deployment process was redesigned by me, reducing failed releases from 12 to 2 per quarter",
    );
    expect(s.text).toBe(
      "Redesigned the deployment process across [N] teams, reducing failed releases from 12 to 2 per quarter",
    );
    expect(s.fixes).toEqual(["strong-verb", "scope", "no-first-person", "active-voice"]);
  });

  it("leaves a bullet that passes every check as it is", () => {
    const bullet =
      "Led a cross-functional team of 8 engineers to deliver the billing migration 3 weeks ahead of schedule, cutting hosting costs by 22%.";
    const s = suggestRewrite(bullet);
    expect(s.text).toBe(bullet);
    expect(s.fixes).toEqual([]);
    expect(s.placeholders).toEqual([]);
  });

  it("asks for PM words instead of adding them, pointing at the user's competencies", () => {
    const s = suggestRewrite("Improved performance of the search API.", {
      competencies: ["risk management"],
    });
    expect(s.stillFailing).toContain("pm-keywords");
    expect(s.notes).toEqual(["Name the PM work where it is true; your evidence lists: risk management."]);
  });
});
