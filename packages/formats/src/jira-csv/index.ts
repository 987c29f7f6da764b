export type { JiraImport } from "./build-import.js";
export type { DateOrder } from "./dates.js";
export { JiraCsvError } from "./jira-csv-error.js";
export { type JiraImportOptions, readJiraCsv } from "./read-jira-csv.js";
export {
  formatJiraImportReport,
  type JiraApproximation,
  type JiraColumnUse,
  type JiraImportReport,
  type JiraWarning,
} from "./report.js";
export type { JiraSprint } from "./sprints.js";
export type { JiraStatusMapping, StatusMatch } from "./statuses.js";
export type { JiraCsvInput } from "./utf8-chunks.js";
