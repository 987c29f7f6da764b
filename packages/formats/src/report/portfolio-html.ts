import { CHART_MAX_MILESTONES, milestoneChartSvg } from "./portfolio-chart.js";
import {
  entryParts,
  measureText,
  milestoneVarianceText,
  type PortfolioDocument,
  type PortfolioProject,
  scaleText,
} from "./portfolio-document.js";

const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Inline styles for screen and A4 print, as the status report's: no external assets. */
const CSS = `
:root{--ink:#1b2230;--muted:#596275;--line:#e2e5eb;--soft:#f6f7f9;--red:#a8200d;--green:#05603a}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#eef0f3;color:var(--ink);font:14px/1.5 "Helvetica Neue",Helvetica,Arial,"Liberation Sans","DejaVu Sans",sans-serif}
.portfolio{max-width:900px;margin:24px auto;background:#fff;padding:36px 44px;border-radius:8px;box-shadow:0 1px 4px rgba(16,24,40,.08)}
header.head{border-bottom:2px solid var(--ink);padding-bottom:14px}
.eyebrow{margin:0;font-size:11px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
h1{font-size:25px;line-height:1.2;margin:2px 0 6px}
.byline{margin:0;color:var(--muted);font-size:13px}
h2{font-size:12px;letter-spacing:.07em;text-transform:uppercase;color:var(--muted);margin:24px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:0 0 4px}
p{margin:0 0 6px}
ul{margin:0 0 6px;padding-left:18px}
.entry,.project{padding:12px 0 14px;border-bottom:1px solid var(--line);break-inside:avoid}
.facts{color:var(--muted);font-size:13px;margin-bottom:8px}
.label{font-weight:700}
.numbers{display:flex;flex-wrap:wrap;gap:8px;margin:6px 0;padding:0;list-style:none}
.numbers li{background:var(--soft);border-radius:6px;padding:4px 10px;font-size:13px}
.chart{margin:10px 0}
.note{color:var(--muted);font-size:12px}
table{width:100%;border-collapse:collapse;font-size:13px}
th{text-align:left;font-weight:600;font-size:12px;color:var(--muted);border-bottom:1px solid var(--ink);padding:5px 8px 5px 0}
td{padding:6px 8px 6px 0;border-bottom:1px solid var(--line);vertical-align:top}
tr{break-inside:avoid}
.nowrap{white-space:nowrap}
.late{color:var(--red);font-weight:600}
.early{color:var(--green);font-weight:600}
footer{margin-top:14px;color:var(--muted);font-size:11px}
@page{size:A4;margin:14mm 13mm 15mm}
@media print{
  body{background:#fff;font-size:10pt}
  .portfolio{max-width:none;margin:0;padding:0;box-shadow:none;border-radius:0}
  h2{break-after:avoid}
  table{font-size:9pt}
}
@media (max-width:640px){.portfolio{padding:20px}}
`;

function projectSection(p: PortfolioProject): string {
  const facts = [
    `<span class="label">Role:</span> ${esc(p.role)}`,
    `<span class="label">Start:</span> ${esc(p.start)}`,
    `<span class="label">Finish (forecast):</span> ${esc(p.finish)}`,
    p.baselineName === null
      ? "no saved baseline"
      : `<span class="label">Baseline:</span> ${esc(p.baselineName)}`,
  ].join(" · ");
  const rows = p.milestones.map((m) => {
    const variance = milestoneVarianceText(m);
    const cls =
      m.varianceDays === null || variance === "on baseline" ? "" : m.varianceDays > 0 ? "late" : "early";
    return `<tr><td>${esc(m.name)}</td><td class="nowrap">${esc(m.baseline ?? "")}</td><td class="nowrap">${
      m.done ? "done" : "forecast"
    } ${esc(m.date)}</td><td class="nowrap${cls === "" ? "" : ` ${cls}`}">${esc(variance)}</td></tr>`;
  });
  const chart = milestoneChartSvg(p);
  const more =
    p.milestones.length > CHART_MAX_MILESTONES
      ? `<p class="note">The chart shows the first ${CHART_MAX_MILESTONES} of ${p.milestones.length} milestones; the table lists them all.</p>`
      : "";
  return `<section class="project"><h3>${esc(p.name)}</h3><p class="facts">${facts}</p>${
    p.milestones.length === 0
      ? '<p class="note">No milestones.</p>'
      : `<div class="chart">${chart}</div>${more}<table><thead><tr><th>Milestone</th><th class="nowrap">Baseline</th><th class="nowrap">Actual / forecast</th><th class="nowrap">Variance</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
  }</section>`;
}

/**
 * A portfolio as one self-contained HTML document (inline CSS and SVG, no scripts or external
 * assets) for the screen, a share link and A4 print, which is how the PDF is made.
 */
export function portfolioHtml(doc: PortfolioDocument): string {
  const entries = doc.entries.map((e) => {
    const facts = [
      e.role === "" ? "" : `<span class="label">Role:</span> ${esc(e.role)}`,
      e.project === "" ? "" : `<span class="label">Project:</span> ${esc(e.project)}`,
      `<span class="label">Date:</span> ${esc(e.date)}`,
    ].filter((f) => f !== "");
    const parts = entryParts(e).map(
      ([label, text]) => `<p><span class="label">${label}.</span> ${esc(text)}</p>`,
    );
    const numbers =
      e.metrics.length === 0
        ? ""
        : `<ul class="numbers" aria-label="Numbers">${e.metrics.map((m) => `<li>${esc(measureText(m))}</li>`).join("")}</ul>`;
    const scale = scaleText(e.scale);
    return `<article class="entry"><h3>${esc(e.title)}</h3><p class="facts">${facts.join(" · ")}</p>${parts.join("")}${numbers}${
      scale === "" ? "" : `<p class="note">Scale: ${esc(scale)}</p>`
    }</article>`;
  });
  const projects = doc.projects.map(projectSection);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title><style>${CSS}</style></head>
<body><main class="portfolio">
<header class="head"><p class="eyebrow">Portfolio</p><h1>${esc(doc.title)}</h1><p class="byline">${esc(doc.author)} · ${esc(doc.generatedOn)}</p></header>
<section><h2>Delivery evidence</h2>${entries.join("")}</section>
${projects.length === 0 ? "" : `<section><h2>Projects</h2>${projects.join("")}</section>`}
<footer>Made with Keel from the author's own records and project data.</footer>
</main></body></html>
`;
}
