export { type AppliedEdits, applyEdits, type StaleEdit } from "./apply-edits.js";
export {
  type ChangeImpact,
  type ChangeImpactOptions,
  changeImpact,
  type DateShift,
  type DeadlineShift,
  type MilestoneShift,
  type ScheduledChange,
  type UnschedulableChange,
} from "./impact.js";
export { hourlyRates, planCost, taskCosts } from "./plan-cost.js";
