/** One entry per line, as typed in a retrospective box: blank lines and surrounding spaces dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s+/, "").trim())
    .filter((l) => l !== "");
}
