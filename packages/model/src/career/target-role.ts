/** Roles an engineer moving into project management aims for; kept distinct, never merged as synonyms. */
export const TARGET_ROLES = [
  "technical-project-coordinator",
  "implementation-manager",
  "scrum-master",
  "project-analyst",
  "associate-project-manager",
  "technical-project-manager",
] as const;
export type TargetRoleId = (typeof TARGET_ROLES)[number];
