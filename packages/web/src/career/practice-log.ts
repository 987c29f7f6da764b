// Interview practice is kept in this browser only: answers to a practice question are rehearsal,
// not evidence, and never leave the machine.

export interface PracticeEntry {
  /** When the attempt was saved, ISO. */
  readonly at: string;
  readonly theme: string;
  readonly themeName: string;
  readonly question: string;
  readonly seconds: number;
  /** Self-rating 1 (rough) to 5 (ready). */
  readonly rating: number;
  readonly notes: string;
}

export const PRACTICE_KEY = "keel.career.practice";
/** Enough history to see progress; older attempts drop off. */
export const PRACTICE_LIMIT = 50;

function isEntry(x: unknown): x is PracticeEntry {
  if (typeof x !== "object" || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.at === "string" &&
    typeof e.theme === "string" &&
    typeof e.themeName === "string" &&
    typeof e.question === "string" &&
    typeof e.seconds === "number" &&
    typeof e.rating === "number" &&
    typeof e.notes === "string"
  );
}

/** The saved attempts, newest first; anything unreadable is skipped rather than breaking the page. */
export function readPractice(storage: Pick<Storage, "getItem">): PracticeEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PRACTICE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Adds an attempt in front and keeps the newest `PRACTICE_LIMIT`. */
export function addPractice(entries: readonly PracticeEntry[], entry: PracticeEntry): PracticeEntry[] {
  return [entry, ...entries].slice(0, PRACTICE_LIMIT);
}

export function writePractice(storage: Pick<Storage, "setItem">, entries: readonly PracticeEntry[]): void {
  storage.setItem(PRACTICE_KEY, JSON.stringify(entries));
}

/** 125 → "2:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** A practice answer's usual length: about two minutes, most of it on the Action. */
export const ANSWER_SECONDS = 120;
