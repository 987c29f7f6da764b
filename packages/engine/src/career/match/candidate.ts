/** One piece of the candidate's evidence, by id so a match can point back to it. */
export interface CandidateEvidence {
  readonly id: string;
  /** Everything the evidence says (title, situation, action, result, metrics) as one text. */
  readonly text: string;
}

/** What a posting is matched against: the candidate's own records, nothing inferred. */
export interface MatchCandidate {
  readonly evidence: readonly CandidateEvidence[];
  /** Skills and competencies in the candidate's words. */
  readonly skills: readonly string[];
  /** Certifications held, by name or id ("PMP", "Certified ScrumMaster", "PSM-I"). */
  readonly certifications: readonly string[];
  /** Job titles held. */
  readonly titles: readonly string[];
  /** Degrees and courses, for postings that ask for education. */
  readonly education?: readonly string[] | undefined;
}

/** Where in the candidate's records a term was found. */
export interface MatchPlace {
  readonly source: "evidence" | "skills" | "certifications" | "titles" | "education";
  /** The evidence id, for evidence. */
  readonly id?: string | undefined;
  /** The skill, title or certification as written, or the words around the term in the evidence. */
  readonly text: string;
}
