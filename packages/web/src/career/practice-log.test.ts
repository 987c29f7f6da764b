import { describe, expect, it } from "vitest";
import {
  addPractice,
  clock,
  PRACTICE_KEY,
  PRACTICE_LIMIT,
  type PracticeEntry,
  readPractice,
  writePractice,
} from "./practice-log.js";

const entry = (n: number): PracticeEntry => ({
  at: `2026-11-${String(n).padStart(2, "0")}T10:00:00.000Z`,
  theme: "scope-creep",
  themeName: "Scope creep",
  question: "Tell me about a time scope grew.",
  seconds: 95,
  rating: 3,
  notes: "",
});

describe("practice log", () => {
  it("keeps the newest attempts first, up to the limit, through storage", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    let entries = readPractice(storage);
    expect(entries).toEqual([]);
    for (let i = 1; i <= PRACTICE_LIMIT + 2; i++) entries = addPractice(entries, entry((i % 28) + 1));
    writePractice(storage, entries);
    const back = readPractice(storage);
    expect(back).toHaveLength(PRACTICE_LIMIT);
    expect(back[0]).toEqual(entry(((PRACTICE_LIMIT + 2) % 28) + 1));
  });

  it("skips what it cannot read instead of failing", () => {
    const broken = (value: string) => ({ getItem: (k: string) => (k === PRACTICE_KEY ? value : null) });
    expect(readPractice(broken("{not json"))).toEqual([]);
    expect(readPractice(broken('{"a":1}'))).toEqual([]);
    expect(readPractice(broken(JSON.stringify([entry(1), { at: 3 }])))).toEqual([entry(1)]);
  });

  it("shows a timer as minutes and seconds", () => {
    expect([0, 9, 60, 125, -4].map(clock)).toEqual(["0:00", "0:09", "1:00", "2:05", "0:00"]);
  });
});
