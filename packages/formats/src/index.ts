export { type Diagnostic, FormatError, formatDiagnostic } from "./diagnostic.js";
export { planJsonSchema, planJsonSchemaText } from "./plan-yaml/json-schema.js";
export { parsePlanYaml } from "./plan-yaml/parse.js";
export { toPlanYaml } from "./plan-yaml/serialize.js";
export { type PsplibInstance, parsePsplib } from "./psplib.js";
export { type PlanFormat, type ReadPlanResult, readPlan } from "./read-plan.js";
export { MAX_FILE_BYTES } from "./size-limit.js";
export { locateProblems, type SourceMap, type SourcePosition } from "./source-map.js";
