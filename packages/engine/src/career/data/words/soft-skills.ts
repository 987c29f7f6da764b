import type { Term, WordList } from "./word-list.js";

/** Power skills postings ask for; found in evidence by the same words. */
export const SOFT_SKILLS: WordList<Term> = {
  id: "soft-skills",
  version: 1,
  asOf: "2026-11",
  source:
    "career-facts.md § Seed-derived structure (stakeholder communication, leadership without authority) and § How match tools score (soft skills are a Jobscan category)",
  entries: [
    {
      term: "communication",
      aliases: ["communication skills", "written and verbal communication", "communicate", "communicated"],
    },
    { term: "leadership" },
    {
      term: "influence without authority",
      aliases: ["leadership without authority", "lead without authority", "influencing"],
    },
    { term: "collaboration", aliases: ["collaborate", "collaborated", "collaborative"] },
    { term: "facilitation", aliases: ["facilitate", "facilitated", "facilitating", "workshops"] },
    { term: "negotiation", aliases: ["negotiate", "negotiated", "negotiating"] },
    { term: "conflict resolution", aliases: ["conflict", "conflicts"] },
    { term: "problem solving", aliases: ["problem-solver"] },
    { term: "attention to detail", aliases: ["detail-oriented"] },
    {
      term: "organisational skills",
      aliases: [
        "organizational skills",
        "highly organised",
        "highly organized",
        "well organised",
        "well organized",
      ],
    },
    { term: "time management" },
    { term: "presentations", aliases: ["presenting", "presentation skills"] },
    { term: "mentoring", aliases: ["mentor", "mentored", "coaching", "coached"] },
    { term: "decision making", aliases: ["decision-making"] },
    { term: "customer-facing", aliases: ["client-facing"] },
    { term: "executive communication", aliases: ["executive stakeholders", "senior leadership", "C-level"] },
    { term: "ambiguity", aliases: ["ambiguous"] },
  ],
};
