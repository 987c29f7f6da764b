import { z } from "zod";
import { isLocalDate, type LocalDate, localDateSchema } from "./dates.js";

/** A measurable statement of how an objective will be judged: the metric moves from baseline to target. */
export interface KeyResult {
  readonly statement: string;
  readonly metric: string;
  readonly baseline: number;
  readonly target: number;
  /** Shown after the numbers: "%", "users", "minutes". */
  readonly unit: string;
  readonly due?: LocalDate | undefined;
}

/** An outcome the product aims for in one year of the vision, with the key results that measure it. */
export interface VisionObjective {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly keyResults: readonly KeyResult[];
}

/** A piece of work planned for a quarter, serving one or more objectives. */
export interface RoadmapItem {
  readonly title: string;
  /** `YYYY-Qn`, e.g. `2027-Q3`. */
  readonly quarter: string;
  readonly objectives: readonly string[];
  /** The backlog epic that carries the work, by its key (APP-4). */
  readonly epic?: string | undefined;
}

/** One test of the vision with the people it affects, and what changed because of it. */
export interface VisionReview {
  readonly date: LocalDate;
  /** Free text: "Engineering leads", "Sales (Maria, Tom)". */
  readonly who: string;
  readonly changed: string;
}

/** Where a project's product is going over several years, and how the team will know it got there. */
export interface ProductVision {
  readonly product: string;
  /** Who the product serves. */
  readonly audience: string;
  /** What will be true for them at the end of the horizon. */
  readonly statement: string;
  readonly horizonYears: number;
  readonly objectives: readonly VisionObjective[];
  readonly roadmap: readonly RoadmapItem[];
  /** What the team decided not to do, so nobody has to ask again. */
  readonly notDoing: readonly string[];
  readonly reviews: readonly VisionReview[];
}

export const VISION_HORIZON = { min: 1, max: 10 } as const;

/** The vision of a project nobody has written one for yet. */
export const EMPTY_PRODUCT_VISION: ProductVision = {
  product: "",
  audience: "",
  statement: "",
  horizonYears: 3,
  objectives: [],
  roadmap: [],
  notDoing: [],
  reviews: [],
};

const QUARTER = /^(\d{4})-Q([1-4])$/;

const text = (max: number) =>
  z
    .string({ error: "expected text" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, {
      error: `at most ${max} characters`,
    });
const number = z.number({ error: "expected a number" }).finite({ error: "expected a number" });

export const keyResultSchema = z.strictObject({
  statement: text(300),
  metric: text(120),
  baseline: number,
  target: number,
  unit: z.string({ error: "expected text" }).trim().max(20, { error: "at most 20 characters" }),
  due: localDateSchema.optional(),
});

export const visionObjectiveSchema = z.strictObject({
  id: text(40),
  title: text(200),
  year: z
    .number({ error: "expected a year" })
    .int({ error: "expected a year" })
    .min(2000, { error: "expected a year from 2000 to 2200" })
    .max(2200, { error: "expected a year from 2000 to 2200" }),
  keyResults: z.array(keyResultSchema).max(20, { error: "at most 20 key results" }),
});

export const roadmapItemSchema = z.strictObject({
  title: text(200),
  quarter: z
    .string({ error: "expected a quarter YYYY-Qn" })
    .regex(QUARTER, { error: "expected a quarter YYYY-Qn, e.g. 2027-Q3" }),
  objectives: z.array(z.string({ error: "expected an objective id" })).max(20),
  epic: z.string().trim().min(1).max(40).optional(),
});

export const visionReviewSchema = z.strictObject({
  date: localDateSchema,
  who: text(200),
  changed: text(2000),
});

/** The document's shape; `validateProductVision` adds the checks across fields and against today. */
export const productVisionSchema = z.strictObject({
  product: z.string({ error: "expected text" }).trim().max(200, { error: "at most 200 characters" }),
  audience: z.string({ error: "expected text" }).trim().max(1000, { error: "at most 1000 characters" }),
  statement: text(4000),
  horizonYears: z
    .number({ error: "expected a whole number of years" })
    .int({ error: "expected a whole number of years" })
    .min(VISION_HORIZON.min, { error: `expected ${VISION_HORIZON.min} to ${VISION_HORIZON.max} years` })
    .max(VISION_HORIZON.max, { error: `expected ${VISION_HORIZON.min} to ${VISION_HORIZON.max} years` }),
  objectives: z.array(visionObjectiveSchema).max(50, { error: "at most 50 objectives" }),
  roadmap: z.array(roadmapItemSchema).max(200, { error: "at most 200 roadmap items" }),
  notDoing: z.array(text(300)).max(50, { error: "at most 50 entries" }),
  reviews: z.array(visionReviewSchema).max(500, { error: "at most 500 reviews" }),
});

/** A problem with one field, named the way a person reads it: `objectives[2].keyResults[0].target`. */
export interface VisionFieldError {
  readonly path: string;
  readonly message: string;
}

export type VisionValidation =
  | { readonly ok: true; readonly vision: ProductVision }
  | { readonly ok: false; readonly errors: readonly VisionFieldError[] };

function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path)
    out += typeof part === "number" ? `[${part}]` : `${out === "" ? "" : "."}${String(part)}`;
  return out === "" ? "(vision)" : out;
}

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The checks a schema cannot make alone: ids that must match, and reviews that cannot be in the
 * future. Read from the input as sent, so they are reported with any problem of shape.
 */
function crossFieldErrors(input: unknown, today: LocalDate): VisionFieldError[] {
  const errors: VisionFieldError[] = [];
  const ids = new Set<string>();
  list(field(input, "objectives")).forEach((o, i) => {
    const id = field(o, "id");
    if (typeof id !== "string") return;
    if (ids.has(id.trim())) {
      errors.push({ path: `objectives[${i}].id`, message: `"${id.trim()}" is used by another objective` });
    }
    ids.add(id.trim());
  });
  list(field(input, "roadmap")).forEach((item, i) => {
    list(field(item, "objectives")).forEach((id, j) => {
      if (typeof id === "string" && !ids.has(id)) {
        errors.push({ path: `roadmap[${i}].objectives[${j}]`, message: `no objective "${id}"` });
      }
    });
  });
  list(field(input, "reviews")).forEach((r, i) => {
    const date = field(r, "date");
    if (typeof date === "string" && isLocalDate(date) && date > today) {
      errors.push({ path: `reviews[${i}].date`, message: `${date} is in the future` });
    }
  });
  return errors;
}

/** The vision, or every problem with it by field. `today` is the caller's, so a review cannot be dated ahead. */
export function validateProductVision(input: unknown, today: LocalDate): VisionValidation {
  const parsed = productVisionSchema.safeParse(input);
  const errors: VisionFieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: fieldPath(issue.path),
        message:
          issue.code === "unrecognized_keys"
            ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
            : issue.message,
      }));
  const named = new Set(errors.map((e) => e.path));
  errors.push(...crossFieldErrors(input, today).filter((e) => !named.has(e.path)));
  return parsed.success && errors.length === 0
    ? { ok: true, vision: parsed.data as ProductVision }
    : { ok: false, errors };
}

/** Objectives with at least one key result that names its target: what the vision exercise counts. */
export function objectivesWithKeyResults(vision: ProductVision): number {
  return vision.objectives.filter((o) => o.keyResults.some((k) => Number.isFinite(k.target))).length;
}
