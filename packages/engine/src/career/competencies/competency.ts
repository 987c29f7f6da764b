import type { CertificationId, TargetRoleId } from "@keel/model";
import type { CompetencyId, PmbokDomainId, PmbokPrincipleId, TalentAreaId } from "../data/competencies.js";
import type { ExerciseId } from "../data/exercises.js";

// Shapes of the competency model's data. `asOf` is the month the facts were read (`YYYY-MM`);
// `source` says where, in words a reviewer can follow back to career-facts.md.

/** One side of PMI's Talent Triangle: the groups competencies sit in. */
export interface TalentArea {
  readonly id: TalentAreaId;
  readonly name: string;
  readonly description: string;
}

/** A PMBOK 8 performance domain or principle, by its name in the standard. */
export interface PmbokItem<Id extends string> {
  readonly id: Id;
  readonly name: string;
}

export interface Competency {
  readonly id: CompetencyId;
  readonly name: string;
  readonly group: TalentAreaId;
  /** What the competency looks like in a technical project manager's work. */
  readonly description: string;
  readonly source: string;
  readonly asOf: string;
  readonly pmbokDomain?: PmbokDomainId | undefined;
  readonly pmbokPrinciples?: readonly PmbokPrincipleId[] | undefined;
  /** The practice exercise that trains it best. */
  readonly practice?: ExerciseId | undefined;
  /** Certifications whose exam tests it: a gap here can be closed on the recommended path. */
  readonly certifications?: readonly CertificationId[] | undefined;
}

/** 0: not asked of the role; 1: helps; 2: expected; 3: the core of the job. */
export type CompetencyWeight = 0 | 1 | 2 | 3;

export interface RoleCompetencyWeight {
  readonly weight: CompetencyWeight;
  readonly reason: string;
}

/** How much a target role asks of each competency: Keel's editorial judgement, not a standard. */
export interface RoleWeights {
  readonly role: TargetRoleId;
  readonly editorial: true;
  readonly weights: Readonly<Record<CompetencyId, RoleCompetencyWeight>>;
}
