import type { MatchPart } from "@keel/engine";

// Geometry of the career hub's hand-drawn charts, as pure functions of the data and a box, so
// they can be tested without a browser.

export interface StrengthInput {
  readonly id: string;
  readonly strength: number;
  /** How much the role asks of it, 0-3. */
  readonly weight: number;
}

export interface StrengthBar<T extends StrengthInput> {
  readonly row: T;
  /** Top of the row. */
  readonly y: number;
  /** Length of the strength bar, from the plot's left edge. */
  readonly length: number;
}

export interface StrengthChart<T extends StrengthInput> {
  readonly bars: readonly StrengthBar<T>[];
  readonly height: number;
  /** Grid lines: strength and its x from the plot's left edge. */
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));

/**
 * One bar per competency the role asks for (weight above 0), the core of the role first and,
 * within a weight, the weakest first: where the next piece of evidence counts most.
 */
export function strengthChart<T extends StrengthInput>(
  rows: readonly T[],
  plotWidth: number,
  rowHeight: number,
): StrengthChart<T> {
  const shown = rows
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.strength - b.strength);
  return {
    bars: shown.map((row, i) => ({ row, y: i * rowHeight, length: clamp01(row.strength) * plotWidth })),
    height: shown.length * rowHeight,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, x: value * plotWidth })),
  };
}

export interface ScoreSegment {
  readonly part: MatchPart;
  readonly x: number;
  /** The part's share of the whole bar: its weight. */
  readonly width: number;
  /** How much of its share the match earned: weight × its own score. */
  readonly filled: number;
}

/** The match score as one bar split by the parts' weights, each part filled to its own score. */
export function scoreSegments(parts: readonly MatchPart[], width: number): ScoreSegment[] {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  let x = 0;
  return parts.map((part) => {
    const w = total === 0 ? 0 : (part.weight / total) * width;
    const segment = { part, x, width: w, filled: w * clamp01(part.score / 100) };
    x += w;
    return segment;
  });
}

/** A score's band in words, so colour is never the only cue. */
export function scoreBand(score: number): { readonly tone: "low" | "mid" | "high"; readonly word: string } {
  if (score >= 80) return { tone: "high", word: "strong" };
  if (score >= 50) return { tone: "mid", word: "fair" };
  return { tone: "low", word: "weak" };
}
