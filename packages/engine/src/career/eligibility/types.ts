import type { CertificationId, LocalDate, YearMonth } from "@keel/model";
import type { ExamFacts, Renewal, UnconfirmedClaim } from "../data/certification-types.js";

/** One thing still missing before the exam, as a quantity: have 22 of 36 months. */
export interface Gap {
  readonly what: string;
  readonly have: number;
  readonly need: number;
  readonly unit: "months" | "hours" | "courses" | "certifications";
}

/** How one requirement stands for a profile. */
export interface RequirementResult {
  readonly met: boolean;
  readonly missing: readonly Gap[];
  /** For experience: the first month it is met if the work goes on every month. */
  readonly earliest?: YearMonth | undefined;
  readonly messages: readonly string[];
}

/** A certification the profile lists; `expires` is derived from the usual validity when not given. */
export interface Holding {
  readonly earned: LocalDate;
  readonly expires?: LocalDate | undefined;
  readonly active: boolean;
}

export interface CertificationEligibility {
  readonly id: CertificationId;
  readonly name: string;
  readonly body: string;
  readonly asOf: string;
  readonly eligible: boolean;
  readonly missing: readonly Gap[];
  /** The first month every experience requirement is met, if the person keeps going. */
  readonly earliest?: YearMonth | undefined;
  readonly messages: readonly string[];
  readonly holding?: Holding | undefined;
  /** The exam given on the as-of date, and the next version when one is announced. */
  readonly exam?: ExamFacts | undefined;
  readonly nextExam?: ExamFacts | undefined;
  readonly renewal: Renewal;
  readonly unconfirmed: readonly UnconfirmedClaim[];
  readonly sources: readonly string[];
}
