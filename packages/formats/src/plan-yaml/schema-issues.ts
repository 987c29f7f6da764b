import type { z } from "zod";
import { didYouMean } from "../suggest.js";
import { type Place, placeOf } from "./place.js";
import type { Report } from "./report.js";
import { levelError, scaleLevels } from "./risk-levels.js";
import type { Path } from "./yaml-document.js";

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list",
};

/** The values a discriminated union's key (the `op` of a plan edit) may take, when it matched none. */
function discriminatorOptions(issue: { readonly code?: string }): readonly unknown[] | undefined {
  return issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)
    ? issue.options
    : undefined;
}

/** Messages for zod's built-in checks; schemas with their own messages keep those. */
export function schemaMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map(String).join(", ")}`;
  const options = discriminatorOptions(issue);
  if (options !== undefined) return `expected one of ${options.map(String).join(", ")}`;
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** "`duration` of task `build`", "`project.start`", "task `build`". */
function label(place: Place): string {
  if (place.field === "") return place.subject === "the top level" ? "the plan" : place.subject;
  if (place.subject === "the top level") return `\`${place.field}\``;
  if (place.subject === "`project`") return `\`project.${place.field}\``;
  return `\`${place.field}\` of ${place.subject}`;
}

/** Of a failed union's options, the one the author evidently meant: right type, then fewest issues. */
function intendedOption(options: readonly Issue[][]): Issue[] | undefined {
  const plausible = options.filter((o) => !o.some((i) => i.code === "invalid_type" && i.path.length === 0));
  return plausible.reduce<Issue[] | undefined>(
    (best, o) => (best === undefined || o.length < best.length ? o : best),
    undefined,
  );
}

/** Reports zod issues at the file positions of the values they concern, in plan authors' words. */
export function reportSchemaIssues(issues: readonly Issue[], root: unknown, report: Report): void {
  for (const issue of issues) {
    const path = issue.path as Path;
    if (issue.code === "invalid_union") {
      const option = intendedOption(issue.errors);
      if (option !== undefined) {
        reportSchemaIssues(
          option.map((i) => ({ ...i, path: [...path, ...i.path] })),
          root,
          report,
        );
        continue;
      }
    }
    if (issue.code === "unrecognized_keys") {
      const place = placeOf(path, root);
      const where =
        place.field === ""
          ? place.subject === "the top level"
            ? "at the top level"
            : `in ${place.subject}`
          : `in ${label(place)}`;
      for (const key of issue.keys) {
        const hint =
          didYouMean(key, place.keys) ||
          (place.keys.length > 0 ? `; expected one of: ${place.keys.join(", ")}` : "");
        report.error([...path, key], `unknown key \`${key}\` ${where}${hint}`, "key");
      }
      continue;
    }
    const value = valueAt(root, path);
    const key = path.at(-1);
    const parent = path.slice(0, -1);
    if (issue.code === "invalid_type" && value === undefined && typeof key === "string") {
      const place = placeOf(parent, root);
      const where =
        place.field === "" && place.subject === "the top level" ? "at the top level" : `in ${label(place)}`;
      report.error(parent, `missing required key \`${key}\` ${where}`);
      continue;
    }
    // A risk level's range depends on the plan's scales, which the schema does not know.
    const level = levelError(placeOf(path, root).subject, path, value, scaleLevels(root));
    if (level !== undefined) {
      report.error(path, level);
      continue;
    }
    let detail = issue.message;
    if (detail.startsWith("expected") && !detail.includes(" got ")) detail += `, got ${describeValue(value)}`;
    const choices = issue.code === "invalid_value" ? issue.values : discriminatorOptions(issue);
    if (choices !== undefined && typeof value === "string") detail += didYouMean(value, choices.map(String));
    if (
      issue.code === "invalid_type" &&
      issue.expected === "string" &&
      ["number", "boolean"].includes(typeof value)
    ) {
      detail += `; quote it if you mean text: "${String(value)}"`;
    }
    report.error(path, `${label(placeOf(path, root))}: ${detail}`);
  }
}
