/** A run of a suggestion's text: plain, or a `[placeholder]` the user must fill with their own fact. */
export interface TextRun {
  readonly text: string;
  readonly placeholder: boolean;
}

/**
 * Splits a suggestion into plain runs and placeholder runs. Only the tokens the engine listed are
 * placeholders, so brackets the user wrote themselves stay plain text.
 */
export function placeholderRuns(text: string, tokens: readonly string[]): TextRun[] {
  const wanted = [...new Set(tokens.filter((t) => t !== ""))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text === "" ? [] : [{ text, placeholder: false }];
  const pattern = new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), placeholder: false });
    runs.push({ text: m[0], placeholder: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), placeholder: false });
  return runs;
}

/** The `[…]` gaps a text leaves for its author, in order, each once: "[What you did to get there.]". */
export function bracketTokens(text: string): string[] {
  return [...new Set(text.match(/\[[^\][\n]{1,80}\]/g) ?? [])];
}
