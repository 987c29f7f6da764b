export * from "./about-draft.js";
export * from "./analyse-bullet.js";
export type { BulletNumber, NumberKind, NumberRole } from "./bullet-numbers.js";
export * from "./evidence-input.js";
export * from "./headline-draft.js";
export * from "./placeholder.js";
export * from "./profile-draft-input.js";
export * from "./resume-bullets.js";
export * from "./suggest-rewrite.js";
