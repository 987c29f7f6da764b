import {
  AREA_TITLES,
  type AreaRag,
  changeImpactText,
  dateLine,
  footer,
  keyFigures,
  MILESTONE_STATES,
  ownersText,
  ownerText,
  ragLabel,
  reportDay,
  reviewText,
  riskScoreText,
  STATUS_AREAS,
  type StatusReport,
  sentence,
  title,
} from "@keel/engine";

const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A RAG pill: coloured, and always labelled in words. */
function pill(rag: AreaRag, size: "" | " pill-lg" | " pill-sm" = ""): string {
  return `<span class="pill pill-${rag.toLowerCase()}${size}">${esc(ragLabel(rag))}</span>`;
}

const MILESTONE_RAG = { done: "GREEN", "on track": "GREEN", slipping: "AMBER", late: "RED" } as const;
/** Risk bands take the RAG colours, labelled with the band so they are not read as a status. */
const BAND_COLOUR = { high: "red", medium: "amber", low: "green" } as const;

/** Inline styles for screen and A4 print; colours also print (print-color-adjust). No external assets. */
const CSS = `
:root{--ink:#1b2230;--muted:#596275;--line:#e2e5eb;--soft:#f6f7f9;--red:#a8200d;--red-bg:#fde7e4;--amber:#8a4a00;--amber-bg:#fff0c7;--green:#05603a;--green-bg:#dcf5e6;--grey:#475467;--grey-bg:#eceef2}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#eef0f3;color:var(--ink);font:14px/1.5 "Helvetica Neue",Helvetica,Arial,"Liberation Sans","DejaVu Sans",sans-serif}
.report{max-width:900px;margin:24px auto;background:#fff;padding:36px 44px;border-radius:8px;box-shadow:0 1px 4px rgba(16,24,40,.08)}
header.head{display:flex;justify-content:space-between;align-items:flex-start;gap:24px;border-bottom:2px solid var(--ink);padding-bottom:14px}
.eyebrow{margin:0;font-size:11px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
h1{font-size:25px;line-height:1.2;margin:2px 0 6px}
.dates{margin:0;color:var(--muted);font-size:13px}
.overall{text-align:center;flex:none}
.overall-label{display:block;font-size:11px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin-top:4px}
h2{font-size:12px;letter-spacing:.07em;text-transform:uppercase;color:var(--muted);margin:20px 0 6px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:14px;margin:0}
p{margin:0 0 6px}
ul{margin:0;padding-left:18px}
li{margin:2px 0}
.pill{display:inline-block;font-weight:700;font-size:11px;letter-spacing:.05em;padding:2px 9px;border-radius:999px;border:1px solid currentColor;white-space:nowrap;line-height:1.5}
.pill-lg{font-size:17px;padding:5px 18px}
.pill-sm{font-size:10px;padding:0 7px}
.pill-red{color:var(--red);background:var(--red-bg)}
.pill-amber{color:var(--amber);background:var(--amber-bg)}
.pill-green{color:var(--green);background:var(--green-bg)}
.pill-grey{color:var(--grey);background:var(--grey-bg)}
.why{margin-top:14px;padding:10px 14px;border-left:4px solid var(--line);background:var(--soft);border-radius:0 6px 6px 0}
.why-red{border-left-color:var(--red)}.why-amber{border-left-color:var(--amber)}.why-green{border-left-color:var(--green)}
.why h2{margin:0 0 4px;border:0;padding:0}
.summary p{font-size:15px;line-height:1.55}
table.areas th{width:118px;color:var(--ink);font-size:13px;border-bottom:1px solid var(--line);vertical-align:top;padding-top:7px}
table.areas td.area-rag{width:96px;padding-top:7px}
table.areas ul{list-style:none;padding:0}
table.areas li{margin:0 0 3px}
table.areas li.note{color:var(--muted)}
.nowrap{white-space:nowrap}
.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.figure{background:var(--soft);border-radius:6px;padding:8px 12px;break-inside:avoid}
.figure .label{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.figure .value{font-size:19px;font-weight:700;margin:1px 0}
.figure .note{font-size:12px;color:var(--muted);line-height:1.35}
table{width:100%;border-collapse:collapse;font-size:13px}
th{text-align:left;font-weight:600;font-size:12px;color:var(--muted);border-bottom:1px solid var(--ink);padding:5px 8px 5px 0}
td{padding:6px 8px 6px 0;border-bottom:1px solid var(--line);vertical-align:top}
tr{break-inside:avoid}
td.num,th.num{text-align:right}
.overdue{color:var(--red);font-weight:600}
.empty{color:var(--muted);font-style:italic}
.next-update{margin-top:22px;font-weight:700;font-size:15px}
footer{margin-top:6px;color:var(--muted);font-size:11px}
@page{size:A4;margin:14mm 13mm 15mm}
@media print{
  body{background:#fff;font-size:10pt}
  .report{max-width:none;margin:0;padding:0;box-shadow:none;border-radius:0}
  h2{break-after:avoid}
  .summary p{font-size:11pt}
  table{font-size:9pt}
  table.areas th{font-size:9.5pt}
}
@media (max-width:640px){.report{padding:20px}.figures{grid-template-columns:1fr}header.head{flex-direction:column}}
`;

/** A column heading; `nowrap` keeps dates and names on one line. */
type Column = string | { readonly header: string; readonly nowrap: true };

function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cls = columns.map((c) => (typeof c === "string" ? "" : ' class="nowrap"'));
  const heads = columns.map((c, i) => `<th${cls[i]}>${esc(typeof c === "string" ? c : c.header)}</th>`);
  return `<table><thead><tr>${heads.join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((c, i) => `<td${cls[i]}>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

const nowrap = (header: string): Column => ({ header, nowrap: true });

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;

/**
 * A status report as one self-contained HTML document (inline CSS, no scripts or external assets),
 * laid out for the screen and for A4 print, which is how the PDF is made.
 */
export function statusHtml(r: StatusReport): string {
  const day = (iso: string) => esc(reportDay(r, iso));
  const parts: string[] = [];
  const section = (heading: string, body: string, cls = "") =>
    parts.push(`<section${cls ? ` class="${cls}"` : ""}><h2>${esc(heading)}</h2>${body}</section>`);
  const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;

  parts.push(
    `<header class="head"><div><p class="eyebrow">Status report</p><h1>${esc(r.project)}</h1><p class="dates">${esc(dateLine(r))}</p></div>` +
      `<div class="overall">${pill(r.overall.rag, " pill-lg")}<span class="overall-label">Overall</span></div></header>`,
  );
  if (r.overall.reasons.length > 0) {
    parts.push(
      `<section class="why why-${r.overall.rag.toLowerCase()}"><h2>Why ${esc(ragLabel(r.overall.rag))}</h2>${list(
        r.overall.reasons.map((x) => esc(x.text)),
      )}</section>`,
    );
  }
  section("Summary", `<p>${esc(r.summary)}</p>`, "summary");
  section(
    "What we need",
    r.asks.length === 0
      ? empty("Nothing is needed from leadership.")
      : list(
          r.asks.map((a) =>
            a.kind === "escalation"
              ? `<strong>${esc(a.from ?? "Sponsor")}:</strong> help with “${esc(a.what)}”${a.by === null ? "" : ` by ${day(a.by)}`}. ${esc(sentence(a.why))}`
              : `<strong>Decision needed:</strong> the change request “${esc(a.what)}”. ${esc(sentence(a.why))}`,
          ),
        ),
  );
  section(
    "By area",
    `<table class="areas">${STATUS_AREAS.map((a) => {
      const area = r.areas[a];
      const reasons = area.reasons.map((x) => `<li>${pill(x.rag, " pill-sm")} ${esc(x.text)}</li>`);
      const notes = area.notes.map((n) => `<li class="note">${esc(n)}</li>`);
      return `<tr><th scope="row">${esc(AREA_TITLES[a])}</th><td class="area-rag">${pill(area.rag)}</td><td><ul>${[...reasons, ...notes].join("")}</ul></td></tr>`;
    }).join("")}</table>`,
  );
  if (r.milestones.length > 0) {
    section(
      "Key dates",
      table(
        ["Milestone", nowrap("Baseline"), nowrap("Expected"), nowrap("Deadline"), nowrap("Status")],
        r.milestones.map((m) => [
          esc(m.name),
          m.baseline === null ? "" : day(m.baseline),
          m.state === "done" ? `done ${day(m.forecast)}` : day(m.forecast),
          m.deadline === null ? "" : day(m.deadline),
          `${pill(MILESTONE_RAG[m.state], " pill-sm")} ${esc(MILESTONE_STATES[m.state])}`,
        ]),
      ),
    );
  }
  section(
    "Key figures",
    `<div class="figures">${keyFigures(r)
      .map(
        (f) =>
          `<div class="figure"><div class="label">${esc(f.label)}</div><div class="value">${esc(f.value)}</div><div class="note">${esc(f.note)}</div></div>`,
      )
      .join("")}</div>`,
  );
  section(
    "Done since the last report",
    r.done.length === 0
      ? empty("Nothing finished this period.")
      : list(
          r.done.map(
            (d) =>
              `${esc(d.name)} <span class="dates">${day(d.finished)} · ${esc(ownersText(d.owners))}</span>`,
          ),
        ),
  );
  if (r.inProgress.length > 0) {
    section(
      "In progress",
      table(
        ["Task", nowrap("Done"), nowrap("Planned by now"), nowrap("Expected finish"), nowrap("Owner")],
        r.inProgress.map((p) => [
          esc(p.name),
          `${Math.round(p.percentComplete)} %`,
          p.plannedPercent === null ? "" : `${p.plannedPercent} %`,
          day(p.finish),
          esc(ownersText(p.owners)),
        ]),
      ),
    );
  }
  section(
    "Blocked",
    r.blocked.length === 0
      ? empty("Nothing is blocked.")
      : table(
          ["What", nowrap("Owner"), nowrap("Since"), "Why"],
          r.blocked.map((b) => [
            esc(b.what),
            esc(ownerText(b.owner)),
            b.since === null ? "" : day(b.since),
            esc(sentence(b.why)),
          ]),
        ),
  );
  section(
    "Changed",
    r.changed.length === 0
      ? empty("No change requests were approved this period.")
      : table(
          ["Approved change", nowrap("Decided"), "Impact", "Why"],
          r.changed.map((c) => [
            esc(c.name),
            `${day(c.decidedOn)}, ${esc(c.by)}`,
            esc(changeImpactText(c.finishDays, c.costDelta)),
            esc(sentence(c.reason)),
          ]),
        ),
  );
  section(
    "Top risks",
    r.topRisks.length === 0
      ? empty("No open risks.")
      : table(
          ["Risk", "Likelihood and impact", nowrap("Owner"), "Response", "Review"],
          r.topRisks.map((k) => [
            esc(k.name),
            `<span class="pill pill-sm pill-${BAND_COLOUR[k.band]}">${k.band.toUpperCase()}</span> ${esc(riskScoreText(k))}`,
            esc(ownerText(k.owner)),
            esc(k.response),
            k.reviewOverdue ? `<span class="overdue">${esc(reviewText(r, k))}</span>` : esc(reviewText(r, k)),
          ]),
        ),
  );
  section(
    "Next",
    r.next.length === 0
      ? empty("Nothing scheduled before the next update.")
      : table(
          [nowrap("When"), "Action", nowrap("Owner")],
          r.next.map((n) => [
            n.overdue ? `<span class="overdue">${day(n.date)} (overdue)</span>` : day(n.date),
            esc(n.action),
            esc(ownerText(n.owner)),
          ]),
        ),
  );
  parts.push(
    `<p class="next-update">Next update: ${day(r.nextUpdate)}</p><footer>${esc(footer(r))}</footer>`,
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title(r))}</title>
<style>${CSS}</style>
</head>
<body>
<main class="report">
${parts.join("\n")}
</main>
</body>
</html>
`;
}
