import type { Assignment } from "@keel/model";
import type { FidelityCollector } from "./report.js";
import { children, num, text, type XmlElement } from "./xml.js";

/**
 * Reads `<Assignments>`: which resource works on which task at what units (1 = full time).
 * Assignments of left-out tasks or resources, and MS Project's "unassigned" rows, are left out.
 */
export function readAssignments(
  project: XmlElement,
  taskIds: ReadonlySet<string>,
  resourceIds: ReadonlySet<string>,
  report: FidelityCollector,
): Assignment[] {
  const assignments: Assignment[] = [];
  for (const a of children(project, "Assignments", "Assignment")) {
    const task = text(a, "TaskUID");
    const resource = text(a, "ResourceUID");
    if (task === undefined || resource === undefined || !taskIds.has(task) || !resourceIds.has(resource)) {
      report.dropped(
        "assignments",
        "assignments without an imported task or resource",
        "placeholder rows, or rows of left-out tasks",
      );
      continue;
    }
    let units = num(a, "Units") ?? 1;
    if (units <= 0 || units > 1000) {
      report.approximated(
        "assignments",
        "assignments with units outside (0, 1000]",
        "given 1 full-time unit",
      );
      units = 1;
    } else report.exact("assignments", "assignments");
    if (children(a, "TimephasedData").length > 0) {
      report.dropped("assignments", "timephased work of assignments", "Keel spreads work evenly");
    }
    if (children(a, "ExtendedAttribute").length > 0) {
      report.dropped("custom fields", "assignment custom field values", "Keel has no custom fields yet");
    }
    assignments.push({ task, resource, units });
  }
  return assignments;
}
