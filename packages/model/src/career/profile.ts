import { z } from "zod";
import { type HeldCertification, heldCertificationSchema } from "./certification.js";
import { EDUCATION_LEVELS, type EducationLevel } from "./education.js";
import { type ExperienceInterval, experienceIntervalSchema } from "./experience.js";
import { TARGET_ROLES, type TargetRoleId } from "./target-role.js";
import { type TrainingEntry, trainingEntrySchema } from "./training.js";

/** Who may see a profile: only its owner (the default), or the whole workspace. */
export const PROFILE_VISIBILITIES = ["private", "workspace"] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

/** What the career hub knows about a person: the input of the certification advisor. */
export interface Profile {
  readonly currentRole: string;
  /** Free text: stacks, systems, domains the person worked in. */
  readonly background: string;
  readonly education: EducationLevel;
  readonly experience: readonly ExperienceInterval[];
  readonly training: readonly TrainingEntry[];
  readonly certifications: readonly HeldCertification[];
  readonly targetRoles: readonly TargetRoleId[];
  readonly location?: string | undefined;
  readonly industry?: string | undefined;
  readonly visibility: ProfileVisibility;
}

export const profileSchema = z.strictObject({
  currentRole: z.string().max(200),
  background: z.string().max(5_000),
  education: z.enum(EDUCATION_LEVELS),
  experience: z.array(experienceIntervalSchema).max(500).default([]),
  training: z.array(trainingEntrySchema).max(500).default([]),
  certifications: z.array(heldCertificationSchema).max(100).default([]),
  targetRoles: z.array(z.enum(TARGET_ROLES)).max(TARGET_ROLES.length).default([]),
  location: z.string().max(200).optional(),
  industry: z.string().max(200).optional(),
  visibility: z.enum(PROFILE_VISIBILITIES).default("private"),
}) satisfies z.ZodType<Profile>;

/** What `profileSchema` accepts: lists and visibility may be left out. */
export type ProfileInput = z.input<typeof profileSchema>;
