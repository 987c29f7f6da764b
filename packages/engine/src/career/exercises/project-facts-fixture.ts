import type { ProjectFacts } from "./project-facts.js";

/** A project with nothing in it yet, for tests to start from and add the facts they need. */
export const NO_FACTS: ProjectFacts = {
  tasks: 0,
  milestones: 0,
  milestonesWithDeadline: 0,
  threePointTasks: 0,
  criticalPathTasks: 0,
  spanWeeks: 0,
  assignedResources: 0,
  risksOwnedWithResponse: 0,
  risksWithReviewDate: 0,
  dependencies: 0,
  staleRaidItems: 0,
  hasBaseline: false,
  overAllocatedResources: 0,
  statusReportsSent: 0,
  kpisWithTrend: 0,
  twoWeekSprintsCompleted: 0,
  backlogItems: 0,
  workflowStates: 0,
  requirementsWithAcceptanceCriteria: 0,
};
