import { describe, expect, it } from "vitest";
import { starterText } from "./exercise-start.js";

describe("starterText", () => {
  it("names the file and only what the starter adds", () => {
    const base = {
      file: "examples/exercises/risk-register.yaml",
      teamTemplate: null,
      backlogItems: 0,
      kpis: 0,
    };
    expect(starterText(base, "RAID log")).toBe(
      "A new practice project from examples/exercises/risk-register.yaml; it opens in the RAID log view.",
    );
    expect(starterText({ ...base, teamTemplate: "greenfield-product", backlogItems: 12 }, "Backlog")).toBe(
      "A new practice project from examples/exercises/risk-register.yaml, with the Greenfield product (Scrum) team template and 12 backlog items; it opens in the Backlog view.",
    );
    expect(starterText({ ...base, backlogItems: 1, kpis: 2 }, "Dashboard")).toContain(
      "with 1 backlog item and 2 business KPIs;",
    );
  });
});
