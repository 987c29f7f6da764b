import {
  type Assignment,
  type Calendar,
  CONSTRAINT_TYPES,
  type Constraint,
  type Duration,
  formatDuration,
  formatLag,
  isLocalDate,
  isLocalDateTime,
  isThreePoint,
  type Lag,
  LINK_TYPES,
  type Link,
  type LinkType,
  type LocalDate,
  type Plan,
  type Project,
  parseDuration,
  parseEstimate,
  parseLag,
  planSchema,
  type Resource,
  type Risk,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import { type Diagnostic, FormatError } from "../diagnostic.js";
import { RecordedSourceMap, type SourceMap, type SourcePosition } from "../source-map.js";
import { parseCsv, writeCsv } from "./rfc4180.js";

/** The CSV columns, in order; the header row must name them (in any order, case-insensitive). */
export const CSV_COLUMNS = [
  "id",
  "name",
  "parent",
  "milestone",
  "duration",
  "estimate",
  "work",
  "constraint",
  "constraint date",
  "deadline",
  "calendar",
  "predecessors",
  "resources",
  "priority",
  "notes",
  "percent complete",
  "actual start",
  "actual finish",
  "actual cost",
  "remaining",
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The id of the optional row that carries the project: name, start (constraint date), calendar. */
export const PROJECT_ROW_ID = "#project";

function isZeroLag(lag: Lag): boolean {
  return "value" in lag && lag.value === 0;
}

/** `a`, `b SS`, `c FF+2d`, `d FS-1d`, `e FS+50%`: a predecessor in the predecessors column. */
export function formatPredecessor(link: Link): string {
  if (isZeroLag(link.lag) && "unit" in link.lag && link.lag.unit === "d" && !link.lag.elapsed) {
    return link.type === "FS" ? link.from : `${link.from} ${link.type}`;
  }
  const lag = formatLag(link.lag);
  return `${link.from} ${link.type}${lag.startsWith("-") ? lag : `+${lag}`}`;
}

/** `alice`, `bob 50%`: an assignment in the resources column. */
function formatAssignment(a: Assignment): string {
  return a.units === 1 ? a.resource : `${a.resource} ${Math.round(a.units * 10000) / 100}%`;
}

function constraintDate(c: Constraint): string {
  return "date" in c ? c.date : "";
}

/**
 * Writes a plan's tasks as RFC 4180 CSV: a header row, a `#project` row (name, start, calendar),
 * then one row per task in outline order. Calendars are not part of the CSV.
 */
export function toCsv(plan: Plan): string {
  const byTarget = new Map<string, Link[]>();
  for (const link of plan.links) byTarget.set(link.to, [...(byTarget.get(link.to) ?? []), link]);
  const byTask = new Map<string, Assignment[]>();
  for (const a of plan.assignments ?? []) byTask.set(a.task, [...(byTask.get(a.task) ?? []), a]);
  const p = plan.project;
  const row = (values: Partial<Record<Column, string>>) => CSV_COLUMNS.map((c) => values[c] ?? "");
  const rows = [
    [...CSV_COLUMNS],
    row({ id: PROJECT_ROW_ID, name: p.name, "constraint date": p.start, calendar: p.calendar }),
    ...plan.tasks.map((t) =>
      row({
        id: t.id,
        name: t.name,
        parent: t.parent ?? "",
        milestone: t.milestone ? "yes" : "",
        duration: formatDuration(t.duration),
        estimate:
          t.estimate === undefined
            ? ""
            : [t.estimate.optimistic, t.estimate.mostLikely, t.estimate.pessimistic]
                .map(formatDuration)
                .join("/"),
        work: t.work === undefined ? "" : formatDuration(t.work),
        constraint: t.constraint.type === "ASAP" ? "" : t.constraint.type,
        "constraint date": constraintDate(t.constraint),
        deadline: t.deadline ?? "",
        calendar: t.calendar ?? "",
        predecessors: (byTarget.get(t.id) ?? []).map(formatPredecessor).join("; "),
        resources: (byTask.get(t.id) ?? []).map(formatAssignment).join("; "),
        priority: t.priority === undefined ? "" : String(t.priority),
        notes: t.notes ?? "",
        "percent complete": t.percentComplete === undefined ? "" : String(t.percentComplete),
        "actual start": t.actualStart ?? "",
        "actual finish": t.actualFinish ?? "",
        "actual cost": t.actualCost === undefined ? "" : String(t.actualCost),
        remaining: t.remainingDuration === undefined ? "" : formatDuration(t.remainingDuration),
      }),
    ),
  ];
  return writeCsv(rows);
}

export interface CsvReadOptions {
  /** Project settings the CSV does not carry (time zone, hours); its `#project` row wins for the rest. */
  readonly project?: Project;
  /** Calendars to schedule with; the standard calendar when absent. */
  readonly calendars?: readonly Calendar[];
  /** Resources the resources column names; one the file names that is not here is full time on the project calendar. */
  readonly resources?: readonly Resource[];
  /** Risks to keep with the plan (the CSV has no place for them). */
  readonly risks?: readonly Risk[];
}

const ASSIGNMENT = /^(\S+)(?:\s+(\d+(?:\.\d+)?)\s*%)?$/;

const PREDECESSOR = /^(\S+)(?:\s+(FS|SS|FF|SF)?\s*([+-]\s*\S+)?)?$/i;
const YES = new Set(["yes", "y", "true", "1", "x"]);
const NO = new Set(["", "no", "n", "false", "0"]);

/**
 * Reads a task CSV written by toCsv or by hand (see docs/formats.md). Every problem found is
 * reported with its line and column, in one FormatError.
 */
export function parseCsvPlan(text: string, file: string, options: CsvReadOptions = {}): Plan {
  return readCsvPlan(text, file, options).plan;
}

/** parseCsvPlan, plus where each task and link sits in the file, for placing schedule warnings. */
export function readCsvPlan(
  text: string,
  file: string,
  options: CsvReadOptions = {},
): { plan: Plan; sourceMap: SourceMap } {
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number, column: number, message: string) =>
    diagnostics.push({ file, line, column, severity: "error", message });
  const parsed = parseCsv(text);
  if ("error" in parsed)
    throw new FormatError([{ file, line: parsed.line, column: 1, severity: "error", message: parsed.error }]);
  const [header, ...records] = parsed.records;
  if (header === undefined)
    throw new FormatError([
      { file, line: 1, column: 1, severity: "error", message: "the CSV is empty; expected a header row" },
    ]);
  const index = new Map<string, number>();
  header.fields.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if ((CSV_COLUMNS as readonly string[]).includes(key)) index.set(key, i);
    else fail(header.line, i + 1, `unknown column "${name}"; expected ${CSV_COLUMNS.join(", ")}`);
  });
  for (const required of ["id", "name"] as const) {
    if (!index.has(required)) fail(header.line, 1, `the header row has no "${required}" column`);
  }
  if (diagnostics.length > 0) throw new FormatError(diagnostics);

  let project: Project = options.project ?? {
    name:
      file
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.csv$/i, "") || "CSV plan",
    start: "",
    timeZone: "UTC",
    calendar: (options.calendars?.[0] ?? STANDARD_CALENDAR).id,
  };
  const tasks: Task[] = [];
  const links: Link[] = [];
  const assignments: Assignment[] = [];
  const seen = new Map<string, number>();
  const linkPositions: SourcePosition[] = [];
  const pending: { task: string; text: string; line: number; column: number }[] = [];
  for (const record of records) {
    const get = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? "" : (record.fields[i] ?? "").trim();
    };
    const col = (c: Column) => (index.get(c) ?? 0) + 1;
    const id = get("id");
    if (id === PROJECT_ROW_ID) {
      const start = get("constraint date");
      project = {
        ...project,
        ...(get("name") === "" ? {} : { name: get("name") }),
        ...(start === "" ? {} : { start }),
        ...(get("calendar") === "" ? {} : { calendar: get("calendar") }),
      };
      continue;
    }
    if (id === "") {
      fail(record.line, col("id"), "a task row needs an id");
      continue;
    }
    if (seen.has(id))
      fail(record.line, col("id"), `task id "${id}" is used twice (first on line ${seen.get(id)})`);
    seen.set(id, record.line);
    const milestoneText = get("milestone").toLowerCase();
    if (!YES.has(milestoneText) && !NO.has(milestoneText)) {
      fail(record.line, col("milestone"), `milestone is "${get("milestone")}"; expected yes or empty`);
    }
    const milestone = YES.has(milestoneText);
    let duration = parseDuration(get("duration") === "" ? "0" : get("duration"));
    if (typeof duration === "string") {
      fail(record.line, col("duration"), duration);
      duration = { value: 0, unit: "d", elapsed: false };
    }
    let estimate: Task["estimate"];
    if (get("estimate") !== "") {
      const e = parseEstimate(get("estimate"));
      if (typeof e === "string") fail(record.line, col("estimate"), e);
      else if (!isThreePoint(e))
        fail(
          record.line,
          col("estimate"),
          `estimate "${get("estimate")}" needs three values: optimistic/most likely/pessimistic`,
        );
      else {
        estimate = e;
        if (get("duration") === "") duration = e.mostLikely;
      }
    }
    const type = get("constraint").toUpperCase() || "ASAP";
    const date = get("constraint date");
    let constraint: Constraint = { type: "ASAP" };
    if (!(CONSTRAINT_TYPES as readonly string[]).includes(type)) {
      fail(
        record.line,
        col("constraint"),
        `unknown constraint "${get("constraint")}"; expected ${CONSTRAINT_TYPES.join(", ")}`,
      );
    } else if (type === "ASAP" || type === "ALAP") {
      if (date !== "") fail(record.line, col("constraint date"), `${type} takes no date`);
      constraint = { type: type as "ASAP" | "ALAP" };
    } else if (date === "") {
      fail(record.line, col("constraint date"), `constraint ${type} needs a date`);
    } else {
      constraint = { type: type as Exclude<Constraint["type"], "ASAP" | "ALAP">, date };
    }
    let work: Task["work"];
    if (get("work") !== "") {
      const w = parseDuration(get("work"));
      if (typeof w === "string") fail(record.line, col("work"), w);
      else if (w.elapsed || w.value <= 0)
        fail(
          record.line,
          col("work"),
          `work "${get("work")}" must be working time greater than 0, such as 20d`,
        );
      else work = w;
    }
    const priorityText = get("priority");
    const priority = priorityText === "" ? undefined : Number(priorityText);
    if (priority !== undefined && !(Number.isInteger(priority) && priority >= 0 && priority <= 1000))
      fail(record.line, col("priority"), `priority "${priorityText}" is not a whole number from 0 to 1000`);
    for (const item of get("resources").split(";")) {
      const text = item.trim();
      if (text === "") continue;
      const m = ASSIGNMENT.exec(text);
      if (m === null) {
        fail(record.line, col("resources"), `resource "${text}" is not like "alice" or "bob 50%"`);
        continue;
      }
      const units = m[2] === undefined ? 1 : Number(m[2]) / 100;
      if (!(units > 0)) fail(record.line, col("resources"), `resource "${text}" needs units above 0%`);
      assignments.push({ task: id, resource: m[1] as string, units });
    }
    const deadline = get("deadline");
    if (deadline !== "" && !isLocalDate(deadline))
      fail(record.line, col("deadline"), `deadline "${deadline}" is not a date YYYY-MM-DD`);
    const progress = readProgress(get, (column, message) => fail(record.line, col(column), message));
    const parent = get("parent");
    tasks.push({
      id,
      name: get("name") === "" ? id : get("name"),
      parent: parent === "" ? null : parent,
      milestone,
      duration,
      ...(estimate === undefined ? {} : { estimate }),
      ...(work === undefined ? {} : { work }),
      constraint,
      ...(priority === undefined || !Number.isInteger(priority) ? {} : { priority }),
      ...(deadline === "" ? {} : { deadline: deadline as LocalDate }),
      ...(get("calendar") === "" ? {} : { calendar: get("calendar") }),
      ...(get("notes") === "" ? {} : { notes: (record.fields[index.get("notes") ?? 0] ?? "").trim() }),
      ...progress,
    });
    for (const item of get("predecessors").split(";")) {
      if (item.trim() !== "")
        pending.push({ task: id, text: item.trim(), line: record.line, column: col("predecessors") });
    }
  }
  for (const t of tasks) {
    if (t.parent !== null && !seen.has(t.parent))
      fail(
        seen.get(t.id) ?? 1,
        (index.get("parent") ?? 0) + 1,
        `task "${t.id}": parent "${t.parent}" is not a task in this file`,
      );
  }
  for (const p of pending) {
    const m = PREDECESSOR.exec(p.text);
    if (m === null) {
      fail(p.line, p.column, `predecessor "${p.text}" is not like "design", "design SS" or "design FS+2d"`);
      continue;
    }
    const from = m[1] as string;
    if (!seen.has(from)) {
      fail(p.line, p.column, `task "${p.task}": predecessor "${from}" is not a task in this file`);
      continue;
    }
    const type = (m[2]?.toUpperCase() ?? "FS") as LinkType;
    let lag: Lag = { value: 0, unit: "d", elapsed: false };
    if (m[3] !== undefined) {
      const parsedLag = parseLag(m[3].replace(/^\+\s*/, "").replace(/^-\s*/, "-"));
      if (typeof parsedLag === "string") {
        fail(p.line, p.column, `predecessor "${p.text}": ${parsedLag}`);
        continue;
      }
      lag = parsedLag;
    }
    if (!LINK_TYPES.includes(type)) continue;
    links.push({ from, to: p.task, type, lag });
    linkPositions.push({ line: p.line, column: p.column });
  }
  if (project.start === "") {
    fail(
      1,
      1,
      `no project start: add a row with id ${PROJECT_ROW_ID} and the start date in "constraint date"`,
    );
  }
  if (diagnostics.length > 0) throw new FormatError(diagnostics);
  // Resources the file names without a definition: one full-time person each.
  const resources: Resource[] = [...(options.resources ?? [])];
  const known = new Set(resources.map((r) => r.id));
  for (const a of assignments) {
    if (known.has(a.resource)) continue;
    known.add(a.resource);
    resources.push({ id: a.resource, name: a.resource, type: "work", maxUnits: 1 });
  }
  // An effort-driven task's duration follows from its work and its work resources' units.
  const workUnits = new Map<string, number>();
  const type = new Map(resources.map((r) => [r.id, r.type]));
  for (const a of assignments) {
    if (type.get(a.resource) === "work") workUnits.set(a.task, (workUnits.get(a.task) ?? 0) + a.units);
  }
  const sized = tasks.map((t) =>
    t.work === undefined
      ? t
      : { ...t, duration: { ...t.work, value: t.work.value / (workUnits.get(t.id) || 1) } },
  );
  const plan: Plan = {
    project,
    calendars: [...(options.calendars ?? [STANDARD_CALENDAR])],
    tasks: sized,
    links,
    ...(resources.length === 0 ? {} : { resources }),
    ...(assignments.length === 0 ? {} : { assignments }),
    ...(options.risks === undefined || options.risks.length === 0 ? {} : { risks: options.risks }),
  };
  const checked = planSchema.safeParse(plan);
  if (!checked.success) {
    throw new FormatError(
      checked.error.issues.map((issue) => {
        const [kind, i] = issue.path;
        const line = kind === "tasks" && typeof i === "number" ? (seen.get(tasks[i]?.id ?? "") ?? 1) : 1;
        return {
          file,
          line,
          column: 1,
          severity: "error" as const,
          message: `${issue.path.join(".")}: ${issue.message}`,
        };
      }),
    );
  }
  const taskPositions = new Map([...seen].map(([id, line]) => [id, { line, column: 1 }]));
  return { plan, sourceMap: new RecordedSourceMap(taskPositions, linkPositions, new Map()) };
}

/** The progress columns of one row; a bad cell is reported through `fail` and left out. */
function readProgress(
  get: (column: Column) => string,
  fail: (column: Column, message: string) => void,
): Pick<Task, "percentComplete" | "actualStart" | "actualFinish" | "actualCost" | "remainingDuration"> {
  const out: {
    percentComplete?: number;
    actualStart?: string;
    actualFinish?: string;
    actualCost?: number;
    remainingDuration?: Duration;
  } = {};
  const pcText = get("percent complete").replace(/%$/, "").trim();
  if (pcText !== "") {
    const pc = Number(pcText);
    if (Number.isFinite(pc) && pc >= 0 && pc <= 100) out.percentComplete = pc;
    else
      fail("percent complete", `percent complete "${get("percent complete")}" is not a number from 0 to 100`);
  }
  for (const [column, key] of [
    ["actual start", "actualStart"],
    ["actual finish", "actualFinish"],
  ] as const) {
    const text = get(column);
    if (text === "") continue;
    if (isLocalDate(text) || isLocalDateTime(text)) out[key] = text;
    else fail(column, `${column} "${text}" is not a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM`);
  }
  const costText = get("actual cost");
  if (costText !== "") {
    const cost = Number(costText);
    if (Number.isFinite(cost) && cost >= 0) out.actualCost = cost;
    else fail("actual cost", `actual cost "${costText}" is not an amount of 0 or more`);
  }
  const remainingText = get("remaining");
  if (remainingText !== "") {
    const remaining = parseDuration(remainingText);
    if (typeof remaining === "string") fail("remaining", remaining);
    else if (remaining.value < 0) fail("remaining", `remaining "${remainingText}" is below 0`);
    else out.remainingDuration = remaining;
  }
  return out;
}
