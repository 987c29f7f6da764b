import { writeFileSync } from "node:fs";
import { planJsonSchemaText } from "./json-schema.js";

// Run by `npm run schema` from the built file dist/plan-yaml/write-schema.js; the repository root is four levels up.
const target = new URL("../../../../schema/keel-plan.schema.json", import.meta.url);
writeFileSync(target, planJsonSchemaText());
console.log(`wrote ${target.pathname}`);
