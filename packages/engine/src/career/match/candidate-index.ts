import { findTerm, type SearchText, searchText } from "../data/words/find-terms.js";
import type { Term } from "../data/words/word-list.js";
import type { MatchCandidate, MatchPlace } from "./candidate.js";

interface Material {
  readonly source: MatchPlace["source"];
  readonly id?: string | undefined;
  readonly text: SearchText;
}

const EXCERPT = 60;

/** The words around a match, cut at word boundaries, so the user sees where their evidence says it. */
function excerpt(text: string, index: number, length: number): string {
  const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, index - EXCERPT)) + 1);
  const cut = text.indexOf(" ", Math.min(text.length, index + length + EXCERPT));
  const to = cut < 0 ? text.length : cut;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** The candidate's records prepared once for the many look-ups of one match. */
export class CandidateIndex {
  private readonly materials: Material[];
  private readonly cache = new Map<string, MatchPlace[]>();

  constructor(candidate: MatchCandidate) {
    const m = (source: MatchPlace["source"], texts: readonly string[]) =>
      texts.filter((t) => t.trim() !== "").map((t) => ({ source, text: searchText(t) }));
    this.materials = [
      ...candidate.evidence.map((e) => ({ source: "evidence" as const, id: e.id, text: searchText(e.text) })),
      ...m("skills", candidate.skills),
      ...m("certifications", candidate.certifications),
      ...m("titles", candidate.titles),
      ...m("education", candidate.education ?? []),
    ];
  }

  /**
   * Where the candidate's records name the term, by any of its forms. A role title is looked for
   * in titles and evidence only: holding "Professional Scrum Master" is not having been one.
   */
  places(term: Term, role = false): MatchPlace[] {
    const key = `${role ? "r" : ""}${term.caseSensitive ? "=" : "~"}${term.prefix ? "*" : ""}${term.term}|${(term.aliases ?? []).join("|")}`;
    let out = this.cache.get(key);
    if (out === undefined) {
      out = [];
      for (const mat of this.materials) {
        if (role && mat.source !== "titles" && mat.source !== "evidence") continue;
        const first = findTerm(mat.text, term).sort((a, b) => a.index - b.index)[0];
        if (first === undefined) continue;
        const text =
          mat.source === "evidence"
            ? excerpt(mat.text.original, first.index, first.length)
            : mat.text.original;
        out.push(
          mat.id === undefined ? { source: mat.source, text } : { source: mat.source, id: mat.id, text },
        );
      }
      this.cache.set(key, out);
    }
    return out;
  }
}
