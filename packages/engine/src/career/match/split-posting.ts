import { searchText } from "../data/words/find-terms.js";
import { POSTING_HEADINGS, type PostingSectionKind } from "../data/words/posting-headings.js";

/** A section of a posting; `unknown` has a heading the lists do not know, `untitled` comes before any heading. */
export type SectionKind = PostingSectionKind | "unknown" | "untitled";

/** One bullet or sentence of a posting, with its 1-based line number. */
export interface PostingItem {
  readonly text: string;
  readonly line: number;
}

export interface PostingSection {
  readonly kind: SectionKind;
  readonly items: PostingItem[];
}

export interface SplitPosting {
  readonly sections: readonly PostingSection[];
  /** Whether any heading from the list was found; without one the whole text is read by content. */
  readonly recognised: boolean;
}

const headingKinds = new Map(POSTING_HEADINGS.entries.map((h) => [h.heading, h.kind]));

const BULLET = /^\s*(?:[-*•·‣◦▪–—>✓✔]+|\d{1,2}[.)]|\(?[a-z]\))\s+/u;

/** A heading line's words: no markdown, emphasis, numbering, trailing colon or emoji; lowercase. */
function headingKey(line: string): string {
  return searchText(line)
    .lower.replace(/^[#\s]+/, "")
    .replace(/[*_`]+/g, "")
    .replace(/[^\p{L}\p{N}'&,/+ -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The kind a heading names: the whole key, or every part of "Requirements & Qualifications". */
function kindOfHeading(key: string): PostingSectionKind | undefined {
  const whole = headingKinds.get(key);
  if (whole !== undefined) return whole;
  const parts = key.split(/\s*(?:&|\band\b|\/|,|\+)\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const kinds = parts.map((p) => headingKinds.get(p));
  return kinds.every((k) => k !== undefined) ? kinds[0] : undefined;
}

/** A heading line and the content written after its colon ("Requirements: 3+ years…"), if any. */
function readHeading(line: string): { kind: SectionKind; rest: string } | undefined {
  if (BULLET.test(line)) return undefined;
  const stripped = line.trim();
  const key = headingKey(stripped);
  const words = key.split(" ").length;
  const kind = words <= 8 ? kindOfHeading(key) : undefined;
  if (kind !== undefined) return { kind, rest: "" };
  const inline = /^([^:]{2,50}):\s*(\S.*)$/.exec(stripped);
  const inlineKind = inline === null ? undefined : kindOfHeading(headingKey(inline[1] ?? ""));
  if (inline !== null && inlineKind !== undefined) {
    return { kind: inlineKind, rest: inline[2] ?? "" };
  }
  // "About Ledgerly": a short "About …" line not in the list introduces the employer.
  if (/^about\s/.test(key) && words <= 4) return { kind: "skip", rest: "" };
  // A short line ending in a colon is a heading the lists do not know ("The stack:").
  if (/:\s*$/.test(stripped) && words <= 6) return { kind: "unknown", rest: "" };
  return undefined;
}

/** Prose broken into sentences, so a paragraph of requirements becomes items. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]/u.test(s));
}

/**
 * Splits a posting into sections by its headings ("Requirements", "What you'll do", "Nice to
 * have"…) and each section into items: one per bullet, one per sentence of prose.
 */
export function splitPosting(text: string): SplitPosting {
  const sections: PostingSection[] = [{ kind: "untitled", items: [] }];
  let recognised = false;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const heading = readHeading(line);
    if (heading !== undefined) {
      if (heading.kind !== "unknown") recognised = true;
      const items = heading.rest === "" ? [] : [{ text: heading.rest.trim(), line: i + 1 }];
      sections.push({ kind: heading.kind, items });
      return;
    }
    const section = sections.at(-1) as PostingSection;
    const bullet = BULLET.test(line);
    const body = line.replace(BULLET, "").trim();
    for (const s of bullet ? [body] : sentences(body)) section.items.push({ text: s, line: i + 1 });
  });
  return { sections: sections.filter((s) => s.items.length > 0), recognised };
}
