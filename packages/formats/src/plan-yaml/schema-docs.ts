import { z } from "zod";

/** Titles and descriptions for the JSON Schema; kept out of zod's global registry. */
export const schemaDocs = z.registry<{ id?: string; title?: string; description: string }>();

/** Describes a copy of `schema`, so shared schemas (dates, hours) can carry different descriptions. */
export function doc<T extends z.ZodType>(
  schema: T,
  description: string,
  named?: { id?: string; title: string },
): T {
  const copy = schema.clone() as T;
  schemaDocs.add(copy as z.ZodType, { ...named, description });
  return copy;
}

/** A reference to something else in the file, or the id others refer to. */
export const id = (description: string) =>
  doc(z.string().min(1, { error: "expected a non-empty id" }), description);

/** Text that must say something, such as a name or an owner. */
export const text = (description: string) =>
  doc(z.string().min(1, { error: "expected non-empty text" }), description);
