export {
  CSV_COLUMNS,
  type CsvReadOptions,
  formatPredecessor,
  PROJECT_ROW_ID,
  parseCsvPlan,
  readCsvPlan,
  toCsv,
} from "./plan-csv.js";
export { parseCsv, writeCsv } from "./rfc4180.js";
