import type { Link, LinkType, Task } from "@keel/model";
import type { SourcePosition } from "../source-map.js";
import type { FidelityCollector } from "./report.js";
import { durationFormat, keelLag, type WorkUnits } from "./units.js";
import { children, flag, num, type Positions, text, type XmlElement } from "./xml.js";

/** MSPDI link Type 0–3. */
export const LINK_CODES: readonly LinkType[] = ["FF", "FS", "SF", "SS"];

/**
 * Reads each imported task's `<PredecessorLink>`s. LinkLag counts tenths of a minute (working or,
 * with an elapsed LagFormat, elapsed), or a percentage of the predecessor's duration with LagFormat
 * 19/20; LagFormat only picks the unit the lag is shown in.
 */
export function readLinks(
  tasks: readonly Task[],
  elements: ReadonlyMap<string, XmlElement>,
  units: WorkUnits,
  positions: Positions,
  report: FidelityCollector,
): { links: Link[]; positions: SourcePosition[] } {
  const ids = new Set(tasks.map((t) => t.id));
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const isAncestor = (a: string, b: string) => {
    for (let p = byId.get(b)?.parent ?? null; p !== null; p = byId.get(p)?.parent ?? null)
      if (p === a) return true;
    return false;
  };
  const summaries = new Set(tasks.flatMap((t) => (t.parent === null ? [] : [t.parent])));
  const links: Link[] = [];
  const linkPositions: SourcePosition[] = [];
  for (const task of tasks) {
    for (const l of children(elements.get(task.id), "PredecessorLink")) {
      const from = text(l, "PredecessorUID");
      if (flag(l, "CrossProject")) {
        report.dropped("links", "links to other projects (CrossProject)", "Keel plans are self-contained");
        continue;
      }
      if (from === undefined || !ids.has(from)) {
        report.dropped("links", "links from tasks that were left out or do not exist", "nothing to link to");
        continue;
      }
      if (from === task.id || isAncestor(from, task.id) || isAncestor(task.id, from)) {
        report.dropped(
          "links",
          "links between a summary task and its own subtasks",
          "Keel does not allow them",
        );
        continue;
      }
      const type = LINK_CODES[num(l, "Type") ?? 1];
      if (type === undefined) {
        report.dropped("links", "links of an unknown Type", "no link type to map them to");
        continue;
      }
      if ((type === "FF" || type === "SF") && summaries.has(task.id)) {
        report.dropped(
          "links",
          "FF and SF links into summary tasks",
          "a summary task's finish comes from its subtasks",
        );
        continue;
      }
      const format = durationFormat(num(l, "LagFormat"));
      const lag = keelLag(num(l, "LinkLag") ?? 0, format, units);
      links.push({ from, to: task.id, type, lag });
      linkPositions.push(positions.of(l));
      if ("percent" in lag) report.exact("links", "links with a percentage lag");
      else if (lag.elapsed) report.exact("links", "links with an elapsed lag");
      else report.exact("links", "links");
    }
  }
  return { links, positions: linkPositions };
}
