import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word` by edit distance, or undefined when none is close enough to be
 * a plausible typo (at most 40% of the word's letters differ). Case differences count as one edit.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.ceil(word.length * 0.4));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // Cheap length filter first: a plan may hold many thousands of ids.
    if (Math.abs(candidate.length - word.length) > limit || candidate === word) continue;
    const d = candidate.toLowerCase() === lower ? 1 : distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean `x`?` or the empty string, for appending to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? "" : `; did you mean \`${match}\`?`;
}
