import type { z } from "zod";
import type { FieldError } from "./errors.js";

/** zod issues as dotted paths with messages, e.g. `duration.unit: Invalid option: expected one of …`. */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
        : issue.message,
  }));
}
