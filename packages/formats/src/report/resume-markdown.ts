import { type ResumeDocument, resumeSections, resumeTitle } from "./resume-document.js";

/** Escapes what would start markup mid-line, so "[N]" stays a visible placeholder, not a link. */
const md = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/\r?\n+/g, " ");

/** Resume bullets as Markdown: the title, a heading per project, one bullet a line. */
export function resumeMarkdown(doc: ResumeDocument): string {
  const out = [`# ${md(resumeTitle(doc))}`, ""];
  for (const s of resumeSections(doc)) {
    out.push(`## ${md(s.project)}`, "", ...s.bullets.map((b) => `- ${md(b)}`), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
