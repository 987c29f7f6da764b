import {
  entryParts,
  measureText,
  milestoneVarianceText,
  type PortfolioDocument,
  scaleText,
} from "./portfolio-document.js";

/** Markdown text is written as-is; only characters that would start markup mid-line are escaped. */
const md = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/\r?\n+/g, " ");

/** A portfolio as Markdown: each evidence entry, then each project's milestones against its baseline. */
export function portfolioMarkdown(doc: PortfolioDocument): string {
  const out: string[] = [`# ${md(doc.title)}`, "", `${md(doc.author)} · ${doc.generatedOn}`, ""];
  out.push("## Delivery evidence", "");
  for (const e of doc.entries) {
    out.push(`### ${md(e.title)}`, "");
    const facts = [
      e.role === "" ? "" : `**Role:** ${md(e.role)}`,
      e.project === "" ? "" : `**Project:** ${md(e.project)}`,
      `**Date:** ${e.date}`,
    ].filter((f) => f !== "");
    out.push(facts.join(" · "), "");
    for (const [label, text] of entryParts(e)) out.push(`**${label}.** ${md(text)}`, "");
    if (e.metrics.length > 0) {
      out.push("**Numbers:**", "", ...e.metrics.map((m) => `- ${md(measureText(m))}`), "");
    }
    const scale = scaleText(e.scale);
    if (scale !== "") out.push(`**Scale:** ${md(scale)}`, "");
  }
  if (doc.projects.length > 0) out.push("## Projects", "");
  for (const p of doc.projects) {
    out.push(`### ${md(p.name)}`, "");
    out.push(
      `**Role:** ${md(p.role)} · **Start:** ${p.start} · **Finish (forecast):** ${p.finish}${
        p.baselineName === null ? " · no saved baseline" : ` · **Baseline:** ${md(p.baselineName)}`
      }`,
      "",
    );
    if (p.milestones.length === 0) {
      out.push("No milestones.", "");
      continue;
    }
    out.push("| Milestone | Baseline | Actual / forecast | Variance |", "|---|---|---|---|");
    for (const m of p.milestones) {
      out.push(
        `| ${md(m.name)} | ${m.baseline ?? ""} | ${m.done ? "done" : "forecast"} ${m.date} | ${milestoneVarianceText(m)} |`,
      );
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
