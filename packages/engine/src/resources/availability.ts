import { type Calendar, type Plan, type Resource, STANDARD_CALENDAR, WEEKDAYS } from "@keel/model";
import { WorkCalendar } from "../calendar/work-calendar.js";
import { parseWall } from "../time.js";

/** Compiled calendars of a plan by id, built once and shared by everything that converts its times. */
export class PlanCalendars {
  readonly #defs = new Map<string, Calendar>();
  readonly #compiled = new Map<string, WorkCalendar>();
  readonly #anchor;
  readonly project: WorkCalendar;

  constructor(readonly plan: Plan) {
    this.#anchor = parseWall(plan.project.start);
    this.#defs.set(STANDARD_CALENDAR.id, STANDARD_CALENDAR);
    for (const c of plan.calendars) this.#defs.set(c.id, c);
    this.project = this.get(plan.project.calendar);
  }

  /** The calendar `id`, or the project calendar when `id` is absent. */
  get(id: string | undefined): WorkCalendar {
    const key = id ?? this.plan.project.calendar;
    let compiled = this.#compiled.get(key);
    if (compiled === undefined) {
      const def = this.#defs.get(key);
      if (def === undefined) throw new Error(`unknown calendar "${key}"`);
      compiled = new WorkCalendar(def, this.#anchor);
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }

  /**
   * Weekdays (Monday 0 … Sunday 6) of a calendar's normal week (the project calendar's when `id`
   * is absent), before holidays and exceptions.
   */
  weeklyWorkdays(id: string | undefined): Set<number> {
    const base = this.#defs.get(id ?? this.plan.project.calendar);
    const days = new Set<number>();
    if (base === undefined) return days;
    for (const day of base.workweek) {
      const hours = base.weekdayHours?.[day] ?? base.hours;
      if (hours.length > 0) days.add(WEEKDAYS.indexOf(day));
    }
    return days;
  }

  /** When a resource works: its calendar (or the project's) without its days off. */
  resource(r: Resource): WorkCalendar {
    const key = `\u0000resource:${r.id}`;
    let compiled = this.#compiled.get(key);
    if (compiled === undefined) {
      const base = this.#defs.get(r.calendar ?? this.plan.project.calendar);
      if (base === undefined) throw new Error(`resource "${r.id}" names unknown calendar "${r.calendar}"`);
      // Days off come last, so they win over any working exception of the base calendar.
      const timeOff = (r.timeOff ?? []).map((t) => ({ ...t, hours: [] }));
      compiled = new WorkCalendar(
        { ...base, id: key, exceptions: [...base.exceptions, ...timeOff] },
        this.#anchor,
      );
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }
}
