import type { WordList } from "./word-list.js";

/** Words that show how big the work was. */
export interface ScopeWords {
  /** Counted things that show reach: "12 engineers", "4 teams", "40,000 users". */
  readonly nouns: readonly string[];
  /** Words after a money amount that make it the size of the work ("$2M budget"), not a result. */
  readonly budgetNouns: readonly string[];
  /** Units that make a number a duration ("6-month", "over 9 weeks"). */
  readonly durationUnits: readonly string[];
  /** Phrases that show breadth without a number. */
  readonly breadth: readonly string[];
}

export const SCOPE_WORDS: WordList<ScopeWords> = {
  id: "scope-words",
  version: 1,
  asOf: "2026-11",
  source:
    'career-facts.md § Bullet quality checks ("shows scope (team size, stakeholders, systems, users, budget, duration)")',
  entries: [
    {
      nouns: [
        "team",
        "squad",
        "engineer",
        "developer",
        "designer",
        "analyst",
        "tester",
        "people",
        "person",
        "staff",
        "employee",
        "hire",
        "member",
        "stakeholder",
        "executive",
        "user",
        "customer",
        "client",
        "account",
        "partner",
        "vendor",
        "contractor",
        "supplier",
        "agency",
        "service",
        "microservice",
        "system",
        "application",
        "app",
        "product",
        "platform",
        "site",
        "location",
        "store",
        "office",
        "region",
        "country",
        "market",
        "department",
        "business unit",
        "unit",
        "repository",
        "workstream",
        "project",
        "program",
        "programme",
        "time zone",
        "language",
      ],
      budgetNouns: [
        "budget",
        "contract",
        "portfolio",
        "program",
        "programme",
        "project",
        "spend",
        "account",
        "deal",
      ],
      durationUnits: ["hour", "day", "week", "month", "quarter", "year", "sprint"],
      breadth: [
        "cross-functional",
        "cross-team",
        "multi-team",
        "company-wide",
        "organisation-wide",
        "organization-wide",
        "org-wide",
        "enterprise-wide",
        "department-wide",
        "global",
        "multinational",
        "end-to-end",
        "across teams",
        "across departments",
        "across the company",
        "across the organisation",
        "across the organization",
      ],
    },
  ],
};
