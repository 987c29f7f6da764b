import type { Problem } from "@keel/engine";
import type { Diagnostic } from "./diagnostic.js";

/** A 1-based place in a source file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Where the parts of a parsed plan were written, so later findings can point at the file. */
export interface SourceMap {
  task(id: string): SourcePosition | undefined;
  /** `index` counts into `plan.links`. */
  link(index: number): SourcePosition | undefined;
  calendar(id: string): SourcePosition | undefined;
  /** Formats without a place for resources leave this out. */
  resource?(id: string): SourcePosition | undefined;
}

/** A SourceMap over positions collected while parsing. */
export class RecordedSourceMap implements SourceMap {
  constructor(
    private readonly tasks: ReadonlyMap<string, SourcePosition>,
    private readonly links: readonly SourcePosition[],
    private readonly calendars: ReadonlyMap<string, SourcePosition>,
    private readonly resources: ReadonlyMap<string, SourcePosition> = new Map(),
  ) {}

  task(id: string): SourcePosition | undefined {
    return this.tasks.get(id);
  }

  link(index: number): SourcePosition | undefined {
    return this.links[index];
  }

  calendar(id: string): SourcePosition | undefined {
    return this.calendars.get(id);
  }

  resource(id: string): SourcePosition | undefined {
    return this.resources.get(id);
  }
}

/** Turns engine problems into file diagnostics, at the most specific place known (else line 1, column 1). */
export function locateProblems(
  problems: readonly Problem[],
  sourceMap: SourceMap | undefined,
  file: string,
): Diagnostic[] {
  return problems.map((problem) => {
    const at =
      (problem.linkIndex === undefined ? undefined : sourceMap?.link(problem.linkIndex)) ??
      (problem.taskId === undefined ? undefined : sourceMap?.task(problem.taskId)) ??
      (problem.calendarId === undefined ? undefined : sourceMap?.calendar(problem.calendarId)) ??
      (problem.resourceId === undefined ? undefined : sourceMap?.resource?.(problem.resourceId));
    return {
      file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      severity: problem.severity,
      message: problem.message,
    };
  });
}
