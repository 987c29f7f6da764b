/** A word of a bullet and where it starts. */
export interface Word {
  readonly text: string;
  readonly index: number;
}

/**
 * The bullet without its list marker ("-", "•", "1.") and surrounding space: pasted resumes carry
 * them, and they are not words.
 */
export function cleanBullet(text: string): string {
  return text.replace(/^\s*(?:[-*•·‣◦▪–—>]+|\d{1,2}[.)])\s*/u, "").trim();
}

/** Words as a reader counts them: runs of letters or digits with the punctuation inside them. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}$€£][\p{L}\p{N}'’.,%+/&×$€£-]*/gu)].map((m) => ({
    text: m[0].replace(/[.,'’-]+$/u, ""),
    index: m.index,
  }));
}

/** A word lowercased, with typographic quotes made plain, for look-ups. */
export function lowerWord(w: string): string {
  return w.replace(/[’]/g, "'").toLowerCase();
}
