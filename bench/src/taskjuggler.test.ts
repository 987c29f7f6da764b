import type { Calendar, LocalDate, Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { generatePlan } from "./generate.js";
import { compareWithTj3 } from "./side-by-side.js";
import { smallPlan } from "./small-plan.js";
import { tj3Version } from "./tj3.js";
import { tj3Subset } from "./tj3-subset.js";

const version = tj3Version();
if (version === undefined) {
  console.warn("tj3 is not installed: skipping the TaskJuggler side-by-side tests (apt-get install tj3).");
}

/** One tj3 run schedules a whole batch, and tj3 has one working time: the batch takes its first plan's calendar. */
function batch(
  seeds: readonly number[],
  options: { summaries: boolean; tasks: (seed: number) => number },
): Plan[] {
  const plans = seeds.map((seed) =>
    tj3Subset(
      generatePlan({
        tasks: options.tasks(seed),
        seed,
        linkTypes: ["FS", "SS"],
        leads: false,
        summaries: options.summaries,
      }),
    ),
  );
  const calendars = plans[0]?.calendars ?? [];
  return plans.map((p) => ({ ...p, calendars }));
}

const taskCount = (plans: readonly Plan[]) => plans.reduce((n, p) => n + p.tasks.length, 0);
const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

describe.skipIf(version === undefined)(`Keel and TaskJuggler ${version ?? ""} side by side`, () => {
  it("agree on every date of random plans with FS/SS links, working and elapsed lags, holidays", () => {
    const plans = batch(range(1, 14), { summaries: false, tasks: (s) => 5 + (s % 4) * 3 });
    const c = compareWithTj3(plans);
    expect(c.messages).toBe("");
    expect(c.disagreements).toEqual([]);
    expect(c.tasks).toBe(taskCount(plans));
  });

  it("agree on every date of random plans with summary phases and links into and out of them", () => {
    const plans = batch(range(101, 6), { summaries: true, tasks: (s) => 14 + (s % 3) * 4 });
    const c = compareWithTj3(plans);
    expect(c.messages).toBe("");
    expect(c.disagreements).toEqual([]);
    expect(c.tasks).toBe(taskCount(plans));
  });

  it("agree on a shift calendar: short Friday, Saturday morning, a late shift ending at midnight", () => {
    // Ten-hour days keep 25% lags on tj3's 5-minute grid.
    const shifts: Calendar = {
      id: "standard",
      workweek: ["mon", "tue", "wed", "thu", "fri", "sat"],
      hours: ["06:00-10:00", "10:30-14:30", "22:00-24:00"],
      weekdayHours: { fri: ["06:00-12:00"], sat: ["08:00-10:00"] },
      holidays: ["2026-12-25", "2027-01-01", "2027-04-02"] as LocalDate[],
      exceptions: [],
    };
    const plans = batch(range(201, 6), { summaries: true, tasks: (s) => 12 + (s % 3) * 3 }).map((p) => ({
      ...p,
      calendars: [shifts],
    }));
    const c = compareWithTj3(plans);
    expect(c.messages).toBe("");
    expect(c.disagreements).toEqual([]);
    expect(c.tasks).toBe(taskCount(plans));
  });

  it("agree on the cases docs/taskjuggler.md walks through, and differ only where it says", () => {
    const agree = smallPlan([
      { id: "a", dur: "4d" },
      // A milestone sits at its predecessor's 17:00 finish in both.
      { id: "m", milestone: true, after: ["a"] },
      // A working lag ending at noon ends the morning; the next task starts after lunch.
      { id: "noon", dur: "2h", after: [["a", "FS", "3h"]] },
      // An elapsed lag ending on the weekend; the holiday on Monday the 18th.
      { id: "weekend", dur: "5d", after: [["a", "FS", "2ed"]] },
      // SS with a working lag from a task whose links let it start at 17:00 and that starts at 09:00.
      { id: "b", dur: "1d", after: ["a"] },
      { id: "ss", dur: "2h", after: [["b", "SS", "3h"]] },
      { id: "pct", dur: "1d", after: [["b", "FS", "50%"]] },
      { id: "e", dur: "3ed", after: ["a"] },
    ]);
    const c = compareWithTj3([agree, ...DIFFERENCES.map((d) => d.plan)]);
    const found = c.disagreements.map((d) => `${d.plan}/${d.task} ${d.field}: Keel ${d.keel}, tj3 ${d.tj3}`);
    expect(found).toEqual(DIFFERENCES.flatMap((d, k) => d.expected.map((line) => `${k + 1}/${line}`)));
  });
});

/** The differences docs/taskjuggler.md explains, each as a minimal plan and the dates that differ. */
const DIFFERENCES = [
  {
    // SS + elapsed lag: b is allowed to start Mon 17:00 and starts Tue 09:00; 12 elapsed hours later is Tue 21:00 for Keel.
    plan: smallPlan([
      { id: "a", dur: "1d" },
      { id: "b", dur: "1d", after: ["a"] },
      { id: "c", dur: "1d", after: [["b", "SS", "12eh"]] },
    ]),
    expected: [
      "c start: Keel 2027-01-06T09:00, tj3 2027-01-05T09:00",
      "c finish: Keel 2027-01-06T17:00, tj3 2027-01-05T17:00",
    ],
  },
  {
    // A milestone whose date falls at night moves to the next working moment in Keel.
    plan: smallPlan([
      { id: "a", dur: "1d" },
      { id: "m", milestone: true, after: [["a", "FS", "12eh"]] },
    ]),
    expected: [
      "m start: Keel 2027-01-05T09:00, tj3 2027-01-05T05:00",
      "m finish: Keel 2027-01-05T09:00, tj3 2027-01-05T05:00",
    ],
  },
];
