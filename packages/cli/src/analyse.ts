import { PlanError, type PlanSchedule, type Problem, schedulePlan } from "@keel/engine";
import { type Diagnostic, FormatError, locateProblems, readPlan } from "@keel/formats";
import type { Plan } from "@keel/model";
import { readPlanFile } from "./read-plan-file.js";

/** A plan that was read and scheduled, with its warnings placed on file lines. */
export interface Scheduled {
  readonly ok: true;
  readonly plan: Plan;
  /** Places the engine's problems on the file's lines. */
  readonly locate: (problems: readonly Problem[]) => Diagnostic[];
  readonly schedule: PlanSchedule;
  /** Working minutes in one `d`, for showing float in days as the engine counts them. */
  readonly minutesPerDay: number;
  readonly warnings: readonly { readonly problem: Problem; readonly diagnostic: Diagnostic }[];
}

/** A plan that could not be read or scheduled, and every reason why. */
export interface Failed {
  readonly ok: false;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads, parses and schedules one plan file. Bad plans come back as diagnostics; only an
 * unreadable file (UsageError) or a bug escapes as an exception.
 */
export async function analyse(file: string): Promise<Scheduled | Failed> {
  const text = await readPlanFile(file);
  let read: ReturnType<typeof readPlan>;
  try {
    read = readPlan(text, file);
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
  const locate = (problems: readonly Problem[]): Diagnostic[] =>
    locateProblems(problems, read.sourceMap, file);
  try {
    const schedule = schedulePlan(read.plan);
    const located = locate(schedule.warnings);
    const warnings = schedule.warnings.flatMap((problem, i) => {
      const diagnostic = located[i];
      return diagnostic === undefined ? [] : [{ problem, diagnostic }];
    });
    return {
      ok: true,
      plan: read.plan,
      locate,
      schedule,
      minutesPerDay: schedule.project.minutesPerDay,
      warnings,
    };
  } catch (error) {
    if (error instanceof PlanError) return { ok: false, diagnostics: locate(error.problems) };
    throw error;
  }
}
