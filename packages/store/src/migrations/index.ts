import { core } from "./0001-core.js";
import { risks } from "./0002-risks.js";
import { raid } from "./0003-raid.js";
import { tracking } from "./0004-tracking.js";
import { career } from "./0005-career.js";
import { agile } from "./0006-agile.js";
import { practiceProjects } from "./0007-practice-projects.js";
import { productVision } from "./0008-product-vision.js";
import type { Migration } from "./migration.js";

/** Every migration, oldest first. A later issue adds its tables by appending a file here. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  risks,
  raid,
  tracking,
  career,
  agile,
  practiceProjects,
  productVision,
];

export type { Migration } from "./migration.js";
