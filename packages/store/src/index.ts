export * from "./audit.js";
export type { Database, DriverKind, Queryable, Transaction } from "./database.js";
export * from "./errors.js";
export { migrate } from "./migrate.js";
export { MIGRATIONS, type Migration } from "./migrations/index.js";
export { type DatabaseConfig, openDatabase } from "./open-database.js";
export { PGliteDatabase } from "./pglite/pglite-database.js";
export { loadPlan } from "./plan-loader.js";
export { PostgresDatabase } from "./postgres/postgres-database.js";
export type { ProjectChange, ProjectEdit } from "./project-edit.js";
export type { ReplaceSummary } from "./replace-plan.js";
export {
  accounts,
  type Member,
  ROLES,
  type Role,
  roleAtLeast,
  type User,
  type Workspace,
} from "./repositories/accounts.js";
export * from "./repositories/agile-entities.js";
export {
  career,
  type PortfolioShareData,
  portfolioShareDataSchema,
  type StoredEvidence,
  type StoredProfile,
  type SuggestionDecision,
  type SuggestionVerdict,
} from "./repositories/career.js";
export { type ApiTokenRecord, credentials, type SessionRecord } from "./repositories/credentials.js";
export { EntityRepository } from "./repositories/entity-repository.js";
export type { EntitySpec, Stored } from "./repositories/entity-spec.js";
export * from "./repositories/plan-entities.js";
export * from "./repositories/product-vision.js";
export type { ScheduleSummary } from "./schedule-summary.js";
export {
  CHANGES_CHANNEL,
  type PlanPreview,
  type ProjectRecord,
  type ScheduleRecord,
  Store,
} from "./store.js";
export * from "./workspace-transfer.js";
export { zodFieldErrors } from "./zod-field-errors.js";
