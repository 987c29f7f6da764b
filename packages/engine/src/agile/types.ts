import type { AgileSettings, LocalDate, SprintItemRecord, StatusCategory } from "@keel/model";

/** One team member's hours in a sprint. */
export interface MemberCapacity {
  readonly resource: string;
  readonly name: string;
  /** Working hours on their calendar between the sprint's start and finish. */
  readonly workingHours: number;
  /** Of those, hours lost to their time off. */
  readonly timeOffHours: number;
  readonly allocation: number;
  /** The resource's max units: 0.5 for someone half time. */
  readonly maxUnits: number;
  /** (working − time off) × allocation × max units × focus factor. */
  readonly hours: number;
}

export interface SprintCapacity {
  readonly members: readonly MemberCapacity[];
  readonly focusFactor: number;
  /** Working days of the project calendar in the sprint. */
  readonly workingDays: number;
  /** Focused hours of the whole team. */
  readonly hours: number;
  /** Members the plan has no work resource for (removed since), left out of the hours; absent when none. */
  readonly missing?: readonly string[] | undefined;
}

/** How a closed sprint went, the input to velocity and commitment guidance. */
export interface SprintOutcome {
  readonly sprint: string;
  readonly name: string;
  readonly committed: number;
  readonly completed: number;
  /** Focused team hours the sprint had, when known; scales velocity to the next sprint's capacity. */
  readonly capacityHours?: number | undefined;
}

export interface CommitmentGuidance {
  /** Mean completed estimate of the last (up to three) closed sprints; undefined with no history. */
  readonly velocity: number | undefined;
  /** Velocity scaled by this sprint's capacity against those sprints' capacity. */
  readonly recommended: number | undefined;
  readonly committed: number;
  /** Committed more than recommended. */
  readonly over: boolean;
  /** Sprint ids the velocity is taken from, newest first. */
  readonly basis: readonly string[];
  /** One sentence for the planner: "Committed 34 points; recent velocity suggests 27." */
  readonly message: string;
}

export interface BurndownDay {
  readonly date: LocalDate;
  /** Estimate not yet done at the end of the day. */
  readonly remaining: number;
  /** Total estimate in the sprint that day (burn-up scope line). */
  readonly scope: number;
  /** Estimate done by the end of the day (burn-up done line). */
  readonly done: number;
  /** The straight line from the committed total to zero over the working days. */
  readonly ideal: number;
}

export interface Burndown {
  readonly days: readonly BurndownDay[];
  readonly committed: number;
  /** Estimate added after the start (scope creep) and removed. */
  readonly added: number;
  readonly removed: number;
}

export interface VelocityPoint {
  readonly sprint: string;
  readonly name: string;
  readonly committed: number;
  readonly completed: number;
}

export interface CumulativeFlow {
  readonly dates: readonly LocalDate[];
  /** One series per workflow status, in board order; counts[i] is the items in the status at the end of dates[i]. */
  readonly series: readonly {
    readonly status: string;
    readonly name: string;
    readonly category: StatusCategory;
    readonly counts: readonly number[];
  }[];
}

export interface CycleTimePoint {
  readonly item: string;
  /** The day it reached a done status. */
  readonly finished: LocalDate;
  /** Calendar days from first entering a "doing" status (or creation) to done, at least 1. */
  readonly days: number;
}

export interface CycleTimes {
  readonly points: readonly CycleTimePoint[];
  /** Percentiles of days; undefined with no finished items. */
  readonly p50: number | undefined;
  readonly p85: number | undefined;
  readonly p95: number | undefined;
}

export interface ThroughputWeek {
  /** Monday of the week. */
  readonly week: LocalDate;
  readonly count: number;
}

export type MoveLevel = "ok" | "warn" | "block";

/** Whether a card may move to a status, and why not. */
export interface MoveCheck {
  readonly level: MoveLevel;
  /** The workflow allows the transition. */
  readonly transitionAllowed: boolean;
  /** The target column's limit and how many cards it would hold after the move. */
  readonly wip?: { readonly status: string; readonly limit: number; readonly count: number } | undefined;
  /** Set when level is not ok: names the column, the limit and the count, or the refused transition. */
  readonly message?: string | undefined;
}

export interface SprintClose {
  readonly completed: readonly SprintItemRecord[];
  /** Items in the sprint that are not done, in rank order. */
  readonly unfinished: readonly string[];
}

export interface ReleaseForecast {
  /** Items not done in the scope. */
  readonly remaining: number;
  /** Days of history the throughput was drawn from. */
  readonly historyDays: number;
  readonly p50: LocalDate;
  readonly p85: LocalDate;
  readonly p95: LocalDate;
  /** Chance of finishing by the target date, 0–1, when a target was given. */
  readonly chanceByTarget?: number | undefined;
}

export interface EpicRollup {
  readonly epic: string;
  readonly name: string;
  /** Plan tasks or milestones it rolls up into. */
  readonly tasks: readonly string[];
  readonly items: number;
  readonly doneItems: number;
  readonly total: number;
  readonly done: number;
  /** done / total as 0–100; by item count when nothing is estimated. */
  readonly percent: number;
}

export interface TeamTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly settings: AgileSettings;
}

/** How an epic's forecast compares with the plan's date for the tasks it delivers. */
export type EpicVerdict = "on track" | "at risk" | "late" | "done" | "no forecast";

/** An epic that delivers plan tasks: its roll-up, its throughput forecast and the plan's finish. */
export interface EpicForecast extends EpicRollup {
  /** Items under the epic not done yet. */
  readonly remaining: number;
  /** When its remaining items are done, from the team's throughput; absent with no forecast. */
  readonly p50?: LocalDate | undefined;
  readonly p85?: LocalDate | undefined;
  /** Days of history the throughput was drawn from; absent with no forecast. */
  readonly historyDays?: number | undefined;
  /** The latest scheduled finish of its tasks (the day). */
  readonly finish: LocalDate;
  /** The task whose finish that is. */
  readonly finishTask: string;
  readonly verdict: EpicVerdict;
}

/** A plan task's percent complete as the epics linked to it give it. */
export interface EpicProgressEdit {
  readonly task: string;
  readonly name: string;
  readonly milestone: boolean;
  /** The epics linked to the task (those with items), in rank order. */
  readonly epics: readonly { readonly id: string; readonly name: string }[];
  /** Percent complete now: as recorded, 100 for a finished task or a reached milestone. */
  readonly current: number;
  readonly proposed: number;
  /**
   * The task fields to write: the percent, an actual start or finish the task needs for it, and
   * null to clear an actual finish (work reopened) or a remaining duration (the percent decides).
   */
  readonly set: {
    readonly percentComplete: number;
    readonly actualStart?: string;
    readonly actualFinish?: string | null;
    readonly remainingDuration?: null;
  };
}
