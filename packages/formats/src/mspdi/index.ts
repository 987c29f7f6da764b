export { type MspdiImport, parseMspdi } from "./read-mspdi.js";
export {
  FIELD_FAMILIES,
  type Fidelity,
  type FidelityItem,
  type FidelityReport,
  type FieldFamily,
  fidelityCount,
  formatFidelityReport,
} from "./report.js";
export type { MsProjectTaskDates } from "./tasks.js";
export { type MspdiExportOptions, toMspdi } from "./write-mspdi.js";
