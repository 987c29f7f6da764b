import type { Plan } from "@keel/model";
import { readCsvPlan } from "./csv/plan-csv.js";
import { FormatError } from "./diagnostic.js";
import { type MspdiImport, parseMspdi } from "./mspdi/read-mspdi.js";
import { MSPDI_NAMESPACE } from "./mspdi/xml.js";
import { parsePlanYaml } from "./plan-yaml/parse.js";
import { type PsplibInstance, parsePsplib } from "./psplib.js";
import type { SourceMap } from "./source-map.js";

export type PlanFormat = "keel-yaml" | "psplib" | "mspdi" | "csv";

export interface ReadPlanResult {
  format: PlanFormat;
  plan: Plan;
  sourceMap?: SourceMap;
  psplib?: PsplibInstance;
  /** For Microsoft Project XML: resources, assignments, baselines, progress and the fidelity report. */
  mspdi?: MspdiImport;
}

function extension(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

function detect(text: string, file: string): PlanFormat | undefined {
  const ext = extension(file);
  if (ext === ".yaml" || ext === ".yml") return "keel-yaml";
  if (ext === ".sm") return "psplib";
  if (ext === ".xml") return "mspdi";
  if (ext === ".csv") return "csv";
  if (text.includes("PRECEDENCE RELATIONS:")) return "psplib";
  if (/^\s*(<\?xml|<Project[\s>])/.test(text.replace(/^\uFEFF/, "")) && text.includes(MSPDI_NAMESPACE))
    return "mspdi";
  // Any other name (stdin, .txt): a mapping whose first keys are a plan's.
  if (/^(project|tasks|calendars?)\s*:/m.test(text)) return "keel-yaml";
  return undefined;
}

/** Reads a plan in any supported format, chosen by file extension, else by content. */
export function readPlan(text: string, file: string): ReadPlanResult {
  const format = detect(text, file);
  if (format === "keel-yaml") return { format, ...parsePlanYaml(text, file) };
  if (format === "psplib") {
    const psplib = parsePsplib(text, file);
    return { format, plan: psplib.plan, psplib };
  }
  if (format === "mspdi") {
    const mspdi = parseMspdi(text, file);
    return { format, plan: mspdi.plan, sourceMap: mspdi.sourceMap, mspdi };
  }
  if (format === "csv") return { format, ...readCsvPlan(text, file) };
  throw new FormatError([
    {
      file,
      line: 1,
      column: 1,
      severity: "error",
      message:
        "unknown plan format; supported: Keel plan YAML (.yaml, .yml, see docs/plan-format.md), Microsoft Project XML (.xml, see docs/mspdi.md), task CSV (.csv, see docs/formats.md) and PSPLIB single-mode instances (.sm)",
    },
  ]);
}
