export { CSV_COLUMNS, type CsvReadOptions, PROJECT_ROW_ID, parseCsvPlan, toCsv } from "./csv/index.js";
export { type Diagnostic, FormatError, formatDiagnostic } from "./diagnostic.js";
export {
  EXPORT_FILES,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportInput,
  exportPlan,
  NEEDS_SCHEDULE,
} from "./export-plan.js";
export { foldLine, type IcalOptions, icalText, toIcal } from "./ical.js";
export * from "./jira-csv/index.js";
export { mermaidText, toMermaidGantt } from "./mermaid.js";
export {
  FIELD_FAMILIES,
  type Fidelity,
  type FidelityItem,
  type FidelityReport,
  type FieldFamily,
  fidelityCount,
  formatFidelityReport,
  type MsProjectTaskDates,
  type MspdiExportOptions,
  type MspdiImport,
  parseMspdi,
  toMspdi,
} from "./mspdi/index.js";
export { planJsonSchema, planJsonSchemaText } from "./plan-yaml/json-schema.js";
export { parsePlanYaml } from "./plan-yaml/parse.js";
export { toPlanYaml } from "./plan-yaml/serialize.js";
export { type PsplibInstance, parsePsplib } from "./psplib.js";
export { type PlanFormat, type ReadPlanResult, readPlan } from "./read-plan.js";
export {
  NO_PROJECT,
  type PortfolioDocument,
  type PortfolioMilestone,
  type PortfolioProject,
  portfolioHtml,
  portfolioMarkdown,
  RESUME_TEXT_WIDTH,
  RESUME_TITLE,
  type ResumeDocument,
  resumeMarkdown,
  resumeSections,
  resumeText,
  resumeTitle,
  statusHtml,
  statusMarkdown,
  statusText,
} from "./report/index.js";
export { MAX_FILE_BYTES } from "./size-limit.js";
export { locateProblems, type SourceMap, type SourcePosition } from "./source-map.js";
export * from "./throughput-csv.js";
