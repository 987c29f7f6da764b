/** Days off as the API takes them: `YYYY-MM-DD`, both days included. */
export interface TimeOff {
  readonly from: string;
  readonly to: string;
  readonly name?: string | undefined;
}

/** An id for a new resource from its name: `Alice Chen` → `alice-chen`, made unique among `taken`. */
export function resourceId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "resource";
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** A cost per hour as typed (`85`, `85.50`, `€ 90`); a message when it is not an amount. */
export function parseCost(text: string): number | string {
  const t = text
    .trim()
    .replace(/^[^\d.-]+/, "")
    .replace(/\/\s*h$/i, "")
    .trim();
  if (!/^\d+(\.\d+)?$/.test(t))
    return `expected an amount per hour such as 85 or 92.50, got "${text.trim()}"`;
  return Number(t);
}

/** A time-off row as edited: dates may still be blank. */
export interface TimeOffDraft {
  readonly from: string;
  readonly to: string;
  readonly name: string;
}

/** Checks edited time off; answers what to save, or the first problem with the row it is in (1-based). */
export function checkTimeOff(rows: readonly TimeOffDraft[]): TimeOff[] | string {
  const out: TimeOff[] = [];
  for (const [i, row] of rows.entries()) {
    const which = rows.length === 1 ? "The time off" : `Row ${i + 1}`;
    if (row.from === "") return `${which} needs a first day.`;
    const to = row.to === "" ? row.from : row.to;
    if (to < row.from) return `${which} ends before it starts.`;
    const name = row.name.trim();
    out.push(name === "" ? { from: row.from, to } : { from: row.from, to, name });
  }
  return out;
}

/** Days of time off, counted inclusively across all its ranges: for the sheet's summary. */
export function timeOffDays(timeOff: readonly TimeOff[] | undefined): number {
  let days = 0;
  for (const t of timeOff ?? []) {
    const from = Date.parse(`${t.from}T00:00:00Z`);
    const to = Date.parse(`${t.to}T00:00:00Z`);
    days += Math.round((to - from) / 86_400_000) + 1;
  }
  return days;
}
