import { FormatError } from "../diagnostic.js";

/**
 * A Jira CSV file that cannot be imported at all, with the line to look at and what to do about it.
 * Problems that only cost one row or one value are warnings in the import report instead.
 */
export class JiraCsvError extends FormatError {
  override readonly name = "JiraCsvError";
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string, cause?: unknown) {
    super([{ file, line, column: 1, severity: "error", message }]);
    this.file = file;
    this.line = line;
    if (cause !== undefined) this.cause = cause;
  }
}
