import type { Alternatives, Ladder, RoleFit } from "./certification-types.js";

// Editorial judgement (asOf 2026-11), not a certifying body's rule: which certifications serve
// which target role, and why. Reasons rest on the facts in certifications.ts.

export const ROLE_FIT_AS_OF = "2026-11";

export const ROLE_FIT: readonly RoleFit[] = [
  {
    role: "technical-project-coordinator",
    name: "Technical project coordinator",
    certifications: [
      { id: "CAPM", weight: 3, reason: "The entry PMI credential: no experience needed, 23 h of education." },
      { id: "GOOGLE-PM", weight: 2, reason: "No prerequisites; coursework and a capstone you can show." },
      { id: "PROJECT-PLUS", weight: 2, reason: "Vendor-neutral project basics that do not expire." },
      { id: "PRINCE2-F", weight: 1, reason: "The PRINCE2 method's vocabulary; no prerequisites." },
    ],
  },
  {
    role: "implementation-manager",
    name: "Implementation manager",
    certifications: [
      { id: "PMP", weight: 3, reason: "Proves months spent leading projects end to end." },
      {
        id: "ITIL4-F",
        weight: 2,
        reason: "Service-management terms for handing implementations to operations.",
      },
      { id: "CAPM", weight: 2, reason: "PMI's entry credential while leading months accrue." },
      { id: "PRINCE2-F", weight: 1, reason: "A structured method for stage-gated rollouts." },
    ],
  },
  {
    role: "scrum-master",
    name: "Scrum master",
    certifications: [
      {
        id: "CSM",
        weight: 3,
        reason: "The Scrum Alliance credential, earned through a course with a trainer.",
      },
      { id: "PSM-I", weight: 3, reason: "The Scrum.org credential: no course required, never expires." },
      { id: "PMI-ACP", weight: 2, reason: "Agile beyond Scrum; proves 24 months on agile teams." },
    ],
  },
  {
    role: "project-analyst",
    name: "Project analyst",
    certifications: [
      { id: "CAPM", weight: 3, reason: "Business analysis is 27 % of the CAPM exam." },
      {
        id: "GOOGLE-PM",
        weight: 2,
        reason: "No prerequisites; practical tracking and reporting coursework.",
      },
      { id: "PROJECT-PLUS", weight: 2, reason: "Vendor-neutral project basics that do not expire." },
    ],
  },
  {
    role: "associate-project-manager",
    name: "Associate / junior project manager",
    certifications: [
      {
        id: "CAPM",
        weight: 3,
        reason: "The entry PMI credential; an active CAPM also stands in for the PMP's 35 h.",
      },
      { id: "PRINCE2-F", weight: 2, reason: "The PRINCE2 method's vocabulary; no prerequisites." },
      { id: "GOOGLE-PM", weight: 2, reason: "No prerequisites; coursework and a capstone you can show." },
      { id: "PROJECT-PLUS", weight: 2, reason: "Vendor-neutral project basics that do not expire." },
      { id: "PMP", weight: 1, reason: "The next step once you have led projects for long enough." },
    ],
  },
  {
    role: "technical-project-manager",
    name: "Technical project manager",
    certifications: [
      { id: "PMP", weight: 3, reason: "Proves months spent leading projects; the senior PMI credential." },
      {
        id: "PMI-ACP",
        weight: 2,
        reason: "Agile practice beyond Scrum, for teams that deliver in iterations.",
      },
      {
        id: "PRINCE2-P",
        weight: 2,
        reason: "Applying a method to real projects; PMP or CAPM already qualify you.",
      },
      { id: "PSM-I", weight: 1, reason: "Scrum fluency for working with engineering teams." },
      { id: "CAPM", weight: 1, reason: "A stepping stone that stands in for the PMP's 35 h." },
    ],
  },
];

export const LADDERS: readonly Ladder[] = [
  { from: "CAPM", to: "PMP" },
  { from: "PRINCE2-F", to: "PRINCE2-P" },
];

export const ALTERNATIVES: readonly Alternatives[] = [
  { ids: ["CSM", "PSM-I"], reason: "Both certify Scrum Master knowledge; one is enough to start." },
];
