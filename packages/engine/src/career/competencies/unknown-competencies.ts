import type { Evidence, EvidenceIssue } from "@keel/model";
import { COMPETENCY_IDS } from "../data/competencies.js";

const known = new Set<string>(COMPETENCY_IDS);

/** Competency ids of an entry the model does not know, as issues with their field paths (`competencies.2`). */
export function unknownCompetencies(e: Pick<Evidence, "competencies">): EvidenceIssue[] {
  return e.competencies.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `competencies.${i}`, message: `unknown competency ${id}` }],
  );
}
