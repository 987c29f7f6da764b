import type { Resource, ResourceType } from "@keel/model";
import type { FidelityCollector } from "./report.js";
import { children, flag, num, text, type XmlElement } from "./xml.js";

/** MSPDI resource Type 0–2. */
export const RESOURCE_CODES: readonly ResourceType[] = ["material", "work", "cost"];

/** Keel bounds a resource's capacity to (0, 1000] full-time units. */
const MAX_UNITS = 1000;

/**
 * Reads `<Resources>` (ids = MSPDI UIDs). MaxUnits 1 is one full-time unit; StandardRate is per
 * working hour. MS Project's nameless placeholder resource (usually UID 0) is left out.
 */
export function readResources(
  project: XmlElement,
  calendarIds: ReadonlySet<string>,
  report: FidelityCollector,
): Resource[] {
  const resources: Resource[] = [];
  const seen = new Set<string>();
  for (const r of children(project, "Resources", "Resource")) {
    const id = text(r, "UID");
    const name = text(r, "Name");
    if (id === undefined || seen.has(id) || flag(r, "IsNull") || name === undefined) {
      report.dropped(
        "resources",
        "blank or nameless resources",
        "MS Project's placeholder rows hold no resource",
      );
      continue;
    }
    seen.add(id);
    const type: ResourceType = flag(r, "IsCostResource")
      ? "cost"
      : (RESOURCE_CODES[num(r, "Type") ?? 1] ?? "work");
    let maxUnits = num(r, "MaxUnits");
    if (maxUnits === undefined || maxUnits <= 0 || maxUnits > MAX_UNITS) {
      if (type === "work") {
        report.approximated(
          "resources",
          "work resources without a usable MaxUnits",
          "given one full-time unit (Keel needs a capacity between 0 and 1000)",
        );
      }
      maxUnits = maxUnits !== undefined && maxUnits > MAX_UNITS ? MAX_UNITS : 1;
    }
    const calendarUid = text(r, "CalendarUID");
    const calendar = calendarUid !== undefined && calendarIds.has(calendarUid) ? calendarUid : undefined;
    const rate = num(r, "StandardRate");
    const costPerHour = type === "work" && rate !== undefined && rate > 0 ? rate : undefined;
    if (type === "material" && rate !== undefined && rate > 0) {
      report.dropped(
        "costs and work",
        "material resources' cost per unit",
        "Keel has a cost per working hour only",
      );
    }
    if (
      (num(r, "OvertimeRate") ?? 0) > 0 ||
      (num(r, "CostPerUse") ?? 0) > 0 ||
      children(r, "Rates", "Rate").length > 1
    ) {
      report.dropped(
        "costs and work",
        "resources with overtime rates, cost per use or cost rate tables",
        "Keel keeps the standard rate only",
      );
    }
    if (children(r, "AvailabilityPeriods", "AvailabilityPeriod").length > 0) {
      report.dropped("resources", "resource availability periods", "Keel has one capacity per resource");
    }
    report.exact("resources", "resources");
    resources.push({
      id,
      name,
      type,
      maxUnits,
      ...(calendar === undefined ? {} : { calendar }),
      ...(costPerHour === undefined ? {} : { costPerHour }),
    });
  }
  return resources;
}
