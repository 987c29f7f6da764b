export * from "./dashboard.js";
export { addDays } from "./dates.js";
export { type AreaStatus, assessRag, type RagAssessment } from "./rag.js";
export {
  type AreaRag,
  DEFAULT_THRESHOLDS,
  RAG_RULES,
  type Rag,
  type RagReason,
  type RagRule,
  STATUS_AREAS,
  type StatusArea,
  type StatusThresholds,
} from "./rag-rules.js";
export * from "./report-words.js";
export { type EvmFacts, type StatusFacts, statusFacts } from "./status-facts.js";
export * from "./status-report.js";
export {
  formatDay,
  formatMoney,
  formatMoneyChange,
  formatPercent,
  formatRatio,
  formatWorkingDays,
  listNames,
  plural,
} from "./wording.js";
