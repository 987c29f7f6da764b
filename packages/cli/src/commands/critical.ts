import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { criticalPathsText } from "../render/critical-paths.js";
import { diagnosticLine } from "../render/diagnostic-line.js";

/** `keel critical`: the chains of tasks that decide the finish date, longest first; warnings go to stderr. */
export async function critical(file: string, output: Output): Promise<ExitCode> {
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  output.out(criticalPathsText(result.schedule));
  for (const w of result.warnings) output.err(diagnosticLine(w.diagnostic));
  return ExitCode.ok;
}
