import type { Calendar, Duration, Link, Plan, Task } from "@keel/model";
import { FormatError } from "./diagnostic.js";
import { checkFileSize } from "./size-limit.js";

/** A PSPLIB single-mode RCPSP instance: the network as a Plan, plus what Plan has no place for. */
export interface PsplibInstance {
  plan: Plan;
  /** Critical-path length in periods (working days), as stated by the file. */
  mpmTime: number;
  /** Upper bound on the makespan (the sum of all durations), in periods. */
  horizon: number;
  /** Capacity per period of each resource, `R1`…`R4` for renewable resources. */
  resources: { id: string; capacity: number }[];
  /** Per task id (`j2`), the units of each resource (in `resources` order) the job needs every period. */
  demands: Record<string, number[]>;
}

/** One PSPLIB period is one working day of this calendar. */
const PSPLIB_CALENDAR: Calendar = {
  id: "standard",
  name: "Mon–Fri 09:00–17:00",
  workweek: ["mon", "tue", "wed", "thu", "fri"],
  hours: ["09:00-17:00"],
  holidays: [],
  exceptions: [],
};
const START = "2027-01-04"; // a Monday, so period 1 is a full working day

const days = (value: number): Duration => ({ value, unit: "d", elapsed: false });

/** Reads lines of whitespace-separated integers, failing with the file position of whatever is wrong. */
class Lines {
  private readonly lines: string[];
  private index = 0;

  constructor(
    text: string,
    private readonly file: string,
  ) {
    this.lines = text.split(/\r?\n/);
  }

  fail(message: string, line = this.index, column = 1): FormatError {
    return new FormatError([
      { file: this.file, line: Math.min(line, this.lines.length), column, severity: "error", message },
    ]);
  }

  /** The value after the colon of the first header line matching `label`. */
  header(label: RegExp, what: string): number {
    for (const [i, line] of this.lines.entries()) {
      if (label.test(line)) return this.integers(line, i + 1, 1, 1)[0] ?? 0;
    }
    throw this.fail(`missing \`${what}\` in the header; is this a PSPLIB .sm file?`, 1);
  }

  /** Moves past the line starting with `title`; the following lines are that section. */
  section(title: string): void {
    while (this.index < this.lines.length) {
      if ((this.lines[this.index++] ?? "").trim().startsWith(title)) return;
    }
    throw this.fail(
      `missing section \`${title}\`; the file is truncated or not a PSPLIB .sm file`,
      this.lines.length,
    );
  }

  /** The next line's text and number, failing with `context` at the end of the file. */
  next(context: string): { text: string; line: number } {
    const text = this.lines[this.index];
    if (text === undefined || (text.trim() === "" && this.index === this.lines.length - 1)) {
      throw this.fail(`unexpected end of file: ${context}`, this.lines.length);
    }
    this.index++;
    return { text, line: this.index };
  }

  /** The next line as `count` integers or more (`exact` false); `context` names what is expected. */
  row(context: string, count: number, exact = true): { values: number[]; line: number } {
    const { text, line } = this.next(context);
    const values = this.integers(text, line, count, exact ? count : Number.POSITIVE_INFINITY);
    return { values, line };
  }

  /** Integers after the last colon on a line (or the whole line). */
  private integers(text: string, line: number, min: number, max: number): number[] {
    const colon = text.lastIndexOf(":");
    const values: number[] = [];
    for (const m of text.slice(colon + 1).matchAll(/\S+/g)) {
      if (!/^\d+$/.test(m[0])) {
        throw this.fail(`expected a whole number, got "${m[0]}"`, line, colon + 2 + (m.index ?? 0));
      }
      values.push(Number(m[0]));
    }
    if (values.length < min || values.length > max) {
      const want = min === max ? `${min}` : `at least ${min}`;
      throw this.fail(`expected ${want} numbers on this line, found ${values.length}`, line);
    }
    return values;
  }
}

/**
 * Reads a PSPLIB single-mode (`.sm`) instance. Each period becomes one working day (Mon–Fri,
 * 8 hours) from Monday 2027-01-04; jobs become tasks `j1`…`jN` named "Job N", the dummy source
 * and sink become milestones, and successors become finish-to-start links without lag.
 */
export function parsePsplib(text: string, file: string): PsplibInstance {
  checkFileSize(text, file);
  const lines = new Lines(text, file);
  const jobs = lines.header(/^\s*jobs \(incl\. supersource\/sink\s*\)\s*:/, "jobs (incl. supersource/sink )");
  const horizon = lines.header(/^\s*horizon\s*:/, "horizon");

  lines.section("PROJECT INFORMATION:");
  lines.next("the PROJECT INFORMATION column titles");
  const [, , , , , mpmTime = 0] = lines.row(
    "the project line (pronr. #jobs rel.date duedate tardcost MPM-Time)",
    6,
  ).values;

  lines.section("PRECEDENCE RELATIONS:");
  lines.next("the PRECEDENCE RELATIONS column titles");
  const successors: number[][] = [];
  for (let job = 1; job <= jobs; job++) {
    const { values, line } = lines.row(
      `PRECEDENCE RELATIONS lists ${successors.length} of ${jobs} jobs`,
      3,
      false,
    );
    const [number, modes, count, ...next] = values as [number, number, number, ...number[]];
    if (number !== job) throw lines.fail(`expected job ${job} here, found job ${number}`, line);
    if (modes !== 1)
      throw lines.fail(`job ${job} has ${modes} modes; only single-mode (.sm) instances are supported`, line);
    if (next.length !== count)
      throw lines.fail(`job ${job} says ${count} successors but lists ${next.length}`, line);
    const bad = next.find((s) => s < 1 || s > jobs || s === job);
    if (bad !== undefined)
      throw lines.fail(`job ${job} names successor ${bad}, which is not another job 1…${jobs}`, line);
    successors.push(next);
  }

  lines.section("REQUESTS/DURATIONS:");
  const titles = lines.next("the REQUESTS/DURATIONS column titles");
  const resourceIds = Array.from(titles.text.matchAll(/\b([RND])\s*(\d+)\b/g), (m) => `${m[1]}${m[2]}`);
  lines.next("the line of dashes under the column titles");
  const durations: number[] = [];
  const demands: Record<string, number[]> = {};
  for (let job = 1; job <= jobs; job++) {
    const { values, line } = lines.row(
      `REQUESTS/DURATIONS lists ${durations.length} of ${jobs} jobs`,
      3 + resourceIds.length,
    );
    const [number, , duration, ...units] = values as [number, number, number, ...number[]];
    if (number !== job) throw lines.fail(`expected job ${job} here, found job ${number}`, line);
    durations.push(duration);
    demands[`j${job}`] = units;
  }

  lines.section("RESOURCEAVAILABILITIES:");
  lines.next("the resource names");
  const capacities = lines.row(
    `the capacities of ${resourceIds.length} resources`,
    resourceIds.length,
  ).values;

  const tasks: Task[] = durations.map((duration, i) => ({
    id: `j${i + 1}`,
    name: `Job ${i + 1}`,
    parent: null,
    milestone: duration === 0,
    duration: days(duration),
    constraint: { type: "ASAP" },
  }));
  const links: Link[] = successors.flatMap((next, i) =>
    next.map((s): Link => ({ from: `j${i + 1}`, to: `j${s}`, type: "FS", lag: days(0) })),
  );
  const name =
    file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, "") || "PSPLIB instance";
  return {
    plan: {
      project: { name, start: START, timeZone: "UTC", calendar: PSPLIB_CALENDAR.id, hoursPerDay: 8 },
      calendars: [PSPLIB_CALENDAR],
      tasks,
      links,
      // Renewable resources as work resources whose max units are their capacity per period.
      resources: resourceIds.map((id, i) => ({ id, name: id, type: "work", maxUnits: capacities[i] ?? 0 })),
      assignments: tasks.flatMap((t) =>
        (demands[t.id] ?? []).flatMap((units, i) =>
          units > 0 ? [{ task: t.id, resource: resourceIds[i] ?? `R${i + 1}`, units }] : [],
        ),
      ),
    },
    mpmTime,
    horizon,
    resources: resourceIds.map((id, i) => ({ id, capacity: capacities[i] ?? 0 })),
    demands,
  };
}
