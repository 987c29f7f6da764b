import { isLocalDate, isLocalDateTime, type Plan } from "@keel/model";
import { parseWall } from "../time.js";

/** The status date as the engine uses it. */
export interface StatusSettings {
  /** The moment progress is reported as of: a bare date is the end of that day (close of business). */
  readonly end: number | undefined;
  readonly text: string | undefined;
  /** Whether incomplete work moves after the status date (the default). */
  readonly moveIncompleteWork: boolean;
}

export function statusSettings(plan: Plan): StatusSettings {
  const text = plan.project.statusDate;
  const valid = text !== undefined && (isLocalDate(text) || isLocalDateTime(text));
  return {
    end: valid ? parseWall(text, true) : undefined,
    text,
    moveIncompleteWork: plan.project.moveIncompleteWork ?? true,
  };
}

/**
 * Where work not started may begin: after the status date when incomplete work moves there, else
 * undefined. The compiler makes it a start-no-earlier-than floor, as it does a dependency's wait.
 */
export function notStartedFloor(status: StatusSettings): number | undefined {
  return status.moveIncompleteWork ? status.end : undefined;
}
