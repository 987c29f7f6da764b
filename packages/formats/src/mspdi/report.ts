/** The groups of MSPDI fields the fidelity report counts, in the order it prints them. */
export const FIELD_FAMILIES = [
  "project",
  "calendars",
  "tasks",
  "links",
  "constraints",
  "deadlines",
  "resources",
  "assignments",
  "baselines",
  "progress",
  "costs and work",
  "custom fields",
] as const;
export type FieldFamily = (typeof FIELD_FAMILIES)[number];

/** Imported exactly, approximated (and how), or dropped (and why). */
export type Fidelity = "exact" | "approximated" | "dropped";

export interface FidelityItem {
  readonly family: FieldFamily;
  readonly fidelity: Fidelity;
  /** What was counted, in the plural: "tasks", "recurring calendar exceptions". */
  readonly what: string;
  /** For approximated and dropped items: what Keel did instead, or why it could not keep them. */
  readonly how?: string | undefined;
  readonly count: number;
}

/** How faithfully one MSPDI file was imported: counts per field family and fidelity. */
export interface FidelityReport {
  readonly file: string;
  readonly items: readonly FidelityItem[];
}

/** Collects counts while importing; the same (family, fidelity, what, how) adds up. */
export class FidelityCollector {
  private readonly items = new Map<string, FidelityItem>();

  constructor(private readonly file: string) {}

  exact(family: FieldFamily, what: string, count = 1): void {
    this.add({ family, fidelity: "exact", what, count });
  }

  approximated(family: FieldFamily, what: string, how: string, count = 1): void {
    this.add({ family, fidelity: "approximated", what, how, count });
  }

  dropped(family: FieldFamily, what: string, why: string, count = 1): void {
    this.add({ family, fidelity: "dropped", what, how: why, count });
  }

  private add(item: FidelityItem): void {
    if (item.count <= 0) return;
    const key = JSON.stringify([item.family, item.fidelity, item.what, item.how]);
    const known = this.items.get(key);
    this.items.set(key, known === undefined ? item : { ...known, count: known.count + item.count });
  }

  report(): FidelityReport {
    const rank = (i: FidelityItem) =>
      FIELD_FAMILIES.indexOf(i.family) * 3 + ["exact", "approximated", "dropped"].indexOf(i.fidelity);
    const items = [...this.items.values()].sort((a, b) => rank(a) - rank(b));
    return { file: this.file, items };
  }
}

/** Count of items at one fidelity, over all families or one. */
export function fidelityCount(report: FidelityReport, fidelity: Fidelity, family?: FieldFamily): number {
  return report.items
    .filter((i) => i.fidelity === fidelity && (family === undefined || i.family === family))
    .reduce((sum, i) => sum + i.count, 0);
}

/**
 * The report as a plain-text table: one line per family, fidelity and kind of item.
 *
 * ```text
 * calendars    exact         1  calendars
 *              approximated  3  recurring calendar exceptions: kept as their 14 dates
 * ```
 */
export function formatFidelityReport(report: FidelityReport): string {
  const lines = [`Import of ${report.file}`, ""];
  const width = Math.max(...FIELD_FAMILIES.map((f) => f.length));
  const countWidth = Math.max(1, ...report.items.map((i) => String(i.count).length));
  let family: string | undefined;
  for (const item of report.items) {
    const label = item.family === family ? "" : item.family;
    family = item.family;
    const how = item.how === undefined ? "" : `: ${item.how}`;
    lines.push(
      `${label.padEnd(width)}  ${item.fidelity.padEnd(12)}  ${String(item.count).padStart(countWidth)}  ${item.what}${how}`,
    );
  }
  const total = (f: Fidelity) => fidelityCount(report, f);
  lines.push(
    "",
    `${total("exact")} exact, ${total("approximated")} approximated, ${total("dropped")} dropped`,
  );
  return `${lines.join("\n")}\n`;
}
