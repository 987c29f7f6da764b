import type { PortfolioProject } from "./portfolio-document.js";

const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Rows drawn; the table beside the chart lists every milestone. */
export const CHART_MAX_MILESTONES = 15;

const WIDTH = 820;
const LABEL = 230;
const RIGHT = 20;
const TOP = 30;
const ROW = 24;
const LEGEND = 34;

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const short = (name: string) => (name.length > 34 ? `${name.slice(0, 33)}…` : name);

/** A diamond centred on (x, y); dashed when it is a forecast rather than a fact. */
function diamond(x: number, y: number, fill: string, stroke: string, dashed = false): string {
  const r = 6;
  return `<path d="M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${
    dashed ? ' stroke-dasharray="2 2"' : ""
  }/>`;
}

/**
 * The project's milestones on a time axis as inline SVG: each baseline date (hollow) joined to the
 * actual date (filled) or forecast (dashed), red when later than the baseline. Shapes and the
 * table say the same as the colours. Empty when the project has no milestones.
 */
export function milestoneChartSvg(project: PortfolioProject): string {
  const rows = project.milestones.slice(0, CHART_MAX_MILESTONES);
  if (rows.length === 0) return "";
  const dates = rows.flatMap((m) => (m.baseline === null ? [m.date] : [m.date, m.baseline])).map(dayNumber);
  const from = Math.min(...dates) - 3;
  const to = Math.max(...dates) + 3;
  const x = (iso: string) => LABEL + ((dayNumber(iso) - from) / (to - from)) * (WIDTH - LABEL - RIGHT);
  const height = TOP + rows.length * ROW + LEGEND;
  const parts: string[] = [];

  // Ticks on the first of each month in range, with the year on January and on the first tick; a
  // range shorter than that is marked at its first and last dates instead.
  const ticks: { iso: string; label: string }[] = [];
  const first = new Date(from * 86_400_000);
  for (let year = first.getUTCFullYear(), month = first.getUTCMonth(); ; month++) {
    if (month > 11) {
      month = 0;
      year++;
    }
    const iso = `${year}-${String(month + 1).padStart(2, "0")}-01`;
    if (dayNumber(iso) > to) break;
    if (dayNumber(iso) < from) continue;
    const label = month === 0 || ticks.length === 0 ? `${MONTHS[month]} ${year}` : (MONTHS[month] as string);
    ticks.push({ iso, label });
  }
  if (ticks.length < 2) {
    ticks.length = 0;
    for (const d of [Math.min(...dates), Math.max(...dates)]) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      ticks.push({ iso, label: `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}` });
    }
  }
  for (const t of ticks) {
    const tx = x(t.iso).toFixed(1);
    parts.push(
      `<line x1="${tx}" y1="${TOP - 8}" x2="${tx}" y2="${TOP + rows.length * ROW}" stroke="#e2e5eb"/>`,
      `<text x="${tx}" y="${TOP - 12}" font-size="10" fill="#596275" text-anchor="middle">${t.label}</text>`,
    );
  }

  rows.forEach((m, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const late = m.varianceDays !== null && m.varianceDays > 0.05;
    const colour = m.varianceDays === null ? "#1b2230" : late ? "#a8200d" : "#05603a";
    const at = x(m.date);
    parts.push(
      `<text x="${LABEL - 10}" y="${y + 4}" font-size="11" fill="#1b2230" text-anchor="end"><title>${esc(m.name)}</title>${esc(short(m.name))}</text>`,
    );
    if (m.baseline !== null) {
      const bx = x(m.baseline);
      parts.push(
        `<line x1="${bx.toFixed(1)}" y1="${y}" x2="${at.toFixed(1)}" y2="${y}" stroke="${colour}" stroke-width="2"/>`,
        diamond(Number(bx.toFixed(1)), y, "#fff", "#596275"),
      );
    }
    parts.push(diamond(Number(at.toFixed(1)), y, m.done ? colour : "#fff", colour, !m.done));
  });

  const ly = TOP + rows.length * ROW + 22;
  parts.push(
    diamond(LABEL, ly - 4, "#fff", "#596275"),
    `<text x="${LABEL + 10}" y="${ly}" font-size="10" fill="#596275">baseline</text>`,
    diamond(LABEL + 80, ly - 4, "#05603a", "#05603a"),
    `<text x="${LABEL + 90}" y="${ly}" font-size="10" fill="#596275">done (red: after baseline)</text>`,
    diamond(LABEL + 250, ly - 4, "#fff", "#1b2230", true),
    `<text x="${LABEL + 260}" y="${ly}" font-size="10" fill="#596275">forecast</text>`,
  );
  const label = `Milestones of ${project.name}: baseline against actual or forecast dates`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(label)}" font-family="Helvetica, Arial, sans-serif"><title>${esc(label)}</title>${parts.join("")}</svg>`;
}
