/**
 * Highest education completed. PMI sorts these into three tiers (secondary or associate degree;
 * four-year degree; GAC-accredited bachelor's or postgraduate degree); the engine's certification
 * data holds that mapping, so a rule change is a data change.
 */
export const EDUCATION_LEVELS = [
  "secondary",
  "associate",
  "bachelor",
  /** A bachelor's or postgraduate degree from a programme accredited by PMI's Global Accreditation Center. */
  "bachelor-gac",
  "master",
  "doctorate",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
