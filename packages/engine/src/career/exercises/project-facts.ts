/**
 * What the exercises' completion rules read about a project: counts a server can take from the
 * plan (`planFacts`), the schedule and the store, so a rule is a pure function of plain numbers.
 */
export interface ProjectFacts {
  /** Leaf tasks: neither summary tasks nor milestones. */
  readonly tasks: number;
  readonly milestones: number;
  readonly milestonesWithDeadline: number;
  /** Leaf tasks with a three-point estimate. */
  readonly threePointTasks: number;
  /** Tasks on the longest critical path of the schedule. */
  readonly criticalPathTasks: number;
  /** Calendar weeks from the project's start to its scheduled finish. */
  readonly spanWeeks: number;
  /** Resources with at least one assignment. */
  readonly assignedResources: number;
  /** Open risks with an owner and a response: a strategy or at least one action. */
  readonly risksOwnedWithResponse: number;
  /** Open risks with a next review date. */
  readonly risksWithReviewDate: number;
  /** External dependencies not cancelled. */
  readonly dependencies: number;
  /** RAID items past their date for attention (the engine's `staleItems`). */
  readonly staleRaidItems: number;
  // From the store and the other engines.
  readonly hasBaseline: boolean;
  /** Resources over-allocated anywhere in the plan (the engine's `resourceLoad`). */
  readonly overAllocatedResources: number;
  /** Whether the forecast's P80 meets every deadline; absent when no forecast was run. */
  readonly p80MeetsDeadlines?: boolean | undefined;
  readonly statusReportsSent: number;
  /** KPIs with at least two readings, so a trend shows. */
  readonly kpisWithTrend: number;
  // From agile delivery: the team's sprints, backlog and settings.
  /** Closed sprints (run through to their review) of 8 to 10 working days on the project calendar. */
  readonly twoWeekSprintsCompleted: number;
  /** Backlog items other than epics: the stories, bugs, tasks, spikes and sub-tasks. */
  readonly backlogItems: number;
  /** States of the workflow the team set up (to do, in progress, in review, done …); 0 before it did. */
  readonly workflowStates: number;
  /** Backlog items with at least one acceptance criterion. */
  readonly requirementsWithAcceptanceCriteria: number;
  // From the product vision; absent counts as none.
  /** Objectives of the vision with at least one key result that has a target. */
  readonly objectivesWithKeyResults?: number | undefined;
  /** Years the vision covers; absent before anyone saved one. */
  readonly visionHorizonYears?: number | undefined;
}
