import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { schedulePlan } from "@keel/engine";
import type { Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { parsePlanYaml } from "../plan-yaml/parse.js";
import { parseMspdi } from "./read-mspdi.js";
import { toMspdi } from "./write-mspdi.js";

// The reference data sits beside the repository (../shared/data), never inside it.
const data = fileURLToPath(new URL("../../../../../shared/data/mspdi/", import.meta.url));
const haveData = existsSync(data);
if (!haveData) console.warn(`MSPDI round-trip tests skipped: reference data not found at ${data}`);

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return xmlFiles(path);
      return name.endsWith(".xml") ? [path] : [];
    });
}

const model = (i: ReturnType<typeof parseMspdi>) => ({
  plan: i.plan,
  resources: i.resources,
  assignments: i.assignments,
  baselines: i.baselines,
});

describe.skipIf(!haveData)("MSPDI import → export → import", () => {
  for (const path of haveData ? xmlFiles(data) : []) {
    const name = path.slice(data.length);
    it(`gives the same Keel model for ${name}`, () => {
      const first = parseMspdi(readFileSync(path, "utf8"), name);
      const again = parseMspdi(toMspdi(first.plan, first), `${name} (exported)`);
      expect(model(again)).toEqual(model(first));
    });
  }
});

describe("toMspdi", () => {
  const yaml = `project: { name: "R&D <launch>", start: 2027-01-04 }
calendar:
  holidays: [2027-01-18]
  weekdayHours: { fri: ["09:00-13:00"] }
tasks:
  - id: eng
    tasks:
      - { id: design, duration: 5d, deadline: 2027-01-15 }
      - { id: build, duration: 1.5w, after: [{ task: design, type: SS, lag: 2d }] }
  - { id: ga, milestone: true, after: [build, { task: design, lag: 50% }], constraint: FNLT 2027-03-01 }
`;
  const { plan } = parsePlanYaml(yaml, "launch.yaml");

  it("numbers non-numeric ids and keeps names, outline, links, calendars and constraints", () => {
    const back = parseMspdi(toMspdi(plan), "launch.xml").plan;
    expect(back.project.name).toBe("R&D <launch>");
    expect(back.tasks.map((t) => [t.id, t.name, t.parent, t.duration, t.milestone])).toEqual([
      ["1", "eng", null, { value: 0, unit: "d", elapsed: false }, false],
      ["2", "design", "1", { value: 5, unit: "d", elapsed: false }, false],
      ["3", "build", "1", { value: 1.5, unit: "w", elapsed: false }, false],
      ["4", "ga", null, { value: 0, unit: "d", elapsed: false }, true],
    ]);
    expect(back.tasks[1]?.deadline).toBe("2027-01-15");
    expect(back.tasks[3]?.constraint).toEqual({ type: "FNLT", date: "2027-03-01T17:00" });
    expect(back.links).toEqual([
      { from: "2", to: "3", type: "SS", lag: { value: 2, unit: "d", elapsed: false } },
      { from: "3", to: "4", type: "FS", lag: { value: 0, unit: "d", elapsed: false } },
      { from: "2", to: "4", type: "FS", lag: { percent: 50 } },
    ]);
    const calendar = back.calendars[0];
    expect(calendar?.weekdayHours).toEqual({ fri: ["09:00-13:00"] });
    expect(calendar?.exceptions).toEqual([{ from: "2027-01-18", to: "2027-01-18", hours: [] }]);
  });

  it("schedules the same after the trip, and writes Keel's dates when given a schedule", () => {
    const renumbered = (p: Plan) =>
      schedulePlan(p).tasks.map((t) => [t.start, t.finish, t.totalFloatMinutes]);
    const xml = toMspdi(plan, { schedule: schedulePlan(plan) });
    expect(renumbered(parseMspdi(xml, "launch.xml").plan)).toEqual(renumbered(plan));
    expect(xml).toContain("<Start>2027-01-04T09:00:00</Start>");
    expect(xml).toMatch(/<TotalSlack>0<\/TotalSlack>/);
  });

  it("carries the plan's resources, assignments and leveling priorities", () => {
    const team = parsePlanYaml(
      `project: { name: Team, start: 2027-01-04 }
resources:
  - { id: alice, name: Alice Chen, costPerHour: 90 }
  - { id: bob, maxUnits: 50% }
tasks:
  - { id: build, duration: 5d, assign: [alice, { resource: bob, units: 50% }], priority: 900 }
`,
      "team.yaml",
    ).plan;
    const back = parseMspdi(toMspdi(team), "team.xml");
    expect(back.plan.resources?.map((r) => [r.name, r.maxUnits, r.costPerHour])).toEqual([
      ["Alice Chen", 1, 90],
      ["bob", 0.5, undefined],
    ]);
    expect(back.plan.assignments?.map((a) => a.units)).toEqual([1, 0.5]);
    expect(back.plan.tasks[0]?.priority).toBe(900);
  });

  it("carries resources' groups and time off, on the calendar each works on", () => {
    const team = parsePlanYaml(
      `project: { name: Team, start: 2027-01-04 }
calendars:
  - { id: late, workweek: [mon, tue, wed, thu, fri], hours: ["12:00-20:00"] }
resources:
  - id: alice
    name: Alice Chen
    group: Backend
    timeOff: [{ from: 2027-01-11, to: 2027-01-12, name: Ski }, { from: 2027-02-01, to: 2027-02-01 }]
  - { id: bob, group: QA, calendar: late, timeOff: [{ from: 2027-01-05, to: 2027-01-05 }] }
  - { id: carol, calendar: late }
tasks:
  - { id: build, duration: 5d }
`,
      "team.yaml",
    ).plan;
    const xml = toMspdi(team);
    // MS Project keeps time off in the resource's own calendar, derived from the one it works on.
    expect(xml).toMatch(/<Name>bob<\/Name>\s*<IsBaseCalendar>0<\/IsBaseCalendar>\s*<BaseCalendarUID>2</);
    expect(xml).toContain("<Group>QA</Group>");
    const back = parseMspdi(xml, "team.xml").plan;
    const late = back.calendars.find((c) => c.name === undefined && c.hours[0] === "12:00-20:00")?.id;
    expect(back.resources?.map((r) => [r.name, r.group, r.calendar, r.timeOff])).toEqual([
      [
        "Alice Chen",
        "Backend",
        undefined,
        [
          { from: "2027-01-11", to: "2027-01-12", name: "Ski" },
          { from: "2027-02-01", to: "2027-02-01" },
        ],
      ],
      ["bob", "QA", late, [{ from: "2027-01-05", to: "2027-01-05" }]],
      ["carol", undefined, late, undefined],
    ]);
    expect(late).toBeDefined();
    // Only the plan's calendars come back: the resources' own ones are their time off.
    expect(back.calendars).toHaveLength(team.calendars.length);
  });
});
