import type {
  CertificationId,
  EducationLevel,
  ExperienceKind,
  TargetRoleId,
  TrainingDelivery,
  TrainingKind,
} from "@keel/model";

// Shapes of the career hub's reference data. Dates are plain `YYYY-MM` / `YYYY-MM-DD` strings
// (a data test checks them) so the data files read like the facts they were copied from.

/** Months of experience PMI asks for from people with these education levels. */
export interface EducationTier {
  readonly levels: readonly EducationLevel[];
  readonly months: number;
  /** "a four-year degree" */
  readonly label: string;
}

/** Distinct calendar months of one kind of work within a rolling window ending at the as-of date. */
export interface ExperienceRequirement {
  readonly kind: "experience";
  readonly experience: ExperienceKind;
  /** The work in plain words, after "months": "leading projects". */
  readonly doing: string;
  readonly windowYears: number;
  readonly months: number | readonly EducationTier[];
}

/** Contact hours of training of the listed kinds, finished by the as-of date. */
export interface TrainingRequirement {
  readonly kind: "training";
  readonly counts: readonly TrainingKind[];
  readonly hours: number;
  /** "project management education" */
  readonly what: string;
}

/** One finished course of a kind, long enough for how it was delivered. */
export interface CourseRequirement {
  readonly kind: "course";
  readonly course: TrainingKind;
  /** Minimum hours per delivery; a delivery not listed does not qualify. */
  readonly minHours: Readonly<Partial<Record<TrainingDelivery, number>>>;
  /** "a course taught by a Certified Scrum Trainer" */
  readonly what: string;
}

/** Holding one of the listed certifications (`active`: not expired at the as-of date). */
export interface HoldsRequirement {
  readonly kind: "holds";
  readonly ids: readonly CertificationId[];
  readonly active: boolean;
  /** "an active CAPM" */
  readonly what: string;
}

/** Met when any option is met; the first option is the usual route and is the one reported as missing. */
export interface AnyOfRequirement {
  readonly kind: "any-of";
  readonly options: readonly Requirement[];
}

export type Requirement =
  | ExperienceRequirement
  | TrainingRequirement
  | CourseRequirement
  | HoldsRequirement
  | AnyOfRequirement;

/** Advice for certifications without prerequisites. */
export interface Recommendation {
  readonly text: string;
  /** Months of project work (any kind) the advice suggests before the exam. */
  readonly projectMonths?: number;
  /** The advice comes from a third party, not the certifying body. */
  readonly thirdParty: boolean;
}

export interface PassMark {
  readonly percent?: number;
  readonly score?: number;
  readonly outOf?: number;
}

/** One version of an exam; `from`/`until` (inclusive `YYYY-MM-DD`) bound the dates it is given. */
export interface ExamFacts {
  readonly from?: string;
  readonly until?: string;
  readonly questions?: number;
  /** The number of questions is approximate or a maximum. */
  readonly questionsQualifier?: "about" | "up to";
  readonly scoredQuestions?: number;
  readonly minutes?: number;
  readonly passMark?: PassMark;
  readonly domains?: readonly { readonly name: string; readonly percent: number }[];
  readonly format?: string;
  readonly notes?: readonly string[];
}

export interface Renewal {
  /** Years a certificate stays valid; absent when it does not expire. */
  readonly validYears?: number;
  /** Certificates earned before this date (`YYYY-MM-DD`) do not expire. */
  readonly validSince?: string;
  readonly text: string;
}

/** A claim seen only in secondary sources: shown as unconfirmed, never used to decide eligibility. */
export interface UnconfirmedClaim {
  readonly claim: string;
  readonly sources: readonly string[];
  /** The claim matters to people who hold this certification. */
  readonly ifHolds?: CertificationId;
}

export interface CertificationFacts {
  readonly id: CertificationId;
  readonly name: string;
  readonly body: string;
  /** The month the facts were collected (`YYYY-MM`). */
  readonly asOf: string;
  /** Where the facts were found, as recorded in career-facts.md. */
  readonly sources: readonly string[];
  /** The eligibility rule in plain words. */
  readonly summary: string;
  /** All must be met; empty when anyone may sit the exam. */
  readonly requirements: readonly Requirement[];
  readonly recommendation?: Recommendation;
  readonly exams: readonly ExamFacts[];
  readonly renewal: Renewal;
  readonly unconfirmed: readonly UnconfirmedClaim[];
  readonly notes?: readonly string[];
}

/** How well a certification serves a target role, 1 (nice to have) to 3 (the usual ask). */
export interface RoleCertificationFit {
  readonly id: CertificationId;
  readonly weight: 1 | 2 | 3;
  readonly reason: string;
}

export interface RoleFit {
  readonly role: TargetRoleId;
  readonly name: string;
  readonly certifications: readonly RoleCertificationFit[];
}

/** `from` leads to `to`: once `to` is held or within reach now, `from` is no longer worth a step. */
export interface Ladder {
  readonly from: CertificationId;
  readonly to: CertificationId;
}

/** Certifications that serve the same purpose: a path takes the best-fitting one. */
export interface Alternatives {
  readonly ids: readonly CertificationId[];
  readonly reason: string;
}
