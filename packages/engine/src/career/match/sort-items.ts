import { openingOf } from "../resume/opening.js";
import { type Need, qualificationNeed } from "./need.js";
import { type PostingItem, type SectionKind, splitPosting } from "./split-posting.js";

/** A posting's items by what they ask, plus every item read (for certifications and keywords). */
export interface SortedPosting {
  readonly qualifications: readonly { readonly item: PostingItem; readonly need: Need }[];
  readonly responsibilities: readonly PostingItem[];
  /** Every item outside the employer's own sections (about us, benefits). */
  readonly read: readonly { readonly kind: SectionKind; readonly item: PostingItem }[];
  readonly recognised: boolean;
}

const QUALIFICATION =
  /\b(?:\d+\s*\+?\s*(?:years?|yrs)|experience[ds]?|degree|bachelor'?s?|master'?s?|certifi\w*|knowledge|familiar\w*|proficien\w*|ability|able to|understanding|skills?|background|track record|fluen\w*|comfortable)\b/i;
const FIRM_QUALIFICATION = /\b(?:\d+\s*\+?\s*(?:years?|yrs)|degree|bachelor'?s?|certifi\w*)\b/i;
const YOU_WILL = /^(?:you will|you'll|you’ll)\b/i;

/** What an item under an unknown heading, or in a posting without headings, is by its wording. */
function classify(text: string): "qualification" | "responsibility" | undefined {
  const doing = YOU_WILL.test(text) || openingOf(text).verb !== undefined;
  if (doing && !FIRM_QUALIFICATION.test(text)) return "responsibility";
  if (QUALIFICATION.test(text)) return "qualification";
  return doing ? "responsibility" : undefined;
}

/**
 * Sorts a posting's items into qualifications and responsibilities by their section; items under
 * an unknown heading, or in a posting with no known heading, by their wording.
 */
export function sortItems(posting: string): SortedPosting {
  const { sections, recognised } = splitPosting(posting);
  const qualifications: { item: PostingItem; need: Need }[] = [];
  const responsibilities: PostingItem[] = [];
  const read: { kind: SectionKind; item: PostingItem }[] = [];
  for (const s of sections) {
    if (s.kind === "skip") continue;
    for (const item of s.items) {
      read.push({ kind: s.kind, item });
      const as =
        s.kind === "required" || s.kind === "preferred"
          ? "qualification"
          : s.kind === "responsibilities"
            ? "responsibility"
            : s.kind === "unknown" || !recognised
              ? classify(item.text)
              : undefined;
      if (as === "qualification") qualifications.push({ item, need: qualificationNeed(s.kind, item.text) });
      if (as === "responsibility") responsibilities.push(item);
    }
  }
  // Text that reads as neither is still what the employer asks for: read every line as a requirement.
  if (!recognised && qualifications.length === 0 && responsibilities.length === 0) {
    for (const { kind, item } of read)
      qualifications.push({ item, need: qualificationNeed(kind, item.text) });
  }
  return { qualifications, responsibilities, read, recognised };
}
