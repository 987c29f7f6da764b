import type { Term, WordList } from "./word-list.js";

/**
 * Technical words a technical PM posting asks the candidate to understand. Cloud providers stay
 * separate terms: experience with one is not experience with another.
 */
export const TECHNICAL_LITERACY: WordList<Term> = {
  id: "technical-literacy",
  version: 1,
  asOf: "2026-11",
  source: "career-facts.md § Seed-derived structure (technical literacy) and the job postings in the tests",
  entries: [
    { term: "APIs", aliases: ["API", "REST API", "REST APIs"] },
    { term: "SaaS" },
    { term: "cloud", aliases: ["cloud-based", "cloud infrastructure", "cloud platforms"] },
    { term: "AWS", aliases: ["Amazon Web Services"] },
    { term: "Azure", aliases: ["Microsoft Azure"] },
    { term: "GCP", aliases: ["Google Cloud"] },
    { term: "SDLC", aliases: ["software development lifecycle", "software development life cycle"] },
    { term: "CI/CD", aliases: ["continuous integration", "continuous delivery", "deployment pipelines"] },
    { term: "DevOps" },
    { term: "microservices" },
    { term: "system design", aliases: ["system architecture", "architecture"] },
    { term: "SQL" },
    { term: "data analysis", aliases: ["data analytics"] },
    { term: "ERP" },
    { term: "CRM" },
    { term: "integrations", aliases: ["integration", "integrate"] },
    { term: "migration", aliases: ["migrations", "migrated", "data migration"] },
    { term: "infrastructure" },
    { term: "security", aliases: ["cybersecurity", "information security"] },
    { term: "incident management", aliases: ["incident response", "incidents", "on-call"] },
    { term: "ITSM" },
    { term: "software development", aliases: ["software engineering"] },
    { term: "AI", aliases: ["artificial intelligence", "machine learning"] },
    { term: "mobile" },
  ],
};
