import { z } from "zod";
import { type LocalDate, localDateSchema } from "../dates.js";

/** `private`: only its owner sees it. `portfolio`: shown on the person's public portfolio. */
export const EVIDENCE_VISIBILITIES = ["private", "portfolio"] as const;
export type EvidenceVisibility = (typeof EVIDENCE_VISIBILITIES)[number];

/** A measured number of a win, as the person recorded it: "deploy time", 35, "%". */
export interface EvidenceMeasure {
  readonly name: string;
  readonly value: number;
  readonly unit?: string | undefined;
}

/** How big the work was; `budget` is in the currency the person worked in. */
export interface EvidenceWorkScale {
  readonly teams?: number | undefined;
  readonly people?: number | undefined;
  readonly budget?: number | undefined;
  readonly durationWeeks?: number | undefined;
}

/**
 * Where an entry came from: suggested by Keel from a project's data (`ref` names the milestone,
 * change request or report, `rule` the suggestion rule that proposed it), or written by hand.
 */
export type EvidenceSource =
  | { readonly kind: "keel"; readonly projectId: string; readonly ref: string; readonly rule: string }
  | { readonly kind: "manual" };

/**
 * One entry of the skills inventory: a win told as situation, action and result, with its
 * numbers. Text fields may stay empty while the entry is a draft; the STAR draft marks what is missing.
 */
export interface Evidence {
  readonly id: string;
  readonly title: string;
  readonly project: string;
  readonly role: string;
  readonly situation: string;
  readonly action: string;
  readonly result: string;
  readonly metrics: readonly EvidenceMeasure[];
  readonly scale: EvidenceWorkScale;
  /** Competency ids of the engine's competency model; the engine checks they exist. */
  readonly competencies: readonly string[];
  /** When the win happened (its result), not when it was written down. */
  readonly date: LocalDate;
  readonly visibility: EvidenceVisibility;
  readonly source?: EvidenceSource | undefined;
}

const text = (max: number) => z.string().trim().max(max).default("");
const notNegative = (what: string) =>
  z
    .number({ error: `expected a number for ${what}` })
    .finite()
    .min(0, `${what} must not be negative`);
const count = (what: string) => notNegative(what).int(`${what} must be a whole number`);

export const evidenceMeasureSchema = z.strictObject({
  name: z.string().trim().min(1, "a metric needs a name").max(100),
  value: z.number({ error: "expected a number" }).finite(),
  unit: z.string().trim().max(20).optional(),
});

export const evidenceScaleSchema = z.strictObject({
  teams: count("teams").optional(),
  people: count("people").optional(),
  budget: notNegative("budget").optional(),
  durationWeeks: notNegative("duration").optional(),
});

const idText = z.string().trim().min(1).max(200);

export const evidenceSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("keel"), projectId: idText, ref: idText, rule: idText }),
  z.strictObject({ kind: z.literal("manual") }),
]);

export const evidenceSchema = z
  .strictObject({
    id: idText,
    title: z.string().trim().min(1, "a title is required").max(200),
    project: text(200),
    role: text(200),
    situation: text(2_000),
    action: text(2_000),
    result: text(2_000),
    metrics: z.array(evidenceMeasureSchema).max(20).default([]),
    scale: evidenceScaleSchema.default({}),
    competencies: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a competency id like risk-management"))
      .max(30)
      .default([]),
    date: localDateSchema,
    visibility: z.enum(EVIDENCE_VISIBILITIES).default("private"),
    source: evidenceSourceSchema.optional(),
  })
  .check((ctx) => {
    // A competency listed twice would count twice in strength figures.
    const seen = new Set<string>();
    ctx.value.competencies.forEach((c, i) => {
      if (seen.has(c)) {
        ctx.issues.push({
          code: "custom",
          path: ["competencies", i],
          message: `${c} is listed twice`,
          input: ctx.value,
        });
      }
      seen.add(c);
    });
  }) satisfies z.ZodType<Evidence>;

/** What `evidenceSchema` accepts: text, lists, scale and visibility may be left out. */
export type EvidenceEntryInput = z.input<typeof evidenceSchema>;

/** Something wrong in an evidence entry: the field as a dotted path (`scale.people`) and what is wrong. */
export interface EvidenceIssue {
  readonly path: string;
  readonly message: string;
}

const issue = (path: readonly PropertyKey[], message: string): EvidenceIssue => ({
  path: path.map(String).join(".") || "(evidence)",
  message,
});

/** What the schema cannot know: a win dated after `today` (injected: the model has no clock). */
export function checkEvidence(e: Evidence, today: LocalDate): EvidenceIssue[] {
  return e.date > today ? [issue(["date"], `${e.date} is in the future (today is ${today})`)] : [];
}

export type EvidenceParse =
  | { readonly ok: true; readonly evidence: Evidence }
  | { readonly ok: false; readonly issues: readonly EvidenceIssue[] };

/** Validates untrusted input (an HTTP body, a file) as an evidence entry, checking its date against `today`. */
export function parseEvidence(input: unknown, today: LocalDate): EvidenceParse {
  const parsed = evidenceSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        issue(i.path, i.code === "unrecognized_keys" ? `unknown field ${i.keys.join(", ")}` : i.message),
      ),
    };
  }
  const issues = checkEvidence(parsed.data, today);
  return issues.length === 0 ? { ok: true, evidence: parsed.data } : { ok: false, issues };
}
