import { writeFile } from "node:fs/promises";
import { FormatError, formatFidelityReport, parseMspdi, toPlanYaml } from "@keel/formats";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { printable } from "../render/printable.js";
import { UsageError } from "../usage-error.js";

export interface ImportOptions {
  /** Print the fidelity report (what was imported exactly, approximated or dropped). */
  readonly report: boolean;
  /** Write the Keel plan YAML here; without it the YAML goes to stdout unless --report is given. */
  readonly output?: string | undefined;
}

/**
 * `keel import file.xml`: reads Microsoft Project XML and writes the plan as Keel YAML, and/or
 * prints how faithfully each field family came across. A file that cannot be read is exit 1
 * with its diagnostics on stderr.
 */
export async function importPlan(file: string, options: ImportOptions, output: Output): Promise<ExitCode> {
  const text = await readPlanFile(file);
  let imported: ReturnType<typeof parseMspdi>;
  try {
    imported = parseMspdi(text, file);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    for (const d of error.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const yaml = toPlanYaml(imported.plan);
  if (options.output !== undefined) {
    try {
      await writeFile(options.output, yaml);
    } catch (error) {
      throw new UsageError(
        `cannot write ${options.output}: ${error instanceof Error ? error.message : error}`,
      );
    }
  } else if (!options.report) {
    output.out(yaml);
  }
  if (options.report) {
    output.out(formatFidelityReport(imported.report).split("\n").map(printable).join("\n"));
  }
  return ExitCode.ok;
}
