import { z } from "zod";
import { type LocalDate, localDateSchema } from "../dates.js";

/**
 * `pm`: project management education (PMI's 35 h / 23 h). `agile`: agile training (PMI-ACP's 28 h).
 * `scrum-course-cst`: a Scrum course taught by a Certified Scrum Trainer (what CSM asks for).
 */
export const TRAINING_KINDS = ["pm", "agile", "scrum-course-cst", "other"] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const TRAINING_DELIVERIES = ["in-person", "live-online", "self-paced"] as const;
export type TrainingDelivery = (typeof TRAINING_DELIVERIES)[number];

/** A course or programme finished, with its contact hours. */
export interface TrainingEntry {
  readonly title: string;
  readonly provider: string;
  readonly kind: TrainingKind;
  readonly hours: number;
  readonly completed: LocalDate;
  /** Scrum Alliance sets different minimum hours for in-person and live online courses. */
  readonly delivery?: TrainingDelivery | undefined;
}

export const trainingEntrySchema = z
  .strictObject({
    title: z.string().min(1).max(200),
    provider: z.string().min(1).max(200),
    kind: z.enum(TRAINING_KINDS),
    hours: z
      .number({ error: "expected a number of hours" })
      .finite()
      .positive("hours must be more than 0")
      .max(10_000),
    completed: localDateSchema,
    delivery: z.enum(TRAINING_DELIVERIES).optional(),
  })
  .check((ctx) => {
    const { kind, delivery } = ctx.value;
    if (kind === "scrum-course-cst" && delivery !== "in-person" && delivery !== "live-online") {
      ctx.issues.push({
        code: "custom",
        path: ["delivery"],
        message: "a course with a Certified Scrum Trainer is taught live: say in-person or live-online",
        input: ctx.value,
      });
    }
  });
