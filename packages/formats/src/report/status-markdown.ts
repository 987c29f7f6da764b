import {
  AREA_TITLES,
  askText,
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

/** Text safe in Markdown: no pipes, line breaks or stray emphasis, links or HTML. */
function md(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/([*_`[\]<>])/g, "\\$1")
    .replace(/\s*\n\s*/g, " ");
}

/** A table cell: text, or text in bold. */
type Cell = string | { readonly strong: string };

function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (c: Cell) => (typeof c === "string" ? md(c) : `**${md(c.strong)}**`);
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(text).join(" | ")} |`),
  ].join("\n");
}

/** A status report as Markdown: for a wiki page, a pull request, or an email client that renders it. */
export function statusMarkdown(r: StatusReport): string {
  const day = (iso: string) => reportDay(r, iso);
  const out: string[] = [`# ${md(title(r))}`, "", `_${md(dateLine(r))}_`, ""];
  /** A section of a table (body: string) or a bulleted list; an empty list prints `empty`, or nothing. */
  const section = (heading: string, body: string | readonly string[], empty?: string) => {
    if (typeof body !== "string" && body.length === 0 && empty === undefined) return;
    out.push("", `## ${heading}`, "");
    if (typeof body === "string") out.push(body);
    else if (body.length === 0) out.push(empty as string);
    else for (const item of body) out.push(`- ${md(item)}`);
  };

  out.push(`**Overall: ${ragLabel(r.overall.rag)}**`, "");
  for (const reason of r.overall.reasons) out.push(`- ${md(reason.text)}`);
  if (r.overall.reasons.length > 0) out.push("");
  out.push(md(r.summary));
  section(
    "What we need",
    r.asks.map((a) => askText(r, a)),
    "Nothing is needed from leadership.",
  );
  section(
    "By area",
    table(
      ["Area", "Status", "Why"],
      STATUS_AREAS.map((a) => {
        const area = r.areas[a];
        const why = area.reasons.length > 0 ? area.reasons.map((x) => `${x.rag}: ${x.text}`) : area.notes;
        return [AREA_TITLES[a], { strong: ragLabel(area.rag) }, why.join(" ")];
      }),
    ),
  );
  if (r.milestones.length > 0) {
    section(
      "Key dates",
      table(
        ["Milestone", "Baseline", "Expected", "Deadline", "Status"],
        r.milestones.map((m) => [
          m.name,
          m.baseline === null ? "" : day(m.baseline),
          m.state === "done" ? `done ${day(m.forecast)}` : day(m.forecast),
          m.deadline === null ? "" : day(m.deadline),
          MILESTONE_STATES[m.state],
        ]),
      ),
    );
  }
  section(
    "Key figures",
    table(
      ["Measure", "Value", "What it means"],
      keyFigures(r).map((f) => [f.label, f.value, f.note]),
    ),
  );
  section(
    "Done since the last report",
    r.done.map((d) => `${d.name} (${day(d.finished)}; ${ownersText(d.owners)})`),
    "Nothing finished this period.",
  );
  if (r.inProgress.length > 0) {
    section(
      "In progress",
      table(
        ["Task", "Done", "Planned by now", "Expected finish", "Owner"],
        r.inProgress.map((p) => [
          p.name,
          `${Math.round(p.percentComplete)} %`,
          p.plannedPercent === null ? "" : `${p.plannedPercent} %`,
          day(p.finish),
          ownersText(p.owners),
        ]),
      ),
    );
  }
  section(
    "Blocked",
    r.blocked.length === 0
      ? []
      : table(
          ["What", "Owner", "Since", "Why"],
          r.blocked.map((b) => [
            b.what,
            ownerText(b.owner),
            b.since === null ? "" : day(b.since),
            sentence(b.why),
          ]),
        ),
    "Nothing is blocked.",
  );
  section(
    "Changed",
    r.changed.map(
      (c) =>
        `${c.name}: approved ${day(c.decidedOn)} by ${c.by}; ${changeImpactText(c.finishDays, c.costDelta)}. Why: ${sentence(c.reason)}`,
    ),
    "No change requests were approved this period.",
  );
  section(
    "Top risks",
    r.topRisks.length === 0
      ? []
      : table(
          ["Risk", "Likelihood and impact", "Owner", "Response", "Review"],
          r.topRisks.map((k) => [k.name, riskScoreText(k), ownerText(k.owner), k.response, reviewText(r, k)]),
        ),
    "No open risks.",
  );
  section(
    "Next",
    r.next.length === 0
      ? []
      : table(
          ["When", "Action", "Owner"],
          r.next.map((n) => [`${day(n.date)}${n.overdue ? " (overdue)" : ""}`, n.action, ownerText(n.owner)]),
        ),
    "Nothing scheduled before the next update.",
  );
  out.push("", `**Next update: ${day(r.nextUpdate)}**`, "", `_${md(footer(r))}_`, "");
  return out.join("\n");
}
