/**
 * Reads a CSV of work items with created and finished dates (YYYY-MM-DD) for the throughput
 * forecast. The columns are found by name: created / created_date / created_at and finished /
 * finished_date / done / done_date / closed / closed_date (case-insensitive). Dirty rows are dropped
 * and reported with their line numbers rather than guessed at.
 */

export interface ThroughputItem {
  /** 1-based line of the row in the file (the header is line 1). */
  readonly line: number;
  readonly created: number;
  readonly finished: number;
}

export type DropReason =
  | "missing date"
  | "unparsable date"
  | "finished before created"
  | "wrong number of fields";

export interface DroppedRow {
  readonly line: number;
  readonly reason: DropReason;
  readonly detail: string;
}

export interface ThroughputCsv {
  readonly items: readonly ThroughputItem[];
  readonly dropped: readonly DroppedRow[];
}

export class ThroughputCsvError extends Error {
  override readonly name = "ThroughputCsvError";
}

const CREATED = ["created", "created_date", "created_at", "start", "started", "start_date"];
const FINISHED = [
  "finished",
  "finished_date",
  "finished_at",
  "done",
  "done_date",
  "closed",
  "closed_date",
  "resolved",
];

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date, or undefined when it is no real date. */
export function parseDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / 86_400_000;
}

/** YYYY-MM-DD of a day number. */
export function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Splits one CSV line into fields; double quotes quote, "" is a literal quote. */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

export function readThroughputCsv(text: string): ThroughputCsv {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = splitLine(lines[0] ?? "").map((h) => h.trim().toLowerCase());
  const created = header.findIndex((h) => CREATED.includes(h));
  const finished = header.findIndex((h) => FINISHED.includes(h));
  if (finished < 0) {
    throw new ThroughputCsvError(
      `no finished-date column in the header (looked for ${FINISHED.join(", ")}); found: ${header.join(", ")}`,
    );
  }
  const items: ThroughputItem[] = [];
  const dropped: DroppedRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === "") continue;
    const line = i + 1;
    const fields = splitLine(raw);
    if (fields.length !== header.length) {
      dropped.push({
        line,
        reason: "wrong number of fields",
        detail: `${fields.length} fields, the header has ${header.length}`,
      });
      continue;
    }
    const f = (fields[finished] as string).trim();
    const c = created < 0 ? undefined : (fields[created] as string).trim();
    if (f === "" || c === "") {
      dropped.push({
        line,
        reason: "missing date",
        detail: f === "" ? "no finished date" : "no created date",
      });
      continue;
    }
    const fd = parseDay(f);
    const cd = c === undefined ? fd : parseDay(c);
    if (fd === undefined || cd === undefined) {
      dropped.push({
        line,
        reason: "unparsable date",
        detail: `"${fd === undefined ? f : c}" is not YYYY-MM-DD`,
      });
      continue;
    }
    if (fd < cd) {
      dropped.push({ line, reason: "finished before created", detail: `finished ${f}, created ${c}` });
      continue;
    }
    items.push({ line, created: cd, finished: fd });
  }
  return { items, dropped };
}

/** "Dropped 12 rows: 10 finished before created, 2 missing date (lines 3, 5, 9, …)." plus the first few in detail. */
export function droppedSummary(dropped: readonly DroppedRow[], first = 5): string {
  if (dropped.length === 0) return "";
  const byReason = new Map<DropReason, number>();
  for (const d of dropped) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);
  const reasons = [...byReason].map(([r, n]) => `${n} ${r}`).join(", ");
  const lines = dropped.slice(0, first).map((d) => `  line ${d.line}: ${d.reason} (${d.detail})\n`);
  const more = dropped.length > first ? `  … and ${dropped.length - first} more\n` : "";
  return `Dropped ${dropped.length} row${dropped.length === 1 ? "" : "s"}: ${reasons}\n${lines.join("")}${more}`;
}
