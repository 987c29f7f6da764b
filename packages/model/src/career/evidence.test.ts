import { describe, expect, it } from "vitest";
import type { LocalDate } from "../dates.js";
import { checkEvidence, type EvidenceEntryInput, evidenceSchema, parseEvidence } from "./evidence.js";

const TODAY = "2026-11-15" as LocalDate;
const base: EvidenceEntryInput = {
  id: "ev-1",
  title: "Weekly status for the portal relaunch",
  date: "2026-10-01",
};
const issues = (input: Partial<EvidenceEntryInput>) => {
  const result = parseEvidence({ ...base, ...input }, TODAY);
  return result.ok ? [] : result.issues;
};

describe("evidence schema", () => {
  it("fills a draft with empty text, empty lists and private visibility", () => {
    expect(evidenceSchema.parse(base)).toEqual({
      ...base,
      project: "",
      role: "",
      situation: "",
      action: "",
      result: "",
      metrics: [],
      scale: {},
      competencies: [],
      visibility: "private",
    });
  });

  it("refuses an empty or blank title, naming the field", () => {
    expect(issues({ title: "  " })).toEqual([{ path: "title", message: "a title is required" }]);
  });

  it("refuses negative and fractional counts in the scale", () => {
    expect(issues({ scale: { teams: -1, people: 2.5, budget: -10, durationWeeks: -3 } })).toEqual([
      { path: "scale.teams", message: "teams must not be negative" },
      { path: "scale.people", message: "people must be a whole number" },
      { path: "scale.budget", message: "budget must not be negative" },
      { path: "scale.durationWeeks", message: "duration must not be negative" },
    ]);
  });

  it("accepts a negative metric: a change can go down", () => {
    expect(issues({ metrics: [{ name: "lead time", value: -35, unit: "%" }] })).toEqual([]);
  });

  it("refuses a metric without a name or number", () => {
    expect(issues({ metrics: [{ name: "", value: Number.NaN }] }).map((i) => i.path)).toEqual([
      "metrics.0.name",
      "metrics.0.value",
    ]);
  });

  it("refuses malformed and repeated competency ids", () => {
    expect(issues({ competencies: ["status-reporting", "Status Reporting", "status-reporting"] })).toEqual([
      { path: "competencies.1", message: "expected a competency id like risk-management" },
      { path: "competencies.2", message: "status-reporting is listed twice" },
    ]);
  });

  it("knows where Keel-suggested evidence came from, and refuses a source without a project", () => {
    const source = { kind: "keel", projectId: "p1", ref: "go-live", rule: "milestone-on-time" } as const;
    expect(issues({ source })).toEqual([]);
    expect(issues({ source: { kind: "manual" } })).toEqual([]);
    expect(issues({ source: { ...source, projectId: "" } }).map((i) => i.path)).toEqual(["source.projectId"]);
  });

  it("names unknown fields and malformed dates", () => {
    expect(issues({ salary: 1 } as Partial<EvidenceEntryInput>)).toEqual([
      { path: "(evidence)", message: "unknown field salary" },
    ]);
    expect(issues({ date: "2026-02-30" }).map((i) => i.path)).toEqual(["date"]);
  });
});

describe("checkEvidence: nothing after today", () => {
  it("refuses a win dated after the injected today, and accepts today", () => {
    expect(issues({ date: "2026-11-16" })).toEqual([
      { path: "date", message: "2026-11-16 is in the future (today is 2026-11-15)" },
    ]);
    expect(checkEvidence(evidenceSchema.parse({ ...base, date: TODAY }), TODAY)).toEqual([]);
  });
});
