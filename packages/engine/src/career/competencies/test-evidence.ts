import { type Evidence, type EvidenceEntryInput, evidenceSchema } from "@keel/model";

let next = 0;

/** An evidence entry built through the model's schema, so tests use the shape the API accepts. */
export function testEvidence(input: Partial<EvidenceEntryInput> = {}): Evidence {
  next++;
  return evidenceSchema.parse({ id: `ev-${next}`, title: "A win", date: "2026-11-01", ...input });
}
