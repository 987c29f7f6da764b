import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { evidenceForm, evidenceOf } from "./evidence-form.js";

const TODAY = "2026-11-15" as LocalDate;

describe("evidence form", () => {
  it("round-trips an entry: numbers as text in the form, as numbers in the body", () => {
    const form = evidenceForm(
      {
        title: "Cut release time",
        action: "Re-planned the release train",
        metrics: [{ name: "release time", value: 35, unit: "%" }],
        scale: { teams: 3, budget: 120000 },
        competencies: ["scheduling"],
        date: "2026-10-01",
      },
      TODAY,
    );
    expect(form.metrics.map((m) => [m.name, m.value, m.unit])).toEqual([["release time", "35", "%"]]);
    expect(form.teams).toBe("3");
    expect(evidenceOf({ ...form, budget: "120,000" }, TODAY)).toEqual({
      input: {
        title: "Cut release time",
        project: "",
        role: "",
        situation: "",
        action: "Re-planned the release train",
        result: "",
        metrics: [{ name: "release time", value: 35, unit: "%" }],
        scale: { teams: 3, budget: 120000 },
        competencies: ["scheduling"],
        date: "2026-10-01",
        visibility: "private",
      },
    });
  });

  it("starts a new entry today, private, and leaves blank metric rows out", () => {
    const form = evidenceForm({ title: "A win" }, TODAY);
    expect(form.date).toBe(TODAY);
    expect(form.visibility).toBe("private");
    const blank = { key: "k", name: "", value: "", unit: "" };
    const result = evidenceOf({ ...form, metrics: [blank] }, TODAY);
    expect("input" in result && result.input.metrics).toEqual([]);
  });

  it("points errors at the form's own rows and fields", () => {
    const form = evidenceForm({ title: "" }, TODAY);
    const result = evidenceOf(
      {
        ...form,
        date: "2027-01-01",
        people: "-2",
        teams: "many",
        metrics: [
          { key: "a", name: "", value: "", unit: "" },
          { key: "b", name: "defects", value: "lots", unit: "" },
        ],
      },
      TODAY,
    );
    expect(result).toEqual({
      errors: {
        title: "a title is required",
        "metrics.1.value": "expected a number, such as 35",
        "scale.teams": "expected a number of teams",
        "scale.people": "people must not be negative",
      },
    });
    expect(evidenceOf({ ...form, title: "Win", date: "2027-01-01" }, TODAY)).toEqual({
      errors: { date: "2027-01-01 is in the future (today is 2026-11-15)" },
    });
  });
});
