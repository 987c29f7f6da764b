import type { Diagnostic } from "@keel/formats";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { formatDateTime } from "../render/format.js";
import { plural } from "../render/plural.js";

/**
 * `keel check`: validates and schedules a plan for CI. A missed deadline is reported as an
 * error here, because a plan that cannot make its dates should fail the build.
 */
export async function check(file: string, output: Output): Promise<ExitCode> {
  const result = await analyse(file);
  const diagnostics: Diagnostic[] = result.ok
    ? result.warnings.map(({ problem, diagnostic }) =>
        problem.code === "missed-deadline" ? { ...diagnostic, severity: "error" } : diagnostic,
      )
    : [...result.diagnostics];
  for (const d of diagnostics) output.out(diagnosticLine(d));

  const errors = diagnostics.filter((d) => d.severity === "error").length;
  let summary = `${file}: ${plural(errors, "error")}, ${plural(diagnostics.length - errors, "warning")}`;
  if (result.ok) {
    const { project, tasks } = result.schedule;
    summary += `; ${plural(tasks.length, "task")}, ${formatDateTime(project.start)} → ${formatDateTime(project.finish)}, ${plural(project.durationWorkingDays, "working day")}`;
  }
  output.out(`${summary}\n`);
  return !result.ok || errors > 0 ? ExitCode.planFailed : ExitCode.ok;
}
