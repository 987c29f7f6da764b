import type { Resource, ResourceType, TimeOff } from "@keel/model";
import type { DaysOffCalendar } from "./calendars.js";
import type { FidelityCollector } from "./report.js";
import { children, flag, num, text, type XmlElement } from "./xml.js";

/** MSPDI resource Type 0–2. */
export const RESOURCE_CODES: readonly ResourceType[] = ["material", "work", "cost"];

/** Keel bounds a resource's capacity to (0, 1000] full-time units. */
const MAX_UNITS = 1000;

export interface ReadResources {
  readonly resources: Resource[];
  /** The calendar each resource works on in MS Project, its days off included: what its tasks follow. */
  readonly workCalendars: Map<string, string>;
  /** Calendars read as a resource's time off: Keel needs them only where a task follows them. */
  readonly timeOffCalendars: Set<string>;
}

/** Calendars that only one resource names, and no task or the project: that resource's own. */
function ownCalendars(project: XmlElement): Set<string> {
  const uses = new Map<string, number>();
  const use = (uid: string | undefined) => {
    if (uid !== undefined) uses.set(uid, (uses.get(uid) ?? 0) + 1);
  };
  for (const r of children(project, "Resources", "Resource")) use(text(r, "CalendarUID"));
  const own = new Set([...uses].flatMap(([uid, n]) => (n === 1 ? [uid] : [])));
  own.delete(text(project, "CalendarUID") ?? "");
  for (const t of children(project, "Tasks", "Task")) own.delete(text(t, "CalendarUID") ?? "");
  return own;
}

/**
 * Reads `<Resources>` (ids = MSPDI UIDs). MaxUnits 1 is one full-time unit; StandardRate is per
 * working hour; Group is the resource's group. A resource's own calendar that only adds days off to
 * a base calendar (how MS Project keeps vacations) becomes that base calendar plus the resource's
 * time off. MS Project's nameless placeholder resource (usually UID 0) is left out.
 */
export function readResources(
  project: XmlElement,
  calendarIds: ReadonlySet<string>,
  daysOff: ReadonlyMap<string, DaysOffCalendar>,
  report: FidelityCollector,
): ReadResources {
  const resources: Resource[] = [];
  const workCalendars = new Map<string, string>();
  const timeOffCalendars = new Set<string>();
  const own = ownCalendars(project);
  const projectCalendar = text(project, "CalendarUID");
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
    let calendar = calendarUid !== undefined && calendarIds.has(calendarUid) ? calendarUid : undefined;
    let timeOff: TimeOff[] = [];
    if (calendar !== undefined) workCalendars.set(id, calendar);
    const ownDaysOff = calendar !== undefined && own.has(calendar) ? daysOff.get(calendar) : undefined;
    if (calendar !== undefined && ownDaysOff !== undefined) {
      timeOffCalendars.add(calendar);
      timeOff = ownDaysOff.daysOff.map((e) => ({
        from: e.from,
        to: e.to,
        ...(e.name === undefined ? {} : { name: e.name }),
      }));
      calendar = ownDaysOff.base === projectCalendar ? undefined : ownDaysOff.base;
      report.exact("resources", "resource calendars that only add days off: read as the resource's time off");
    }
    const group = text(r, "Group");
    if (group !== undefined) report.exact("resources", "resource groups");
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
      ...(group === undefined ? {} : { group }),
      ...(timeOff.length === 0 ? {} : { timeOff }),
    });
  }
  return { resources, workCalendars, timeOffCalendars };
}
