import { type Calendar, type Duration, type Plan, type Project, parseDuration } from "@keel/model";
import { type TestTask, testPlan } from "../test-plan.js";

/** Progress for a test task; `remaining` like "2d". */
export interface TestProgress {
  pc?: number;
  start?: string;
  finish?: string;
  cost?: number;
  remaining?: string;
}

/** A test plan (see testPlan) with progress on some tasks and project settings such as the status date. */
export function progressPlan(
  tasks: TestTask[],
  progress: Record<string, TestProgress>,
  project: Partial<Project> = {},
  options: { calendars?: Calendar[] } = {},
): Plan {
  const base = testPlan(tasks, options);
  return {
    ...base,
    project: { ...base.project, ...project },
    tasks: base.tasks.map((t) => {
      const p = progress[t.id];
      if (p === undefined) return t;
      return {
        ...t,
        ...(p.pc === undefined ? {} : { percentComplete: p.pc }),
        ...(p.start === undefined ? {} : { actualStart: p.start }),
        ...(p.finish === undefined ? {} : { actualFinish: p.finish }),
        ...(p.cost === undefined ? {} : { actualCost: p.cost }),
        ...(p.remaining === undefined ? {} : { remainingDuration: parseDuration(p.remaining) as Duration }),
      };
    }),
  };
}
