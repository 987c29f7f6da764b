import { findTerms } from "../data/words/find-terms.js";
import { ROLE_TITLES, SENIORITY_WORDS } from "../data/words/role-titles.js";

/** The posting's job title against the candidate's titles. */
export interface TitleMatch {
  /** The title as the posting writes it; undefined when none was found. */
  readonly posting: string | undefined;
  /** The known role title inside it ("technical project manager"). */
  readonly role: string | undefined;
  readonly matches: boolean;
  /** The candidate's title that matches. */
  readonly matchedTitle?: string | undefined;
  readonly detail: string;
}

const LABEL = /^\s*(?:job\s+title|title|position|role)\s*:\s*(\S.*)$/i;

/** The known role title a text names first ("Senior Technical Project Manager" → "technical project manager"). */
function roleIn(text: string): string | undefined {
  return findTerms(text, ROLE_TITLES.entries)[0]?.term;
}

const seniority = new Set(SENIORITY_WORDS.entries);
/** A title without level words or punctuation: "Sr. Project Manager II" → "project manager". */
function bareTitle(title: string): string {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w !== "" && !seniority.has(w))
    .join(" ");
}

const roleIds = new Map(ROLE_TITLES.entries.map((t) => [t.term, t.role]));
/** Same title, or two titles for the same target role ("junior" and "associate project manager"). */
function sameRole(a: string, b: string): boolean {
  const ra = roleIds.get(a);
  return a === b || (ra !== undefined && ra === roleIds.get(b));
}

/**
 * Finds the posting's title (a "Title:" line, else a short first line, else the first role title
 * in the text) and compares it with the candidate's titles. Titles match when they name the same
 * role; distinct roles never match (a scrum master is not an agile coach).
 */
export function matchTitle(posting: string, titles: readonly string[]): TitleMatch {
  const lines = posting
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const labelled = lines
    .slice(0, 15)
    .map((l) => LABEL.exec(l)?.[1])
    .find((t) => t !== undefined);
  const first = lines[0];
  const firstIsTitle = first !== undefined && first.split(/\s+/).length <= 12 && !/[.!?]$/.test(first);
  const written = labelled ?? (firstIsTitle && roleIn(first) !== undefined ? first : undefined);
  const role = roleIn(written ?? posting);
  const title = (written ?? role)?.replace(/[*#_]+/g, "").trim();
  if (title === undefined) {
    return {
      posting: undefined,
      role: undefined,
      matches: false,
      detail: "No job title found in the posting.",
    };
  }
  const matched = titles.find((t) => {
    const own = roleIn(t);
    return role !== undefined && own !== undefined ? sameRole(own, role) : bareTitle(t) === bareTitle(title);
  });
  return matched === undefined
    ? {
        posting: title,
        role,
        matches: false,
        detail:
          titles.length === 0
            ? `No titles of yours to compare with "${title}".`
            : `None of your titles (${titles.join(", ")}) is ${/^[aeiou]/i.test(role ?? title) ? "an" : "a"} ${role ?? title}.`,
      }
    : {
        posting: title,
        role,
        matches: true,
        matchedTitle: matched,
        detail: `Your title "${matched}" matches.`,
      };
}
