import { describe, expect, it } from "vitest";
import * as words from "./index.js";
import type { Term, WordList } from "./word-list.js";

const lists = (Object.values(words) as unknown[]).filter(
  (v): v is WordList<unknown> => typeof v === "object" && v !== null && "entries" in v && "asOf" in v,
);

describe("word lists", () => {
  it("each says where its words come from and when, under a unique id", () => {
    expect(lists.length).toBeGreaterThanOrEqual(19);
    for (const l of lists) {
      expect(l.asOf, l.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(l.source.length, l.id).toBeGreaterThan(10);
      expect(l.version, l.id).toBeGreaterThanOrEqual(1);
      expect(l.entries.length, l.id).toBeGreaterThan(0);
    }
    expect(new Set(lists.map((l) => l.id)).size).toBe(lists.length);
  });

  it("keeps every term's forms in one concept: no form names two terms of the same list", () => {
    const termLists = [
      words.PM_KEYWORDS,
      words.PM_TOOLS,
      words.TECHNICAL_LITERACY,
      words.SOFT_SKILLS,
      words.JARGON,
      words.ROLE_TITLES,
      words.CERTIFICATION_NAMES,
      words.EDUCATION_WORDS,
    ] as const;
    for (const l of termLists) {
      const owner = new Map<string, string>();
      for (const t of l.entries as readonly Term[]) {
        for (const form of words.termForms(t)) {
          const key = form.toLowerCase();
          expect(owner.get(key) ?? t.term, `${l.id}: "${form}"`).toBe(t.term);
          owner.set(key, t.term);
        }
      }
    }
  });

  it("never makes one role title an alias of another", () => {
    const titles = new Set(words.ROLE_TITLES.entries.map((t) => t.term));
    for (const t of words.ROLE_TITLES.entries) {
      for (const a of t.aliases ?? []) expect(titles.has(a.toLowerCase()), `${t.term} → ${a}`).toBe(false);
    }
  });
});

describe("findTerms", () => {
  const t = (term: string, extra: Partial<Term> = {}): Term => ({ term, ...extra });

  it("matches whole words, singular or plural, with spaces and hyphens interchangeable", () => {
    const hits = words.findTerms("Tracked dependency risks in stand up notes; no brisk milestone talk", [
      t("dependencies"),
      t("risk"),
      t("stand-up"),
      t("milestones"),
    ]);
    expect(hits.map((h) => [h.term, h.written])).toEqual([
      ["dependencies", "dependency"],
      ["risk", "risks"],
      ["stand-up", "stand up"],
      ["milestones", "milestone"],
    ]);
  });

  it("reads leftmost-longest across terms and respects case where asked", () => {
    const hits = words.findTerms("Azure DevOps boards; safe rollout with SAFe", [
      t("Azure"),
      t("Azure DevOps"),
      t("SAFe", { caseSensitive: true }),
    ]);
    expect(hits.map((h) => [h.term, h.index])).toEqual([
      ["Azure DevOps", 0],
      ["SAFe", 39],
    ]);
  });

  it("does not read a plural into a word that has none", () => {
    expect(
      words.findTerms("The tool uses the US region", [t("us", { caseSensitive: true, plural: false })]),
    ).toEqual([]);
  });
});
