import type { PlanSchedule, TaskResult } from "@keel/engine";

export interface IcalOptions {
  /** DTSTAMP of every event; the current time when absent. */
  readonly now?: Date;
  /** Domain part of each UID, so events from different plans never collide (default keel.invalid). */
  readonly uidDomain?: string;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function icalText(value: string): string {
  return value
    .replaceAll("\\", "\\\\")
    .replaceAll(";", "\\;")
    .replaceAll(",", "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function basicDate(localDateTime: string): string {
  return localDateTime.slice(0, 10).replaceAll("-", "");
}

function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** UIDs allow any text; keep them to safe characters so every client stores them alike. */
function uidPart(value: string): string {
  return encodeURIComponent(value).replace(/%/g, "=");
}

function allDayEvent(
  uid: string,
  date: string,
  summary: string,
  description: string,
  dtstamp: string,
  categories: string,
): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(date))}`,
    `SUMMARY:${icalText(summary)}`,
    `DESCRIPTION:${icalText(description)}`,
    `CATEGORIES:${icalText(categories)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * An iCalendar (RFC 5545) file with an all-day event on the scheduled date of each milestone and
 * on each task's deadline. UIDs are stable (task id and plan name), so re-importing updates events.
 */
export function toIcal(schedule: PlanSchedule, options: IcalOptions = {}): string {
  const dtstamp = stamp(options.now ?? new Date());
  const domain = options.uidDomain ?? "keel.invalid";
  const project = schedule.project.name;
  const plan = uidPart(project);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Keel//Keel plan export//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icalText(project)}`,
  ];
  const milestones = schedule.tasks.filter((t: TaskResult) => t.kind === "milestone");
  for (const t of milestones) {
    const missed = t.deadlineMissed === true ? " It misses its deadline." : "";
    lines.push(
      ...allDayEvent(
        `milestone-${uidPart(t.id)}.${plan}@${domain}`,
        t.finish,
        t.name,
        `Milestone ${t.id} of ${project}, scheduled for ${t.finish.replace("T", " ")}.${missed}`,
        dtstamp,
        "Milestone",
      ),
    );
  }
  for (const t of schedule.tasks) {
    if (t.deadline === undefined) continue;
    const status = t.deadlineMissed === true ? "missed" : "met";
    lines.push(
      ...allDayEvent(
        `deadline-${uidPart(t.id)}.${plan}@${domain}`,
        t.deadline,
        `Deadline: ${t.name}`,
        `Deadline of ${t.id} in ${project}. Scheduled finish ${t.finish.replace("T", " ")} (${status}).`,
        dtstamp,
        "Deadline",
      ),
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n").concat("\r\n");
}
