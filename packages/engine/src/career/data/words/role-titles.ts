import type { TargetRoleId } from "@keel/model";
import type { Term, WordList } from "./word-list.js";

/** A job title as written in postings; `role` links the career hub's target roles. */
export interface RoleTitle extends Term {
  readonly role?: TargetRoleId | undefined;
}

/**
 * Titles are never aliases of each other: a scrum master is not an agile coach and a program
 * manager is not a product manager (career-facts.md § How match tools score, the synonym pitfall).
 * Aliases are only spellings of the same title.
 */
export const ROLE_TITLES: WordList<RoleTitle> = {
  id: "role-titles",
  version: 1,
  asOf: "2026-11",
  source: "career-facts.md § Seed-derived structure (target roles and levels) and § How match tools score",
  entries: [
    { term: "technical project coordinator", role: "technical-project-coordinator" },
    { term: "implementation manager", role: "implementation-manager" },
    { term: "scrum master", aliases: ["scrummaster"], role: "scrum-master" },
    { term: "project analyst", role: "project-analyst" },
    { term: "associate project manager", role: "associate-project-manager" },
    {
      term: "junior project manager",
      aliases: ["jr project manager", "jr. project manager"],
      role: "associate-project-manager",
    },
    { term: "technical project manager", role: "technical-project-manager" },
    { term: "technical program manager", aliases: ["TPM"] },
    { term: "project coordinator" },
    { term: "project manager" },
    { term: "program manager", aliases: ["programme manager"] },
    { term: "assistant project manager" },
    { term: "implementation consultant" },
    { term: "implementation specialist" },
    { term: "agile coach" },
    { term: "delivery manager" },
    { term: "release manager" },
    { term: "product manager" },
    { term: "product owner" },
    { term: "business analyst" },
    { term: "PMO analyst" },
    { term: "engineering manager" },
    { term: "software engineer", aliases: ["software developer"] },
    { term: "site reliability engineer", aliases: ["SRE"] },
    { term: "QA engineer", aliases: ["test engineer"] },
  ],
};

/** Words that say a title's level, not its kind of work; removed before two titles are compared. */
export const SENIORITY_WORDS: WordList<string> = {
  id: "seniority-words",
  version: 1,
  asOf: "2026-11",
  source: "career-facts.md § Seed-derived structure (levels: junior → PM → senior PM → director)",
  entries: ["senior", "sr", "lead", "principal", "staff", "i", "ii", "iii", "iv", "1", "2", "3"],
};
