import { type LocalDate, localDateSchema } from "@keel/model";
import { sprintReport } from "@keel/server";
import { NotFoundError } from "@keel/store";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { textTable } from "../render/text-table.js";
import { UsageError } from "../usage-error.js";
import { type OpenStore, withStore } from "./open-store.js";
import { pickProject } from "./pick-project.js";

export const SPRINT_FORMATS = ["text", "json"] as const;

export interface SprintReportFlags {
  readonly project: string;
  readonly format: (typeof SPRINT_FORMATS)[number];
  /** The day a running sprint is reported as of; today by default. */
  readonly today?: string | undefined;
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

type Report = Awaited<ReturnType<typeof sprintReport>>;

function renderText(report: Report): string {
  const { sprint, capacity, burndown, unit } = report;
  const lines = [
    `${sprint.name} (${sprint.id}), ${sprint.start} – ${sprint.finish}, ${sprint.state}`,
    ...(sprint.goal === undefined ? [] : [`Goal: ${sprint.goal}`]),
    `Committed ${number(report.committed)} ${unit}, completed ${number(report.completed)} ${unit}` +
      (burndown.added > 0 ? `; ${number(burndown.added)} ${unit} added after the start` : "") +
      (burndown.removed > 0 ? `; ${number(burndown.removed)} ${unit} taken out` : ""),
    ...(report.carriedOver.length === 0 ? [] : [`Carried over: ${report.carriedOver.join(", ")}`]),
    `Capacity: ${number(capacity.hours)} focused hours over ${capacity.workingDays} working days (focus factor ${capacity.focusFactor})`,
    "",
    textTable(
      [
        { header: "Member" },
        { header: "Working h", align: "right" },
        { header: "Time off h", align: "right" },
        { header: "Allocation", align: "right" },
        { header: "Focused h", align: "right" },
      ],
      capacity.members.map((m) => [
        m.name,
        number(m.workingHours),
        number(m.timeOffHours),
        `${Math.round(m.allocation * 100)}%`,
        number(m.hours),
      ]),
    ),
    textTable(
      [
        { header: "Day" },
        { header: "Scope", align: "right" },
        { header: "Done", align: "right" },
        { header: "Remaining", align: "right" },
        { header: "Ideal", align: "right" },
      ],
      burndown.days.map((d) => [
        d.date,
        number(d.scope),
        number(d.done),
        number(d.remaining),
        number(d.ideal),
      ]),
    ),
  ];
  return lines.join("\n");
}

/**
 * `keel sprint report <sprint> --project P`: a sprint's capacity, burndown and burn-up by day, and
 * committed against completed, from the database keel serve uses.
 */
export async function sprintReportCommand(
  sprint: string,
  flags: SprintReportFlags,
  output: Output,
  open: OpenStore,
): Promise<ExitCode> {
  let today: LocalDate = new Date().toISOString().slice(0, 10) as LocalDate;
  if (flags.today !== undefined) {
    const parsed = localDateSchema.safeParse(flags.today);
    if (!parsed.success) throw new UsageError(`--today "${flags.today}": expected a date YYYY-MM-DD`);
    today = parsed.data;
  }
  return withStore(open, { existing: true }, output, async (store) => {
    const project = await pickProject(store, flags.project);
    let report: Report;
    try {
      report = await sprintReport(store, project.id, sprint, today);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const names = (await store.sprints.list(store.db, project.id)).map((s) => `  ${s.id}  ${s.name}`);
      throw new UsageError(
        `no sprint "${sprint}" in "${project.name}"${names.length === 0 ? "" : `; its sprints are:\n${names.join("\n")}`}`,
      );
    }
    output.out(flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    return ExitCode.ok;
  });
}
