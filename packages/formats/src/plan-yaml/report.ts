import type { Diagnostic } from "../diagnostic.js";
import type { Path, YamlLocator } from "./yaml-document.js";

/** Past this many errors the rest are counted, not listed: a broken generated file could hold millions. */
export const MAX_DIAGNOSTICS = 200;

/** Collects errors at value paths and turns them into diagnostics sorted by position. */
export class Report {
  private readonly diagnostics: Diagnostic[] = [];
  private dropped = 0;

  constructor(
    readonly file: string,
    readonly locator: YamlLocator,
  ) {}

  /** False once the list is full; callers skip costly work (such as suggestions) then. */
  get open(): boolean {
    return this.diagnostics.length < MAX_DIAGNOSTICS;
  }

  get count(): number {
    return this.diagnostics.length + this.dropped;
  }

  error(path: Path, message: string, part: "key" | "value" = "value"): void {
    if (!this.open) {
      this.dropped++;
      return;
    }
    const { line, column } = this.locator.position(path, part);
    this.diagnostics.push({ file: this.file, line, column, severity: "error", message });
  }

  /** The line of the node at `path`, for messages such as "first defined at line 4". */
  line(path: Path): number {
    return this.locator.position(path).line;
  }

  list(): Diagnostic[] {
    const sorted = this.diagnostics.toSorted((a, b) => a.line - b.line || a.column - b.column);
    if (this.dropped > 0) {
      sorted.push({
        file: this.file,
        line: 1,
        column: 1,
        severity: "error",
        message: `${this.dropped} more errors not shown; fix the ones above first`,
      });
    }
    return sorted;
  }
}
