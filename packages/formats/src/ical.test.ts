import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schedulePlan } from "@keel/engine";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldLine, icalText, toIcal } from "./ical.js";
import { readPlan } from "./read-plan.js";

const example = fileURLToPath(new URL("../../../examples/product-launch.yaml", import.meta.url));
const schedule = schedulePlan(readPlan(readFileSync(example, "utf8"), "product-launch.yaml").plan);
const NOW = new Date("2027-01-01T12:00:00Z");

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate, description: e.description };
  });
}

describe("toIcal", () => {
  it("has an all-day event per milestone and deadline, readable by ical.js", () => {
    const text = toIcal(schedule, { now: NOW });
    const all = events(text);
    const milestones = schedule.tasks.filter((t) => t.kind === "milestone");
    expect(all).toHaveLength(milestones.length + 1);
    const ga = all.find((e) => e.uid === "milestone-ga.Relay=20beta=20to=20GA=20launch@keel.invalid");
    const gaTask = schedule.tasks.find((t) => t.id === "ga");
    expect(ga?.summary).toBe("General availability");
    expect(ga?.start.isDate).toBe(true);
    expect(ga?.start.toString()).toBe(gaTask?.finish.slice(0, 10));
    expect(ga?.end.toString()).not.toBe(ga?.start.toString());
    const deadline = all.find((e) => e.summary === "Deadline: General availability");
    expect(deadline?.start.toString()).toBe("2027-03-31");
    expect(deadline?.end.toString()).toBe("2027-04-01");
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    expect(text).toContain("DTSTAMP:20270101T120000Z\r\n");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    // Every physical line fits in 75 octets.
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("escapes text and folds long lines so a parser gets the original back", () => {
    const name = "Go/no-go; décision, finale \\ très longue ".repeat(4).trim();
    const tasks = schedule.tasks.map((t) => (t.id === "go-no-go" ? { ...t, name } : t));
    const text = toIcal({ ...schedule, tasks }, { now: NOW });
    expect(events(text).find((e) => e.uid.startsWith("milestone-go-no-go."))?.summary).toBe(name);
    expect(icalText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${"é".repeat(60)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
