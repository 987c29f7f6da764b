import { type ResumeDocument, resumeSections, resumeTitle } from "./resume-document.js";

/** Plain-text width: fits an email line and a LinkedIn text box without the client re-wrapping it. */
export const RESUME_TEXT_WIDTH = 76;

/** "- " and the bullet wrapped at word boundaries, continuation lines indented under its text. */
function wrapBullet(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "-";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line.length + 1 + word.length > width && line.trim() !== "-") {
      lines.push(line);
      line = " ";
    }
    line = `${line} ${word}`;
  }
  return [...lines, line];
}

/** Resume bullets as plain text to paste: the title underlined, each project's name, "- " bullets wrapped. */
export function resumeText(doc: ResumeDocument, width = RESUME_TEXT_WIDTH): string {
  const title = resumeTitle(doc);
  const out = [title, "=".repeat(title.length)];
  for (const s of resumeSections(doc)) {
    out.push("", s.project, ...s.bullets.flatMap((b) => wrapBullet(b, width)));
  }
  return `${out.join("\n")}\n`;
}
