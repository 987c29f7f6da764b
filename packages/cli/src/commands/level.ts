import { levelPlan, PlanError, type PlanLeveling } from "@keel/engine";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { formatDateTime } from "../render/format.js";
import { scheduleFooter } from "../render/schedule-footer.js";
import { scheduleTable } from "../render/schedule-table.js";
import { UsageError } from "../usage-error.js";

export const LEVEL_MODES = ["delay", "optimise"] as const;
export const LEVEL_FORMATS = ["table", "json"] as const;

export interface LevelFlags {
  readonly mode: (typeof LEVEL_MODES)[number];
  readonly format: (typeof LEVEL_FORMATS)[number];
  readonly budgetMs?: string;
  readonly seed?: string;
  readonly maxSchedules?: string;
  readonly withinFloat?: boolean;
}

function wholeNumber(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > max)
    throw new UsageError(`${flag} expects a whole number from 0 to ${max}, got "${value}"`);
  return n;
}

/**
 * `keel level`: resolves over-allocations by delaying tasks (delay mode) or by searching for the
 * shortest finish (optimise mode); prints each move with its reason, then the leveled schedule.
 */
export async function level(file: string, flags: LevelFlags, output: Output): Promise<ExitCode> {
  const budgetMs = wholeNumber("--budget-ms", flags.budgetMs, 3_600_000);
  const seed = wholeNumber("--seed", flags.seed, 4_294_967_295);
  const maxSchedules = wholeNumber("--max-schedules", flags.maxSchedules, 100_000_000);
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  let leveled: PlanLeveling;
  try {
    leveled = levelPlan(result.plan, {
      mode: flags.mode,
      ...(budgetMs === undefined ? {} : { budgetMs, now: () => performance.now() }),
      ...(seed === undefined ? {} : { seed }),
      ...(maxSchedules === undefined ? {} : { maxSchedules }),
      ...(flags.withinFloat ? { withinFloat: true } : {}),
    });
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    for (const d of result.locate(error.problems)) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const { schedule } = leveled;
  if (flags.format === "json") {
    output.out(
      `${JSON.stringify(
        {
          ...schedule,
          moves: leveled.moves,
          constraints: leveled.constraints,
          leveling: {
            mode: leveled.mode,
            finishBefore: leveled.before.finish,
            unresolved: leveled.unresolved,
            ...leveled.search,
          },
        },
        null,
        2,
      )}\n`,
    );
    return ExitCode.ok;
  }
  output.out(
    leveled.moves.length === 0
      ? "Nothing to level: no task moved.\n"
      : `Moved ${leveled.moves.length} task${leveled.moves.length === 1 ? "" : "s"}:\n${leveled.moves
          .map((m) => `  ${m.reason}  (${formatDateTime(m.from)} → ${formatDateTime(m.to)})\n`)
          .join("")}`,
  );
  if (leveled.unresolved.length > 0) {
    output.out(`Still over-allocated (no room within float): ${leveled.unresolved.join(", ")}\n`);
  }
  output.out(`\n${scheduleTable(schedule, result.minutesPerDay)}`);
  output.out(`\n${scheduleFooter(schedule.project, result.locate(schedule.warnings))}`);
  output.out(
    `Before    ${formatDateTime(leveled.before.finish)} (unleveled finish); ${leveled.mode} mode, ${leveled.search.schedules} schedule${leveled.search.schedules === 1 ? "" : "s"}${leveled.search.provedOptimal ? ", shortest possible" : ""}\n`,
  );
  return ExitCode.ok;
}
