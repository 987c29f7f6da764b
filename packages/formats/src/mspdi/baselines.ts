import type { Baseline, BaselineTask } from "@keel/model";
import type { FidelityCollector } from "./report.js";
import { localDateTime, parseIsoMinutes } from "./units.js";
import { children, num, text, type XmlElement } from "./xml.js";

/** `Baseline` for number 0, `Baseline N` for 1–10, as MS Project names them. */
export const baselineName = (n: number) => (n === 0 ? "Baseline" : `Baseline ${n}`);

/** A baseline's number from its name (`Baseline` → 0, `Baseline 3` → 3); undefined for other names. */
export function baselineNumber(name: string): number | undefined {
  if (name === "Baseline") return 0;
  const m = /^Baseline (\d+)$/.exec(name);
  return m === null ? undefined : Number(m[1]);
}

/**
 * Reads each task's `<Baseline>` entries into Keel baselines, one per baseline number. MSPDI keeps
 * no time a baseline was saved, so `savedAt` is the file's LastSaved (or CreationDate), read as UTC.
 */
export function readBaselines(
  project: XmlElement,
  taskElements: ReadonlyMap<string, XmlElement>,
  report: FidelityCollector,
): Baseline[] {
  const byNumber = new Map<number, BaselineTask[]>();
  for (const [id, t] of taskElements) {
    for (const b of children(t, "Baseline")) {
      const n = num(b, "Number") ?? 0;
      const start = localDateTime(text(b, "Start"));
      const finish = localDateTime(text(b, "Finish"));
      const duration = parseIsoMinutes(text(b, "Duration") ?? "PT0H0M0S");
      if (start === undefined || finish === undefined || duration === undefined || duration < 0) {
        report.dropped(
          "baselines",
          "baseline entries without start, finish and duration (cost or work only)",
          "a Keel baseline task needs dates",
        );
        continue;
      }
      const list = byNumber.get(n) ?? [];
      list.push({ id, start, finish, durationMinutes: Math.round(duration) });
      byNumber.set(n, list);
      report.exact("baselines", "baselined tasks");
      if (text(b, "Cost") !== undefined || text(b, "Work") !== undefined) {
        report.dropped(
          "costs and work",
          "baseline cost and work values",
          "Keel baselines keep dates and durations",
        );
      }
    }
  }
  for (const r of children(project, "Resources", "Resource")) {
    const n = children(r, "Baseline").length;
    report.dropped("baselines", "resource baseline values", "Keel baselines are per task", n);
  }
  if (byNumber.size === 0) return [];
  const saved = localDateTime(text(project, "LastSaved")) ?? localDateTime(text(project, "CreationDate"));
  const savedAt = `${saved ?? "1984-01-01T00:00"}:00Z`;
  report.approximated(
    "baselines",
    "baselines",
    "MSPDI stores no save time: savedAt is the file's LastSaved, read as UTC",
    byNumber.size,
  );
  return [...byNumber.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([n, tasks]) => ({ name: baselineName(n), savedAt, tasks }));
}
