import type { AgileSettings, Plan, Sprint, SprintMember } from "@keel/model";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import { PlanCalendars } from "../resources/availability.js";
import { parseWall } from "../time.js";
import { dateOfDay, dayNumber } from "./days.js";
import type { MemberCapacity, SprintCapacity } from "./types.js";
import { workingDayTest } from "./working-day.js";

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Focused hours a sprint's team has, from the first to the last day of the sprint. The team is the
 * sprint's members, or every work resource of the plan. A member's hours are the working hours of
 * their calendar (the project's when they have none), less their time off, times their share of
 * time on the team (allocation), their max units and the focus factor: someone with max units 0.5
 * works half time and brings half the hours, a "team of three" resource (max units 3) three times.
 * Members the plan no longer has as work resources (someone removed since) are left out and listed
 * as missing, so that the velocity of old sprints still computes.
 */
export function sprintCapacity(plan: Plan, sprint: Sprint, settings: AgileSettings): SprintCapacity {
  const calendars = new PlanCalendars(plan);
  const from = parseWall(sprint.start);
  const to = parseWall(sprint.finish, true);
  const hoursOn = (calendar: WorkCalendar) => (calendar.toWork(to) - calendar.toWork(from)) / 60;
  const focusFactor = sprint.focusFactor ?? settings.focusFactor;
  const resources = new Map((plan.resources ?? []).map((r) => [r.id, r]));
  const team: readonly SprintMember[] =
    sprint.members ??
    (plan.resources ?? []).filter((r) => r.type === "work").map((r) => ({ resource: r.id }));

  const members: MemberCapacity[] = [];
  const missing: string[] = [];
  for (const member of team) {
    const resource = resources.get(member.resource);
    if (resource === undefined || resource.type !== "work") {
      missing.push(member.resource);
      continue;
    }
    const workingHours = hoursOn(calendars.get(resource.calendar));
    // The resource's calendar less its days off; the difference is what the time off costs,
    // without counting twice a day off that falls on a holiday.
    const timeOffHours = workingHours - hoursOn(calendars.resource(resource));
    const allocation = member.allocation ?? 1;
    members.push({
      resource: resource.id,
      name: resource.name,
      workingHours: round(workingHours),
      timeOffHours: round(timeOffHours),
      allocation,
      maxUnits: resource.maxUnits,
      hours: round((workingHours - timeOffHours) * allocation * resource.maxUnits * focusFactor),
    });
  }

  const works = workingDayTest(calendars.project);
  let workingDays = 0;
  for (let day = dayNumber(sprint.start); day <= dayNumber(sprint.finish); day++) {
    if (works(dateOfDay(day))) workingDays++;
  }
  return {
    members,
    focusFactor,
    workingDays,
    hours: round(members.reduce((sum, m) => sum + m.hours, 0)),
    ...(missing.length === 0 ? {} : { missing }),
  };
}
