import type { LocalDate, StatusCategory } from "@keel/model";
import { describe, expect, it } from "vitest";
import { SprintCollector, slug } from "./sprints.js";

describe("sprints", () => {
  it("slugs names, keeping two names with one slug apart", () => {
    expect(slug("TES Sprint 1")).toBe("tes-sprint-1");
    expect(slug("Sprint 0 — Setup & Planning")).toBe("sprint-0-setup-planning");
    expect(slug("Été 3")).toBe("ete-3");
    expect(slug("スプリント")).toBe("sprint");
    const sprints = new SprintCollector();
    expect([sprints.id("A+B"), sprints.id("A B"), sprints.id("A+B")]).toEqual(["a-b", "a-b-2", "a-b"]);
  });

  it("guesses closed when everything still in a sprint is done or has moved on, active when work started", () => {
    const sprints = new SprintCollector();
    // S1 ended with K-2 unfinished and carried on to S2.
    const visit = (name: string, key: string, current: boolean, category: StatusCategory, dates: string[]) =>
      sprints.visit(name, {
        key,
        current,
        category,
        first: dates[0] as LocalDate,
        last: dates[1] as LocalDate,
      });
    visit("S1", "K-1", true, "done", ["2025-01-01", "2025-01-05"]);
    visit("S1", "K-2", false, "doing", ["2025-01-02", "2025-01-20"]);
    visit("S2", "K-2", true, "doing", ["2025-01-02", "2025-01-20"]);
    visit("S3", "K-3", true, "todo", ["2025-01-10"]);
    visit("S0", "K-4", false, "todo", []);
    expect(sprints.sprintList().map((s) => [s.name, s.state, s.items, s.firstSeen, s.lastSeen])).toEqual([
      ["S1", "closed", ["K-1", "K-2"], "2025-01-01", "2025-01-20"],
      ["S2", "active", ["K-2"], "2025-01-02", "2025-01-20"],
      ["S3", "planned", ["K-3"], "2025-01-10", undefined],
      ["S0", "closed", ["K-4"], undefined, undefined],
    ]);
  });
});
