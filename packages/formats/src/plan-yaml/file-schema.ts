import {
  type CalendarException,
  CONSTRAINT_TYPES,
  type Constraint,
  type ConstraintType,
  DURATION_HINT,
  type Duration,
  dayHoursSchema,
  formatDuration,
  isLocalDate,
  isLocalDateTime,
  isThreePoint,
  LINK_TYPES,
  type LocalDate,
  localDateOrTimeSchema,
  localDateSchema,
  parseDuration,
  parseEstimate,
  parseLag,
  RESOURCE_TYPES,
  type ThreePointEstimate,
  type TimeOff,
  WEEKDAYS,
} from "@keel/model";
import { z } from "zod";
import { closestMatch, didYouMean } from "../suggest.js";

/**
 * The plan file as written (nested tasks, shorthands), before it is normalized into the domain
 * `Plan`. Value syntax (durations, dates, lags, constraints) is checked and parsed here; rules
 * across the file (ids, links, calendars) are checked in check-references.ts.
 */

/** Titles and descriptions for the JSON Schema; kept out of zod's global registry. */
export const schemaDocs = z.registry<{ id?: string; title?: string; description: string }>();

/** Describes a copy of `schema`, so shared schemas (dates, hours) can carry different descriptions. */
function doc<T extends z.ZodType>(schema: T, description: string, named?: { id?: string; title: string }): T {
  const copy = schema.clone() as T;
  schemaDocs.add(copy as z.ZodType, { ...named, description });
  return copy;
}

const id = (description: string) => doc(z.string().min(1, { error: "expected a non-empty id" }), description);

/** Working-unit durations are comparable only when no calendar setting is needed to convert them. */
function minutesIfComparable(d: Duration, other: Duration): number | undefined {
  if (d.elapsed !== other.elapsed) return undefined;
  const fixed = { min: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 };
  if (d.elapsed || d.unit === other.unit) return d.value * fixed[d.unit];
  const clock = (u: Duration["unit"]) => u === "min" || u === "h";
  return clock(d.unit) && clock(other.unit) ? d.value * fixed[d.unit] : undefined;
}

function estimateOrderError(e: ThreePointEstimate): string | undefined {
  const pairs = [
    [e.optimistic, e.mostLikely, "optimistic", "most likely"],
    [e.mostLikely, e.pessimistic, "most likely", "pessimistic"],
  ] as const;
  for (const [low, high, lowName, highName] of pairs) {
    const a = minutesIfComparable(low, high);
    const b = minutesIfComparable(high, low);
    if (a !== undefined && b !== undefined && a > b) {
      return `${lowName} ${formatDuration(low)} is more than ${highName} ${formatDuration(high)}; write optimistic/most likely/pessimistic, such as 3d/5d/9d`;
    }
  }
  return undefined;
}

// YAML reads `0` and `5` as numbers; accept them here so the duration parser can say what is wrong.
const durationText = z.union([z.string(), z.number()], {
  error: `expected ${DURATION_HINT}, or a three-point estimate such as 3d/5d/9d`,
});

const estimateSchema = doc(
  durationText.transform((value, ctx): Duration | ThreePointEstimate => {
    const parsed = parseEstimate(String(value));
    const problem =
      typeof parsed === "string" ? parsed : isThreePoint(parsed) ? estimateOrderError(parsed) : undefined;
    if (problem !== undefined) {
      ctx.issues.push({ code: "custom", message: problem, input: value });
      return z.NEVER;
    }
    return parsed as Duration | ThreePointEstimate;
  }),
  "Working time such as 30min, 4h, 5d, 2w; elapsed (calendar) time with e: 3ed; or a three-point estimate optimistic/most likely/pessimistic such as 3d/5d/9d (the most likely is scheduled).",
);

const lagSchema = doc(
  z
    .union([z.string(), z.number()], { error: "expected a lag such as 2d, a lead -1d, elapsed 3ed, or 50%" })
    .transform((value, ctx) => {
      const parsed = parseLag(String(value));
      if (typeof parsed === "string") {
        ctx.issues.push({ code: "custom", message: parsed, input: value });
        return z.NEVER;
      }
      return parsed;
    }),
  "Delay after the predecessor allows: 2d; negative for a lead: -1d; elapsed time: 3ed; or a percentage of the predecessor's duration: 50%. Default 0.",
);

const DATED_CONSTRAINTS = CONSTRAINT_TYPES.filter((t) => t !== "ASAP" && t !== "ALAP");

/** Builds a constraint, or says what is wrong with the type/date combination. */
function makeConstraint(type: string, date: string | undefined): Constraint | string {
  if (type === "ASAP" || type === "ALAP") {
    return date === undefined ? { type } : `${type} takes no date; write just ${type}`;
  }
  if (!(CONSTRAINT_TYPES as readonly string[]).includes(type)) {
    return `unknown constraint type "${type}"; expected one of ${CONSTRAINT_TYPES.join(", ")}${didYouMean(type, CONSTRAINT_TYPES)}`;
  }
  if (date === undefined) return `${type} needs a date, such as "${type} 2027-02-01"`;
  if (!isLocalDate(date) && !isLocalDateTime(date)) {
    return `${type} needs a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM between 1900 and 2200, got "${date}"`;
  }
  return { type: type as Exclude<ConstraintType, "ASAP" | "ALAP">, date };
}

function constraintOrIssue(
  result: Constraint | string,
  value: unknown,
  ctx: { issues: z.core.$ZodRawIssue[] },
): Constraint {
  if (typeof result === "string") {
    ctx.issues.push({ code: "custom", message: result, input: value });
    return z.NEVER;
  }
  return result;
}

const constraintSchema = doc(
  z.union(
    [
      z.string().transform((text, ctx) => {
        const [type = "", ...rest] = text.trim().split(/\s+/);
        return constraintOrIssue(
          makeConstraint(type, rest.length > 0 ? rest.join(" ") : undefined),
          text,
          ctx,
        );
      }),
      z
        .strictObject({
          type: doc(z.enum(CONSTRAINT_TYPES), "ASAP and ALAP take no date; the others need one."),
          date: doc(
            localDateOrTimeSchema,
            "YYYY-MM-DD or YYYY-MM-DDTHH:MM in the project's time zone.",
          ).optional(),
        })
        .transform((c, ctx) => constraintOrIssue(makeConstraint(c.type, c.date), c, ctx)),
    ],
    { error: 'expected a constraint such as "SNET 2027-02-01", "ALAP", or { type: SNET, date: 2027-02-01 }' },
  ),
  `When the task may start or finish: ASAP (default), ALAP, or ${DATED_CONSTRAINTS.join(", ")} with a date, as "SNET 2027-02-01" or { type: SNET, date: 2027-02-01 }.`,
);

const linkSchema = z.union(
  [
    id("Id of the predecessor; the link is finish-to-start with no lag."),
    z.strictObject({
      task: id("Id of the predecessor."),
      type: doc(
        z.enum(LINK_TYPES),
        "FS finish-to-start (default), SS start-to-start, FF finish-to-finish, SF start-to-finish.",
      ).optional(),
      lag: lagSchema.optional(),
    }),
  ],
  { error: "expected a task id or { task, type, lag }" },
);

/** `date`, or `from` and `to`, with the range the right way round. */
function dayRange(
  v: { date?: LocalDate | undefined; from?: LocalDate | undefined; to?: LocalDate | undefined },
  what: string,
): { from: LocalDate; to: LocalDate } | string {
  if (v.date !== undefined) {
    return v.from === undefined && v.to === undefined
      ? { from: v.date, to: v.date }
      : `${what} has \`date\` and \`from\`/\`to\`; give one day with \`date\` or a range with \`from\` and \`to\``;
  }
  if (v.from === undefined || v.to === undefined) {
    return `${what} needs \`date\`, or both \`from\` and \`to\``;
  }
  return v.from <= v.to ? { from: v.from, to: v.to } : `${what} ends (${v.to}) before it starts (${v.from})`;
}

const rangeFields = {
  date: doc(localDateSchema, "A single day, YYYY-MM-DD.").optional(),
  from: doc(localDateSchema, "First day of a range, YYYY-MM-DD.").optional(),
  to: doc(localDateSchema, "Last day of a range (inclusive), YYYY-MM-DD.").optional(),
  name: z.string().optional(),
};

const holidaySchema = doc(
  z.union(
    [
      localDateSchema,
      z.strictObject(rangeFields).transform((v, ctx): CalendarException | LocalDate => {
        const range = dayRange(v, "a holiday");
        if (typeof range === "string") {
          ctx.issues.push({ code: "custom", message: range, input: v });
          return z.NEVER;
        }
        return { ...range, ...(v.name === undefined ? {} : { name: v.name }), hours: [] };
      }),
    ],
    { error: "expected a date YYYY-MM-DD, { date, name } or { from, to, name }" },
  ),
  "A non-working day: 2027-01-18, { date: 2027-01-18, name: MLK Day }, or a range { from, to, name }.",
);

const exceptionSchema = doc(
  z
    .strictObject({
      ...rangeFields,
      hours: doc(
        dayHoursSchema,
        "Working intervals on these days; leave out for non-working days.",
      ).optional(),
    })
    .transform((v, ctx): CalendarException => {
      const range = dayRange(v, "an exception");
      if (typeof range === "string") {
        ctx.issues.push({ code: "custom", message: range, input: v });
        return z.NEVER;
      }
      return { ...range, ...(v.name === undefined ? {} : { name: v.name }), hours: v.hours ?? [] };
    }),
  "Days that differ from the normal week: { date } or { from, to } with no hours is non-working; with hours (such as a working Saturday) it works those hours. Exceptions win over holidays; a later one wins over an earlier one.",
);

const hoursSchema = (description: string) => doc(dayHoursSchema, description);

const calendarFields = {
  name: z.string().optional(),
  workweek: doc(z.array(z.enum(WEEKDAYS)), "Working weekdays, such as [mon, tue, wed, thu, fri].").optional(),
  hours: hoursSchema(
    'Working intervals of a normal day, in order, such as ["09:00-12:00", "13:00-17:00"].',
  ).optional(),
  weekdayHours: doc(
    z.strictObject({
      mon: dayHoursSchema.optional(),
      tue: dayHoursSchema.optional(),
      wed: dayHoursSchema.optional(),
      thu: dayHoursSchema.optional(),
      fri: dayHoursSchema.optional(),
      sat: dayHoursSchema.optional(),
      sun: dayHoursSchema.optional(),
    }),
    'Hours for particular weekdays instead of `hours`, such as { fri: ["09:00-13:00"] }.',
  ).optional(),
  holidays: doc(z.array(holidaySchema), "Non-working days.").optional(),
  exceptions: doc(z.array(exceptionSchema), "Days with other hours, or none.").optional(),
};

const mainCalendarSchema = doc(
  z.strictObject({ id: id('Calendar id, "standard" unless given.').optional(), ...calendarFields }),
  "The project's working time. Leave out keys to get Monday to Friday, 09:00-12:00 and 13:00-17:00.",
  { id: "calendar", title: "Calendar" },
);

const namedCalendarSchema = doc(
  z.strictObject({
    id: id("Calendar id, for `calendar:` on tasks and `project.calendar`."),
    base: id("Id of a calendar whose settings this one inherits for every key it leaves out.").optional(),
    ...calendarFields,
  }),
  "Another calendar that tasks can work on.",
  { id: "namedCalendar", title: "Named calendar" },
);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const timeZoneSchema = z.string().check((ctx) => {
  if (isTimeZone(ctx.value)) return;
  const suggestion = closestMatch(ctx.value, Intl.supportedValuesOf("timeZone"));
  ctx.issues.push({
    code: "custom",
    input: ctx.value,
    message: `unknown time zone "${ctx.value}"; expected an IANA name such as Europe/Berlin or America/New_York${suggestion === undefined ? "" : `; did you mean \`${suggestion}\`?`}`,
  });
});

const projectSchema = doc(
  z.strictObject({
    name: doc(z.string().min(1, { error: "expected a non-empty name" }), "Project name."),
    start: doc(
      localDateOrTimeSchema,
      "First possible working day (YYYY-MM-DD) or moment (YYYY-MM-DDTHH:MM).",
    ),
    timeZone: doc(
      timeZoneSchema,
      'IANA time zone the plan\'s dates are read in, such as Europe/Berlin. Default "UTC".',
    ).optional(),
    calendar: id("Id of the project calendar; default: the `calendar:` block.").optional(),
    hoursPerDay: doc(
      z
        .number()
        .positive({ error: "expected hours greater than 0" })
        .max(24, { error: "expected at most 24 hours" }),
      "Hours in one `d` of duration; default: the project calendar's normal working day.",
    ).optional(),
    hoursPerWeek: doc(
      z
        .number()
        .positive({ error: "expected hours greater than 0" })
        .max(168, { error: "expected at most 168 hours" }),
      "Hours in one `w` of duration; default: 5 × hoursPerDay.",
    ).optional(),
    statusDate: doc(localDateOrTimeSchema, "The date progress was last reported (YYYY-MM-DD).").optional(),
  }),
  "The project: its name, start and defaults.",
  { id: "project", title: "Project" },
);

const workSchema = doc(
  durationText.transform((value, ctx): Duration => {
    const parsed = parseDuration(String(value));
    if (typeof parsed === "string" || parsed.elapsed || parsed.value <= 0) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message:
          typeof parsed === "string"
            ? parsed
            : "expected effort in working time greater than 0, such as 20d or 160h",
      });
      return z.NEVER;
    }
    return parsed;
  }),
  "Effort, such as 20d or 160h: the task is effort-driven, its duration is the work divided by the units assigned (two people at 100 % halve it). Instead of `duration`.",
);

const unitsSchema = doc(
  z
    .union([z.number(), z.string()], { error: "expected units such as 1, 0.5 or 50%" })
    .transform((value, ctx) => {
      const text = String(value).trim();
      const units = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (!Number.isFinite(units) || units <= 0 || units > 1000 || text === "" || text === "%") {
        ctx.issues.push({
          code: "custom",
          input: value,
          message: `expected units greater than 0 such as 1, 0.5 or 50%, got "${text}"`,
        });
        return z.NEVER;
      }
      return units;
    }),
  "Share of full time: 1 or 100% is full time, 0.5 or 50% half time, 3 a team of three.",
);

const assignSchema = z.union(
  [
    id("Id of a resource working on the task full time."),
    z.strictObject({
      resource: id("Id of the resource."),
      units: unitsSchema.optional(),
    }),
  ],
  { error: "expected a resource id or { resource, units }" },
);

const timeOffSchema = doc(
  z.union(
    [
      localDateSchema,
      z.strictObject(rangeFields).transform((v, ctx): TimeOff | LocalDate => {
        const range = dayRange(v, "time off");
        if (typeof range === "string") {
          ctx.issues.push({ code: "custom", message: range, input: v });
          return z.NEVER;
        }
        return { ...range, ...(v.name === undefined ? {} : { name: v.name }) };
      }),
    ],
    { error: "expected a date YYYY-MM-DD, { date, name } or { from, to, name }" },
  ),
  "Days off: 2027-02-12, { date, name }, or { from: 2027-03-01, to: 2027-03-05, name: Vacation }.",
);

const resourceSchema = doc(
  z.strictObject({
    id: id("Unique id that `assign:` refers to."),
    name: doc(z.string(), "Display name; default: the id.").optional(),
    type: doc(
      z.enum(RESOURCE_TYPES),
      "work (default: people and equipment with working time), material or cost.",
    ).optional(),
    maxUnits: doc(
      unitsSchema,
      "Capacity: 100% (default) full time, 50% half time, 3 for a team of three.",
    ).optional(),
    calendar: id("Id of the calendar the resource works on; default: the project calendar.").optional(),
    costPerHour: doc(
      z.number().nonnegative({ error: "expected a rate of 0 or more" }),
      "Standard rate per working hour.",
    ).optional(),
    group: doc(z.string().min(1), "Role or team, such as Backend or QA.").optional(),
    timeOff: doc(z.array(timeOffSchema), "PTO, training, local public holidays.").optional(),
  }),
  "A person, team or piece of equipment that tasks are assigned to.",
  { id: "resource", title: "Resource" },
);

const probabilitySchema = doc(
  z
    .union([z.number(), z.string()], { error: "expected a probability such as 0.3 or 30%" })
    .transform((value, ctx) => {
      const text = String(value).trim();
      const p = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (text === "" || text === "%" || !Number.isFinite(p) || p < 0 || p > 1) {
        ctx.issues.push({
          code: "custom",
          input: value,
          message: `expected a probability from 0 to 1 (or 0% to 100%), got "${text}"`,
        });
        return z.NEVER;
      }
      return p;
    }),
  "Chance the risk happens: 0.3 or 30%.",
);

const impactSchema = doc(
  durationText.transform((value, ctx): Duration => {
    const parsed = parseDuration(String(value));
    if (typeof parsed === "string" || parsed.value < 0) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: typeof parsed === "string" ? parsed : "expected an impact of 0 or more, such as 5d",
      });
      return z.NEVER;
    }
    return parsed;
  }),
  "Time the risk adds to each of its tasks when it happens: 5d, 16h, or elapsed 1ew.",
);

const riskSchema = doc(
  z.strictObject({
    id: id("Unique id of the risk."),
    name: doc(z.string(), "What could happen; default: the id.").optional(),
    probability: probabilitySchema,
    impact: impactSchema,
    tasks: doc(z.array(id("Id of a task the risk would delay.")), "The tasks it would delay."),
  }),
  "A risk event: with its probability it adds its impact to its tasks in a forecast (keel forecast).",
  { id: "risk", title: "Risk" },
);

const taskSchema = doc(
  z.strictObject({
    id: id("Unique, case-sensitive id that links and calendars refer to."),
    name: doc(z.string(), "Display name; default: the id.").optional(),
    duration: estimateSchema.optional(),
    work: workSchema.optional(),
    assign: doc(
      z.array(assignSchema),
      "Who works on the task: resource ids (full time) or { resource, units }, such as [alice, { resource: bob, units: 50% }].",
    ).optional(),
    milestone: doc(z.boolean(), "true for a milestone: no duration unless one is given.").optional(),
    after: doc(
      z.array(linkSchema),
      "Predecessors: task ids (finish-to-start, no lag) or { task, type, lag }, such as [design, { task: build, type: SS, lag: 2d }].",
    ).optional(),
    constraint: constraintSchema.optional(),
    priority: doc(
      z
        .number({ error: "expected a whole number from 0 to 1000" })
        .int({ error: "expected a whole number from 0 to 1000" })
        .min(0, { error: "expected a whole number from 0 to 1000" })
        .max(1000, { error: "expected a whole number from 0 to 1000" }),
      "Leveling priority from 0 to 1000 (default 500): leveling delays lower priorities first; 1000 never moves.",
    ).optional(),
    deadline: doc(
      localDateSchema,
      "Date the task should finish by; missing it is reported, not enforced.",
    ).optional(),
    calendar: id("Id of the calendar this task works on; default: the project calendar.").optional(),
    notes: doc(z.string(), "Free text.").optional(),
    get tasks(): z.ZodOptional<z.ZodArray<typeof taskSchema>> {
      return doc(
        z.array(taskSchema),
        "Subtasks: a task with subtasks is a summary task and has no duration.",
      ).optional();
    },
  }),
  "A task; with `tasks` inside, a summary task.",
  { id: "task", title: "Task" },
);

export const planFileSchema = doc(
  z.strictObject({
    project: projectSchema,
    calendar: mainCalendarSchema.optional(),
    calendars: doc(
      z.array(namedCalendarSchema),
      "More calendars, for tasks that work other hours.",
    ).optional(),
    resources: doc(
      z.array(resourceSchema),
      "People, teams and equipment that tasks are assigned to.",
    ).optional(),
    tasks: doc(z.array(taskSchema), "The work, in outline order."),
    risks: doc(z.array(riskSchema), "Risk events that schedule forecasts draw.").optional(),
  }),
  "A Keel plan: project, calendars, resources and tasks. See docs/plan-format.md.",
  { title: "Keel plan" },
);

export type PlanFile = z.output<typeof planFileSchema>;
export type TaskFile = z.output<typeof taskSchema>;
export type ResourceFile = z.output<typeof resourceSchema>;
export type RiskFile = z.output<typeof riskSchema>;
export type CalendarFile = z.output<typeof mainCalendarSchema> | z.output<typeof namedCalendarSchema>;

/** Known keys of each kind of mapping, for "did you mean" hints on unknown keys. */
export const KNOWN_KEYS = {
  top: Object.keys(planFileSchema.shape),
  project: Object.keys(projectSchema.shape),
  calendar: Object.keys(mainCalendarSchema.shape),
  namedCalendar: Object.keys(namedCalendarSchema.shape),
  task: Object.keys(taskSchema.shape),
  after: ["task", "type", "lag"],
  assign: ["resource", "units"],
  resource: Object.keys(resourceSchema.shape),
  timeOff: Object.keys(rangeFields),
  risk: Object.keys(riskSchema.shape),
  constraint: ["type", "date"],
  holidays: Object.keys(rangeFields),
  exceptions: [...Object.keys(rangeFields), "hours"],
  weekdayHours: [...WEEKDAYS],
} as const;
