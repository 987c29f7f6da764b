import { type Diagnostic, formatDiagnostic } from "@keel/formats";
import { printable } from "./printable.js";

/** One diagnostic as a terminal line: messages may quote the file, which may hold control characters. */
export function diagnosticLine(d: Diagnostic): string {
  return `${printable(formatDiagnostic(d))}\n`;
}
