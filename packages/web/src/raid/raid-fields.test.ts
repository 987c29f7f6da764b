import { describe, expect, it } from "vitest";
import {
  draftOf,
  draftPatch,
  type FieldSpec,
  fieldPatch,
  formatValue,
  parseValue,
  rebaseDraft,
  sameValue,
} from "./raid-fields.js";

const levels = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
const spec = (type: FieldSpec["type"], key = "f", label = "Field"): FieldSpec => ({
  key,
  label,
  type,
  ...(type.endsWith("evel") ? { options: levels } : {}),
});

describe("parseValue", () => {
  it("clears optional fields when emptied and refuses empty required ones", () => {
    expect(parseValue(spec("text"), "  ")).toEqual({ value: null });
    expect(parseValue(spec("date"), "")).toEqual({ value: null });
    expect(parseValue(spec("name", "name", "Name"), "")).toEqual({ error: "Name cannot be empty." });
    expect(parseValue(spec("requiredDate", "needed", "Needed by"), "")).toEqual({
      error: "Needed by needs a date.",
    });
  });

  it("reads dates, levels, chances, delays and costs", () => {
    expect(parseValue(spec("date"), "2027-03-15")).toEqual({ value: "2027-03-15" });
    expect(parseValue(spec("date", "due", "Due"), "15/03/2027")).toEqual({
      error: "Due: expected a date such as 2027-03-15.",
    });
    expect(parseValue(spec("level"), "4")).toEqual({ value: 4 });
    expect(parseValue(spec("level", "p", "Probability"), "6")).toEqual({
      error: "Probability: expected a level from 1 to 5.",
    });
    expect(parseValue(spec("chance"), "35 %")).toEqual({ value: 0.35 });
    expect(parseValue(spec("chance"), "140")).toHaveProperty("error");
    expect(parseValue(spec("duration"), "5d")).toEqual({ value: { value: 5, unit: "d", elapsed: false } });
    expect((parseValue(spec("duration", "delay", "Delay"), "5") as { error: string }).error).toMatch(
      /^Delay: "5" has no unit/,
    );
    expect(parseValue(spec("cost"), "12,500")).toEqual({ value: 12500 });
    expect(parseValue(spec("cost"), "-3")).toHaveProperty("error");
  });

  it("accepts only the offered choices", () => {
    const status: FieldSpec = {
      key: "status",
      label: "Status",
      type: "enum",
      options: [{ value: "open", label: "Open" }],
    };
    expect(parseValue(status, "open")).toEqual({ value: "open" });
    expect(parseValue(status, "gone")).toEqual({ error: 'Status: "gone" is not one of the choices.' });
  });
});

describe("formatValue and sameValue", () => {
  it("shows stored values for editing", () => {
    expect(formatValue("chance", 0.35)).toBe("35");
    expect(formatValue("duration", { value: 3, unit: "d", elapsed: true })).toBe("3ed");
    expect(formatValue("text", undefined)).toBe("");
    expect(formatValue("level", 4)).toBe("4");
  });

  it("treats absent and null alike and compares objects by fields", () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue({ value: 5, unit: "d", elapsed: false }, { unit: "d", elapsed: false, value: 5 })).toBe(
      true,
    );
    expect(sameValue({ probability: 2, impact: 3 }, { probability: 2, impact: 4 })).toBe(false);
    expect(sameValue(["a"], ["a"])).toBe(true);
  });
});

describe("fieldPatch", () => {
  const risk = { id: "R1", name: "Vendor late", probability: 3, owner: "Ana" };
  it("sends only a change", () => {
    expect(fieldPatch(risk, spec("level", "probability"), "4")).toEqual({ patch: { probability: 4 } });
    expect(fieldPatch(risk, spec("level", "probability"), "3")).toEqual({ patch: {} });
    expect(fieldPatch(risk, spec("text", "owner"), "")).toEqual({ patch: { owner: null } });
    expect(fieldPatch(risk, spec("name", "name", "Name"), " ")).toEqual({ error: "Name cannot be empty." });
  });
});

describe("draftOf and draftPatch", () => {
  const specs: FieldSpec[] = [
    spec("name", "name", "Name"),
    spec("text", "owner", "Owner"),
    spec("duration", "delay", "Delay"),
    spec("optionalLevel", "residual.probability", "Residual probability"),
    spec("optionalLevel", "residual.impact", "Residual impact"),
  ];
  const risk = { id: "R1", name: "Vendor late", delay: { value: 5, unit: "d", elapsed: false } };

  it("fills the form from the item, nested parts included", () => {
    expect(draftOf({ ...risk, residual: { probability: 2, impact: 3 } }, specs)).toEqual({
      name: "Vendor late",
      owner: "",
      delay: "5d",
      "residual.probability": "2",
      "residual.impact": "3",
    });
  });

  it("patches what changed, the nested score as one object", () => {
    const draft = {
      ...draftOf(risk, specs),
      owner: "Ben",
      "residual.probability": "2",
      "residual.impact": "3",
    };
    expect(draftPatch(risk, draft, specs)).toEqual({
      patch: { owner: "Ben", residual: { probability: 2, impact: 3 } },
    });
    expect(draftPatch(risk, draftOf(risk, specs), specs)).toEqual({ patch: {} });
  });

  it("clears a nested score when both parts are emptied", () => {
    const scored = { ...risk, residual: { probability: 2, impact: 3 } };
    const draft = { ...draftOf(scored, specs), "residual.probability": "", "residual.impact": "" };
    expect(draftPatch(scored, draft, specs)).toEqual({ patch: { residual: null } });
  });

  it("names each field it cannot read", () => {
    const draft = { ...draftOf(risk, specs), name: "", delay: "soon", "residual.probability": "2" };
    expect(draftPatch(risk, draft, specs)).toEqual({
      errors: {
        name: "Name cannot be empty.",
        delay: expect.stringMatching(/^Delay: "soon" is not a duration/),
        "residual.impact": "Set residual impact too, or clear both.",
      },
    });
  });
});

describe("rebaseDraft", () => {
  it("takes the new values of untouched fields and keeps what the user typed", () => {
    const before = { name: "Vendor late", owner: "Ana", cost: "" };
    const after = { name: "Vendor API late", owner: "Ben", cost: "" };
    const draft = { name: "Vendor late", owner: "Cara", cost: "500" };
    expect(rebaseDraft(draft, before, after)).toEqual({
      name: "Vendor API late",
      owner: "Cara",
      cost: "500",
    });
  });
});
