import { z } from "zod";
import { planFileSchema } from "./file-schema.js";
import { schemaDocs } from "./schema-docs.js";

/**
 * JSON Schema of the plan file, for editors (completion, hover help, red squiggles). Draft 7,
 * the version YAML and JSON editors support best. Checks that need code (dates in range, links
 * to existing tasks) are only in parsePlanYaml.
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planFileSchema, { io: "input", target: "draft-7", metadata: schemaDocs });
}

/** The committed text of schema/keel-plan.schema.json. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
