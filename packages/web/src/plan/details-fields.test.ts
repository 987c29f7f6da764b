import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import type { TaskRecord } from "../api/types.js";
import { CONSTRAINT_COL, DEADLINE_COL, ESTIMATE_COL, NOTES_COL, PRIORITY_COL } from "./columns.js";
import { constraintText, detailsEditText, detailsPatch, parseConstraint } from "./details-fields.js";

const task = (fields: Partial<TaskRecord> = {}): TaskRecord => ({
  id: "build",
  name: "Build",
  parent: null,
  milestone: false,
  duration: { value: 5, unit: "d", elapsed: false },
  constraint: { type: "ASAP" },
  position: 0,
  version: 3,
  ...fields,
});
const d = (value: number, unit: "d" | "h" | "w" = "d") => ({ value, unit, elapsed: false });

describe("parseConstraint", () => {
  it("reads ASAP, ALAP and a type with its date, in any case, empty as ASAP", () => {
    expect(parseConstraint("ASAP")).toEqual({ type: "ASAP" });
    expect(parseConstraint(" alap ")).toEqual({ type: "ALAP" });
    expect(parseConstraint("")).toEqual({ type: "ASAP" });
    expect(parseConstraint("SNET 2027-02-01")).toEqual({ type: "SNET", date: "2027-02-01" });
    expect(parseConstraint("fnlt  2027-03-01t12:00")).toEqual({ type: "FNLT", date: "2027-03-01T12:00" });
    expect(parseConstraint("MSO: 2027-02-01")).toEqual({ type: "MSO", date: "2027-02-01" });
    expect(parseConstraint("Must finish on 2027-02-05")).toEqual({ type: "MFO", date: "2027-02-05" });
    expect(parseConstraint("as late as possible")).toEqual({ type: "ALAP" });
  });

  it("names the expected form when it cannot read the text", () => {
    expect(parseConstraint("soon")).toBe(
      '"soon" is not a constraint; type ASAP, ALAP, or a type and a date such as SNET 2027-02-01 or FNLT 2027-03-01 (types with a date: SNET, SNLT, FNET, FNLT, MSO, MFO).',
    );
    expect(parseConstraint("SNET")).toBe("SNET needs a date; type it as SNET 2027-02-01.");
    expect(parseConstraint("SNET 1 Feb")).toBe(
      '"1 Feb" is not a date; type it as SNET 2027-02-01 (YYYY-MM-DD, or YYYY-MM-DDTHH:MM).',
    );
    expect(parseConstraint("ASAP 2027-02-01")).toMatch(/^ASAP takes no date/);
  });

  it("writes back what it reads", () => {
    for (const text of ["ASAP", "ALAP", "SNET 2027-02-01", "FNLT 2027-03-01T12:00"])
      expect(constraintText(parseConstraint(text) as never)).toBe(text);
  });
});

describe("detailsPatch", () => {
  it("sets a three-point estimate and the duration to its most likely value; empty clears it", () => {
    expect(detailsPatch(ESTIMATE_COL, "3d/5d/9d", task())).toEqual({
      estimate: { optimistic: d(3), mostLikely: d(5), pessimistic: d(9) },
      duration: d(5),
    });
    const estimated = task({ estimate: { optimistic: d(3), mostLikely: d(5), pessimistic: d(9) } });
    expect(detailsPatch(ESTIMATE_COL, " 3d/5d/9d ", estimated)).toBeUndefined();
    expect(detailsPatch(ESTIMATE_COL, "", estimated)).toEqual({ estimate: null });
    expect(detailsPatch(ESTIMATE_COL, "", task())).toBeUndefined();
    // An effort-driven task's duration comes from its work and people.
    expect(detailsPatch(ESTIMATE_COL, "1w/2w/3w", task({ work: d(10) }))).toEqual({
      estimate: { optimistic: d(1, "w"), mostLikely: d(2, "w"), pessimistic: d(3, "w") },
    });
  });

  it("refuses an estimate that is one duration, unreadable, or out of order", () => {
    expect(detailsPatch(ESTIMATE_COL, "5d", task())).toMatch(/is one duration; type three/);
    expect(detailsPatch(ESTIMATE_COL, "3d/5d", task())).toMatch(/not a three-point estimate/);
    expect(detailsPatch(ESTIMATE_COL, "3d/x/9d", task())).toMatch(/"x" is not a duration/);
    expect(detailsPatch(ESTIMATE_COL, "9d/5d/3d", task())).toMatch(/out of order/);
    expect(detailsPatch(ESTIMATE_COL, "4h/1d/2d", task())).toEqual(
      expect.objectContaining({ duration: d(1) }),
    );
  });

  it("sets or resets a constraint, and refuses unreadable text", () => {
    expect(detailsPatch(CONSTRAINT_COL, "SNET 2027-02-01", task())).toEqual({
      constraint: { type: "SNET", date: "2027-02-01" },
    });
    const pinned = task({ constraint: { type: "SNET", date: "2027-02-01" } });
    expect(detailsPatch(CONSTRAINT_COL, "snet 2027-02-01", pinned)).toBeUndefined();
    expect(detailsPatch(CONSTRAINT_COL, "", pinned)).toEqual({ constraint: { type: "ASAP" } });
    expect(detailsPatch(CONSTRAINT_COL, "later", pinned)).toMatch(/is not a constraint/);
    expect(detailsEditText(CONSTRAINT_COL, pinned)).toBe("SNET 2027-02-01");
  });

  it("sets and clears a deadline, a date only", () => {
    expect(detailsPatch(DEADLINE_COL, "2027-03-26", task())).toEqual({ deadline: "2027-03-26" });
    expect(detailsPatch(DEADLINE_COL, "", task({ deadline: "2027-03-26" as LocalDate }))).toEqual({
      deadline: null,
    });
    expect(
      detailsPatch(DEADLINE_COL, "2027-03-26", task({ deadline: "2027-03-26" as LocalDate })),
    ).toBeUndefined();
    expect(detailsPatch(DEADLINE_COL, "next week", task())).toMatch(
      /is not a date; type the deadline as YYYY-MM-DD/,
    );
    expect(detailsEditText(DEADLINE_COL, task({ deadline: "2027-03-26" as LocalDate }))).toBe("2027-03-26");
  });

  it("reads a priority from 0 to 1000 and clears it when empty", () => {
    expect(detailsPatch(PRIORITY_COL, "800", task())).toEqual({ priority: 800 });
    expect(detailsPatch(PRIORITY_COL, "0", task())).toEqual({ priority: 0 });
    expect(detailsPatch(PRIORITY_COL, "", task({ priority: 800 }))).toEqual({ priority: null });
    expect(detailsPatch(PRIORITY_COL, "800", task({ priority: 800 }))).toBeUndefined();
    for (const bad of ["1001", "-1", "5.5", "high"])
      expect(detailsPatch(PRIORITY_COL, bad, task())).toMatch(/whole number from 0 to 1000/);
  });

  it("keeps notes as typed, lines and all, dropping trailing space; empty clears them", () => {
    expect(detailsPatch(NOTES_COL, "Ask Ops\n  about the window  \n", task())).toEqual({
      notes: "Ask Ops\n  about the window",
    });
    expect(detailsPatch(NOTES_COL, "  ", task({ notes: "x" }))).toEqual({ notes: null });
    expect(detailsPatch(NOTES_COL, "x", task({ notes: "x" }))).toBeUndefined();
  });
});
