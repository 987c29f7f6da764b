import type { Plan } from "@keel/model";
import { FormatError } from "../diagnostic.js";
import { checkFileSize } from "../size-limit.js";
import type { SourceMap } from "../source-map.js";
import { buildPlan } from "./build-plan.js";
import { checkReferences } from "./check-references.js";
import { planFileSchema } from "./file-schema.js";
import { Report } from "./report.js";
import { reportSchemaIssues, schemaMessage } from "./schema-issues.js";
import { loadYaml } from "./yaml-document.js";

/**
 * Reads a Keel plan YAML file into the domain Plan. Throws a FormatError listing every problem
 * found (syntax, schema and references together), each at its line and column in `file`.
 */
export function parsePlanYaml(text: string, file: string): { plan: Plan; sourceMap: SourceMap } {
  checkFileSize(text, file);
  const { value, locator } = loadYaml(text, file);
  const report = new Report(file, locator);
  const result = planFileSchema.safeParse(value, { error: schemaMessage });
  if (!result.success) reportSchemaIssues(result.error.issues, value, report);
  checkReferences(value, report);
  if (!result.success || report.count > 0) throw new FormatError(report.list());
  return buildPlan(result.data, locator);
}
