import {
  type CalendarException,
  dayHoursSchema,
  LINK_TYPES,
  type LocalDate,
  localDateOrTimeSchema,
  localDateSchema,
  RESOURCE_TYPES,
  type TimeOff,
  WEEKDAYS,
} from "@keel/model";
import { z } from "zod";
import { closestMatch } from "../suggest.js";
import { CHANGE_KEYS, changeSchema } from "./change-schema.js";
import {
  assumptionSchema,
  dependencySchema,
  issueSchema,
  RAID_KEYS,
  riskScalesSchema,
  riskSchema,
} from "./raid-schema.js";
import { doc, id } from "./schema-docs.js";
import {
  constraintSchema,
  estimateSchema,
  lagSchema,
  percentCompleteSchema,
  remainingSchema,
  unitsSchema,
  workSchema,
} from "./value-schemas.js";

/**
 * The plan file as written (nested tasks, shorthands), before it is normalized into the domain
 * `Plan`. Value syntax (durations, dates, lags, constraints) is checked and parsed here; rules
 * across the file (ids, links, calendars) are checked in check-references.ts.
 */

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
    statusDate: doc(
      localDateOrTimeSchema,
      "The moment progress is reported as of (YYYY-MM-DD: the end of that day); actual dates may not be later.",
    ).optional(),
    moveIncompleteWork: doc(
      z.boolean(),
      "Schedule work not done by the status date after it (default true); false keeps it where the plan had it.",
    ).optional(),
    riskScales: riskScalesSchema.optional(),
  }),
  "The project: its name, start and defaults.",
  { id: "project", title: "Project" },
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
    percentComplete: percentCompleteSchema.optional(),
    actualStart: doc(
      localDateOrTimeSchema,
      "When work really started: YYYY-MM-DD or a date-time.",
    ).optional(),
    actualFinish: doc(
      localDateOrTimeSchema,
      "When work really finished: YYYY-MM-DD or a date-time.",
    ).optional(),
    actualCost: doc(
      z.number().nonnegative({ error: "expected a cost of 0 or more" }),
      "What the work has cost so far (AC); default: the assigned resources' rates × the work done.",
    ).optional(),
    remainingDuration: remainingSchema.optional(),
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
    risks: doc(
      z.array(riskSchema),
      "The risk register: threats and opportunities, scored on the project's risk scales.",
    ).optional(),
    assumptions: doc(z.array(assumptionSchema), "What the plan takes as true until checked.").optional(),
    issues: doc(z.array(issueSchema), "What has gone wrong and needs resolving.").optional(),
    dependencies: doc(
      z.array(dependencySchema),
      "What other teams or vendors must deliver; their tasks wait for it.",
    ).optional(),
    changes: doc(z.array(changeSchema), "Change requests and their decisions.").optional(),
  }),
  "A Keel plan: project, calendars, resources, tasks, its RAID log and change requests. See docs/plan-format.md.",
  { title: "Keel plan" },
);

export type PlanFile = z.output<typeof planFileSchema>;
export type TaskFile = z.output<typeof taskSchema>;
export type ResourceFile = z.output<typeof resourceSchema>;
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
  ...RAID_KEYS,
  ...CHANGE_KEYS,
  constraint: ["type", "date"],
  holidays: Object.keys(rangeFields),
  exceptions: [...Object.keys(rangeFields), "hours"],
  weekdayHours: [...WEEKDAYS],
} as const;
