/** A message about one place in an input file; line and column are 1-based. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  message: string;
}

/** `plan.yaml:12:5: error: message` — the shape editors and CI logs turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/** Thrown when a file cannot be read; carries every diagnostic found, not just the first. */
export class FormatError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "FormatError";
    this.diagnostics = diagnostics;
  }
}
