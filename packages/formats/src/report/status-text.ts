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

/**
 * A status report as plain text for chat or email: no markup, one item a line, sections in the
 * order a reader asks (how is it, what is needed, what happened, what is in the way, what next).
 */
export function statusText(r: StatusReport): string {
  const day = (iso: string) => reportDay(r, iso);
  const lines: string[] = [title(r), dateLine(r), ""];
  const section = (heading: string, items: readonly string[], empty?: string) => {
    if (items.length === 0 && empty === undefined) return;
    lines.push("", heading);
    for (const item of items.length === 0 ? [empty as string] : items) lines.push(`- ${item}`);
  };

  lines.push(`Overall: ${ragLabel(r.overall.rag)}`);
  for (const reason of r.overall.reasons) lines.push(`- ${reason.text}`);
  lines.push("", r.summary);
  section(
    "What we need",
    r.asks.map((a) => askText(r, a)),
    "Nothing is needed from leadership.",
  );
  section(
    "By area",
    STATUS_AREAS.map((a) => {
      const area = r.areas[a];
      if (area.reasons.length === 0)
        return `${AREA_TITLES[a]}: ${ragLabel(area.rag)}. ${area.notes.join(" ")}`;
      return [
        `${AREA_TITLES[a]}: ${ragLabel(area.rag)}`,
        ...area.reasons.map((x) => `  - ${x.rag}: ${x.text}`),
      ].join("\n");
    }),
  );
  section(
    "Key dates",
    r.milestones.map(
      (m) =>
        `${m.name}: ${m.state === "done" ? `done ${day(m.forecast)}` : `expected ${day(m.forecast)}`}${
          m.baseline === null ? "" : `, baseline ${day(m.baseline)}`
        }${m.deadline === null ? "" : `, deadline ${day(m.deadline)}`}. ${MILESTONE_STATES[m.state]}.`,
    ),
  );
  section(
    "Key figures",
    keyFigures(r).map((f) => `${f.label}: ${f.value}, ${f.note}`),
  );
  section(
    "Done since the last report",
    r.done.map((d) => `${d.name} (${day(d.finished)}; ${ownersText(d.owners)})`),
    "Nothing finished this period.",
  );
  section(
    "In progress",
    r.inProgress.map(
      (p) =>
        `${p.name}: ${Math.round(p.percentComplete)} % done${
          p.plannedPercent === null ? "" : `, ${p.plannedPercent} % planned by now`
        }; expected ${day(p.finish)} (${ownersText(p.owners)})`,
    ),
  );
  section(
    "Blocked",
    r.blocked.map(
      (b) =>
        `${b.what}. Owner: ${ownerText(b.owner)}${b.since === null ? "" : `, since ${day(b.since)}`}. ${sentence(b.why)}`,
    ),
    "Nothing is blocked.",
  );
  section(
    "Changed",
    r.changed.map(
      (c) =>
        `${c.name}, approved ${day(c.decidedOn)} by ${c.by}: ${changeImpactText(c.finishDays, c.costDelta)}. Why: ${sentence(c.reason)}`,
    ),
    "No change requests were approved this period.",
  );
  section(
    "Top risks",
    r.topRisks.map(
      (k) =>
        `${k.name}: ${riskScoreText(k)}. Owner: ${ownerText(k.owner)}. ${sentence(k.response)} Review: ${reviewText(r, k)}.`,
    ),
    "No open risks.",
  );
  section(
    "Next",
    r.next.map((n) => `${day(n.date)}${n.overdue ? " (overdue)" : ""}: ${n.action} - ${ownerText(n.owner)}`),
    "Nothing scheduled before the next update.",
  );
  lines.push("", `Next update: ${day(r.nextUpdate)}`, "", footer(r));
  return `${lines.join("\n")}\n`;
}
