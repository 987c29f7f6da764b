import { describe, expect, it } from "vitest";
import { dayText, type ThroughputForm, throughputRequest } from "./throughput.js";

const form: ThroughputForm = {
  csv: "created,finished\n2027-01-01,2027-01-02\n",
  question: "when",
  remaining: "40",
  by: "",
  asOf: "",
  window: "84",
  weekly: false,
  excludeWeekends: true,
};

describe("throughputRequest", () => {
  it("asks when N items will be done, or how many by a date", () => {
    expect(throughputRequest(form)).toEqual({
      body: { csv: form.csv, remaining: 40, window: 84, weekly: false, excludeWeekends: true },
    });
    expect(
      throughputRequest({ ...form, question: "howMany", by: "2027-03-31", asOf: "2027-02-01", weekly: true }),
    ).toEqual({
      body: {
        csv: form.csv,
        by: "2027-03-31",
        asOf: "2027-02-01",
        window: 84,
        weekly: true,
        excludeWeekends: false,
      },
    });
  });

  it("names each field that is wrong", () => {
    expect(throughputRequest({ ...form, csv: " ", remaining: "0", window: "3", weekly: true })).toEqual({
      problems: {
        csv: "Paste or upload a CSV of items with created and finished dates.",
        remaining: "Enter a whole number of items, at least 1.",
        window: "Enter a whole number of days from 7 to 36,500.",
      },
    });
    expect(throughputRequest({ ...form, question: "howMany", remaining: "x" })).toEqual({
      problems: { by: "Choose a date." },
    });
  });
});

describe("dayText", () => {
  it("turns day numbers into dates", () => {
    expect([0, 20_454].map(dayText)).toEqual(["1970-01-01", "2026-01-01"]);
  });
});
