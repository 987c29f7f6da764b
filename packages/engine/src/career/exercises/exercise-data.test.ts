import { existsSync } from "node:fs";
import { isYearMonth } from "@keel/model";
import { describe, expect, it } from "vitest";
import { teamTemplate } from "../../agile/team-templates.js";
import { COMPETENCY_IDS } from "../data/competencies.js";
import { EXAMPLE_FILES, EXERCISE_IDS, EXERCISES, EXERCISES_AS_OF } from "../data/exercises.js";
import { EXERCISE_VIEWS } from "./exercise.js";

const competencies = new Set<string>(COMPETENCY_IDS);
const tokensIn = (s: string) => s.match(/\[[^\]]+\]/g) ?? [];

describe("exercise data", () => {
  it("holds the nine exercises of the 10-skill path once each, dated and sourced", () => {
    expect(EXERCISES.map((e) => e.id)).toEqual([...EXERCISE_IDS]);
    expect(EXERCISES).toHaveLength(9);
    for (const e of EXERCISES) {
      expect(e.source, e.id).toMatch(/career-facts\.md/);
      expect(isYearMonth(e.asOf) && e.asOf <= EXERCISES_AS_OF, e.id).toBe(true);
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.done.length, e.id).toBeGreaterThan(0);
    }
  });

  it("trains and yields only competencies the model knows", () => {
    for (const e of EXERCISES) {
      for (const c of [...e.competencies, ...e.proposedEvidence.competencies]) {
        expect(competencies.has(c), `${e.id}: ${c}`).toBe(true);
      }
      for (const c of e.proposedEvidence.competencies) expect(e.competencies, e.id).toContain(c);
    }
  });

  it("opens a known view on an example that exists in examples/, or on a new project", () => {
    for (const e of EXERCISES) {
      expect(EXERCISE_VIEWS, e.id).toContain(e.opens.view);
      if (e.opens.template === "new") continue;
      expect(EXAMPLE_FILES, e.id).toContain(e.opens.template);
      expect(existsSync(new URL(`../../../../../examples/${e.opens.template}`, import.meta.url)), e.id).toBe(
        true,
      );
    }
    const used = new Set(EXERCISES.map((e) => e.opens.template));
    for (const f of EXAMPLE_FILES) expect(used.has(f), f).toBe(true);
  });

  it("starts every exercise Keel can run from a plan file of its own in examples/exercises/", () => {
    for (const e of EXERCISES) {
      expect(e.starter !== undefined, e.id).toBe(e.available);
      if (e.starter === undefined) continue;
      expect(e.starter.file, e.id).toBe(`exercises/${e.id}.yaml`);
      expect(existsSync(new URL(`../../../../../examples/${e.starter.file}`, import.meta.url)), e.id).toBe(
        true,
      );
      if (e.starter.teamTemplate !== undefined) {
        expect(teamTemplate(e.starter.teamTemplate), e.id).toBeDefined();
      }
    }
  });

  it("starts the sprint on the greenfield template with about twelve estimated stories, each testable", () => {
    const sprint = EXERCISES.find((e) => e.id === "two-week-sprint")?.starter;
    expect(sprint?.teamTemplate).toBe("greenfield-product");
    const stories = sprint?.backlog ?? [];
    expect(stories.length).toBeGreaterThanOrEqual(10);
    expect(stories.length).toBeLessThanOrEqual(14);
    for (const s of stories) {
      expect(s.type, s.ref).toBe("story");
      expect(s.points, s.ref).toBeGreaterThan(0);
      expect(s.acceptance?.length ?? 0, s.ref).toBeGreaterThanOrEqual(2);
    }
  });

  it("names each starter item once and files items only under an epic listed before them", () => {
    for (const e of EXERCISES) {
      const seen = new Map<string, string>();
      for (const item of e.starter?.backlog ?? []) {
        expect(seen.has(item.ref), `${e.id}: ${item.ref}`).toBe(false);
        if (item.epic !== undefined) expect(seen.get(item.epic), `${e.id}: ${item.ref}`).toBe("epic");
        seen.set(item.ref, item.type);
      }
    }
  });

  it("says why an exercise is not available, and only then", () => {
    for (const e of EXERCISES) expect(e.because === undefined, e.id).toBe(e.available);
    expect(EXERCISES.filter((e) => !e.available).map((e) => e.id)).toEqual([]);
  });

  it("proposes evidence with a placeholder, never a number, wherever a number goes", () => {
    for (const e of EXERCISES) {
      const t = e.proposedEvidence;
      const text = [t.title, t.situation, t.action, t.result, ...t.metrics.map((m) => m.value)];
      const scale = Object.values(t.scale);
      expect(text.join(" "), e.id).not.toMatch(/\d/);
      for (const v of [...t.metrics.map((m) => m.value), ...scale]) expect(v, e.id).toMatch(/^\[[^\]]+\]$/);
      const used = new Set([...text, ...scale].flatMap(tokensIn));
      expect(new Set(t.placeholders.map((p) => p.token)), e.id).toEqual(used);
      // Only numbers are filled from the data, and only where a number goes.
      for (const token of Object.keys(t.fromData ?? {})) {
        expect([...t.metrics.map((m) => m.value), ...scale], `${e.id} ${token}`).toContain(token);
      }
    }
  });
});
