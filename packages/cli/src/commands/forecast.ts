import { type ForecastResult, PlanError, type Problem } from "@keel/engine";
import { FormatError, locateProblems, readPlan } from "@keel/formats";
import { forecastInWorkers } from "@keel/server";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { textTable } from "../render/text-table.js";

export const FORECAST_FORMATS = ["table", "json"] as const;
export type ForecastFormat = (typeof FORECAST_FORMATS)[number];
export const FORECAST_DISTRIBUTIONS = ["triangular", "pert"] as const;

export interface ForecastFlags {
  readonly iterations?: string | undefined;
  readonly seed?: string | undefined;
  readonly format: ForecastFormat;
  readonly distribution?: (typeof FORECAST_DISTRIBUTIONS)[number] | undefined;
  /** Percent spread for tasks without a three-point estimate, e.g. "20" for ±20 %. */
  readonly uncertainty?: string | undefined;
  /** Threads to spread the iterations over, forced; by default as many as the plan's size is worth. */
  readonly threads?: string | undefined;
}

/** Tasks listed in the table's top-tasks section. */
const TOP = 10;

function wholeNumber(text: string | undefined, name: string, min: number, max: number): number | string {
  if (text === undefined) return Number.NaN;
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= min && n <= max
    ? n
    : `--${name} expects a whole number from ${min} to ${max}, not "${text}"`;
}

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");
const percent = (p: number) => `${(p * 100).toFixed(p > 0 && p < 0.001 ? 2 : 1)} %`;

/** The JSON the command prints: the engine's result with the fields the docs promise first. */
function forecastJson(r: ForecastResult): string {
  const { iterations, finish, deadlines, tasks, ...rest } = r;
  return `${JSON.stringify({ iterations, finish, deadlines, tasks, ...rest }, null, 2)}\n`;
}

export function forecastTable(r: ForecastResult): string {
  const parts: string[] = [];
  parts.push(
    `Forecast: ${r.iterations.toLocaleString("en-US")} iterations, seed ${r.seed}, ${r.distribution}` +
      `${r.uncertainty > 0 ? `, ±${Math.round(r.uncertainty * 100)} % on tasks without an estimate` : ""}\n`,
  );
  parts.push(
    `Planned finish ${when(r.plannedFinish)}: met in ${percent(r.plannedFinishProbability)} of iterations\n\n`,
  );
  parts.push("Project finish\n");
  parts.push(
    textTable(
      [{ header: "" }, { header: "date" }, { header: "working days", align: "right" }],
      Object.entries(r.finish).map(([k, v]) => [
        k.toUpperCase(),
        when(v),
        r.finishWorkingDays[k as keyof typeof r.finishWorkingDays].toFixed(1),
      ]),
    ),
  );
  if (r.milestones.length > 0) {
    parts.push("\nMilestones\n");
    parts.push(
      textTable(
        [{ header: "id" }, { header: "planned" }, { header: "P50" }, { header: "P80" }, { header: "P95" }],
        r.milestones.map((m) => [
          m.id,
          when(m.planned),
          when(m.finish.p50),
          when(m.finish.p80),
          when(m.finish.p95),
        ]),
      ),
    );
  }
  if (r.deadlines.length > 0) {
    parts.push("\nDeadlines\n");
    parts.push(
      textTable(
        [{ header: "id" }, { header: "deadline" }, { header: "probability met", align: "right" }],
        r.deadlines.map((d) => [d.id, d.deadline, percent(d.probability)]),
      ),
    );
  }
  const top = [...r.tasks]
    .filter((t) => t.criticality > 0 || t.sensitivity !== 0)
    .sort((a, b) => b.criticality - a.criticality || Math.abs(b.sensitivity) - Math.abs(a.sensitivity))
    .slice(0, TOP);
  parts.push(`\nTop tasks by criticality\n`);
  parts.push(
    top.length === 0
      ? "(none)\n"
      : textTable(
          [
            { header: "id" },
            { header: "name" },
            { header: "criticality", align: "right" },
            { header: "sensitivity", align: "right" },
          ],
          top.map((t) => [t.id, t.name, percent(t.criticality), t.sensitivity.toFixed(2)]),
        ),
  );
  const tornado = r.tasks
    .filter((t) => t.uncertain)
    .sort((a, b) => Math.abs(b.sensitivity) - Math.abs(a.sensitivity))
    .slice(0, TOP);
  if (tornado.length > 0) {
    parts.push("\nTop tasks by sensitivity (tornado)\n");
    const widest = Math.max(...tornado.map((t) => Math.abs(t.sensitivity)), 1e-9);
    parts.push(
      textTable(
        [{ header: "id" }, { header: "sensitivity", align: "right" }, { header: "" }],
        tornado.map((t) => [
          t.id,
          t.sensitivity.toFixed(2),
          "#".repeat(Math.round((Math.abs(t.sensitivity) / widest) * 30)),
        ]),
      ),
    );
  }
  if (r.risks.length > 0) {
    parts.push("\nRisks\n");
    parts.push(
      textTable(
        [
          { header: "id" },
          { header: "probability", align: "right" },
          { header: "occurred", align: "right" },
          { header: "sensitivity", align: "right" },
        ],
        r.risks.map((k) => [k.id, percent(k.probability), percent(k.occurred), k.sensitivity.toFixed(2)]),
      ),
    );
  }
  return parts.join("");
}

/**
 * `keel forecast`: schedule Monte Carlo over the plan's three-point estimates. Same seed, same
 * output. Errors (and bad flags) go to stderr; stdout carries only the table or JSON.
 */
export async function forecast(file: string, flags: ForecastFlags, output: Output): Promise<ExitCode> {
  const iterations =
    flags.iterations === undefined ? 10_000 : wholeNumber(flags.iterations, "iterations", 1, 10_000_000);
  const seed = flags.seed === undefined ? 1 : wholeNumber(flags.seed, "seed", 0, 0xffff_ffff);
  const uncertainty =
    flags.uncertainty === undefined ? 0 : wholeNumber(flags.uncertainty, "uncertainty", 0, 99);
  const threads = flags.threads === undefined ? undefined : wholeNumber(flags.threads, "threads", 1, 256);
  for (const v of [iterations, seed, uncertainty, threads]) {
    if (typeof v === "string") {
      output.err(`keel forecast: ${v}\n`);
      return ExitCode.usage;
    }
  }
  const text = await readPlanFile(file);
  let read: ReturnType<typeof readPlan>;
  try {
    read = readPlan(text, file);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    for (const d of error.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  let result: ForecastResult;
  try {
    result = await forecastInWorkers(
      read.plan,
      {
        iterations: iterations as number,
        seed: seed as number,
        distribution: flags.distribution ?? "triangular",
        uncertainty: (uncertainty as number) / 100,
      },
      threads === undefined ? {} : { threads: threads as number },
    );
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    const problems: readonly Problem[] = error.problems;
    for (const d of locateProblems(problems, read.sourceMap, file)) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  output.out(flags.format === "json" ? forecastJson(result) : forecastTable(result));
  return ExitCode.ok;
}
