/**
 * A versioned word list the career hub's text rules read. Lists are data, not code, so a reviewer can
 * see where each word came from and when it was last checked, and a change is a new version.
 */
export interface WordList<T> {
  readonly id: string;
  /** Bumped whenever entries change, so stored analyses can say which list they used. */
  readonly version: number;
  /** When the source was last read (YYYY-MM). */
  readonly asOf: string;
  /** Where the words came from, in plain words a reviewer can follow. */
  readonly source: string;
  readonly entries: readonly T[];
}

/** A concept found in text by any of its forms; `term` is the name shown to the user. */
export interface Term {
  readonly term: string;
  /** Other spellings or words for the same concept; never a different role or tool. */
  readonly aliases?: readonly string[] | undefined;
  /** Match the case as written, for words that are also common English ("SAFe" vs "safe"). */
  readonly caseSensitive?: boolean | undefined;
  /** False for words whose plural would be another word ("us" → "uses"); default true. */
  readonly plural?: boolean | undefined;
  /** Match as the start of a word: the stem "coordinat" finds "coordinated" and "coordinating". */
  readonly prefix?: boolean | undefined;
}

/** Every form a term is written in: its name, then its aliases. */
export function termForms(t: Term): readonly string[] {
  return t.aliases === undefined ? [t.term] : [t.term, ...t.aliases];
}

/** The single entry of a list that holds one record of several word sets. */
export function onlyEntry<T>(list: WordList<T>): T {
  const entry = list.entries[0];
  if (entry === undefined) throw new Error(`word list ${list.id} is empty`);
  return entry;
}
