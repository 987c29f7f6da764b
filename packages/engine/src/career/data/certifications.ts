import type { CertificationFacts, UnconfirmedClaim } from "./certification-types.js";

// Copied from career-facts.md (collected 2026-11). Certifying bodies change their rules: update
// these facts, `asOf` and `sources` together, and let the tests say which rules moved.

/** The month these facts were collected; each certification also carries its own `asOf`. */
export const CERTIFICATIONS_AS_OF = "2026-11";

const GOOGLE_PM_COUNTS: UnconfirmedClaim = {
  claim:
    "The Google Project Management Certificate counts toward PMI's 35 h / 23 h of project management education",
  sources: ["googlepmcertguide.com (secondary sources only)"],
  ifHolds: "GOOGLE-PM",
};

export const CERTIFICATIONS: readonly CertificationFacts[] = [
  {
    id: "PMP",
    name: "Project Management Professional",
    body: "PMI",
    asOf: "2026-11",
    sources: [
      "pmtycoon.app/en/pmp-requirements-2026",
      "bmtconsulting.net/exam-requirements",
      "pmicic.pmtraining.com",
      "promanconsulting.hu",
      "projectvictor.com",
    ],
    summary:
      "35 hours of project management education or an active CAPM, plus distinct months leading and directing projects within the last 8 years: 60 with a secondary or associate degree, 36 with a four-year degree, 24 with a GAC-accredited bachelor's or postgraduate degree.",
    requirements: [
      {
        kind: "experience",
        experience: "leading",
        doing: "leading projects",
        windowYears: 8,
        months: [
          { levels: ["secondary", "associate"], months: 60, label: "a secondary or associate degree" },
          { levels: ["bachelor", "master", "doctorate"], months: 36, label: "a four-year degree" },
          {
            levels: ["bachelor-gac"],
            months: 24,
            label: "a GAC-accredited bachelor's or postgraduate degree",
          },
        ],
      },
      {
        kind: "any-of",
        options: [
          { kind: "training", counts: ["pm"], hours: 35, what: "project management education" },
          { kind: "holds", ids: ["CAPM"], active: true, what: "an active CAPM" },
        ],
      },
    ],
    exams: [
      {
        until: "2026-07-08",
        questions: 180,
        minutes: 230,
        domains: [
          { name: "People", percent: 42 },
          { name: "Process", percent: 50 },
          { name: "Business Environment", percent: 8 },
        ],
      },
      {
        from: "2026-07-09",
        questions: 185,
        questionsQualifier: "about",
        scoredQuestions: 175,
        minutes: 240,
        domains: [
          { name: "People", percent: 33 },
          { name: "Process", percent: 41 },
          { name: "Business Environment", percent: 26 },
        ],
        notes: ["Adds AI, sustainability and value.", "Eligibility unchanged by the new outline."],
      },
    ],
    renewal: {
      validYears: 3,
      text: "60 PDUs every 3 years: at least 35 in education, at least 8 in each Talent Triangle area, at most 25 giving back.",
    },
    unconfirmed: [GOOGLE_PM_COUNTS],
    notes: ["The job title need not say project manager: leading and directing the work is what counts."],
  },
  {
    id: "CAPM",
    name: "Certified Associate in Project Management",
    body: "PMI",
    asOf: "2026-11",
    sources: ["pmi.org CAPM page", "careeremployer.com"],
    summary:
      "A secondary degree and 23 hours of project management education finished before the exam; no experience needed.",
    requirements: [{ kind: "training", counts: ["pm"], hours: 23, what: "project management education" }],
    exams: [
      {
        questions: 150,
        minutes: 180,
        domains: [
          { name: "Fundamentals", percent: 36 },
          { name: "Predictive", percent: 17 },
          { name: "Agile", percent: 20 },
          { name: "Business Analysis", percent: 27 },
        ],
        notes: ["2023 exam outline."],
      },
    ],
    renewal: { validYears: 3, text: "15 PDUs every 3 years." },
    unconfirmed: [GOOGLE_PM_COUNTS],
    notes: ["An active CAPM stands in for the PMP's 35 hours of project management education."],
  },
  {
    id: "PMI-ACP",
    name: "PMI Agile Certified Practitioner",
    body: "PMI",
    asOf: "2026-11",
    sources: ["pmtrainingschool.com", "masteryexamprep"],
    summary:
      "A secondary degree, 24 months of agile experience within the last 5 years and 28 hours of agile training.",
    requirements: [
      { kind: "experience", experience: "agile", doing: "on agile teams", windowYears: 5, months: 24 },
      { kind: "training", counts: ["agile", "scrum-course-cst"], hours: 28, what: "agile training" },
    ],
    exams: [
      {
        questions: 120,
        scoredQuestions: 100,
        minutes: 180,
        domains: [
          { name: "Mindset", percent: 28 },
          { name: "Leadership", percent: 25 },
          { name: "Product", percent: 19 },
          { name: "Delivery", percent: 28 },
        ],
        notes: ["Exam outline of October 2024."],
      },
    ],
    renewal: { validYears: 3, text: "30 PDUs every 3 years." },
    unconfirmed: [
      {
        claim: "A current PMP satisfies the PMI-ACP experience requirement",
        sources: ["pmtrainingschool.com", "masteryexamprep"],
        ifHolds: "PMP",
      },
    ],
    notes: ["The old rule (2,000 h general, 1,500 h agile, 21 h training) is obsolete."],
  },
  {
    id: "PRINCE2-F",
    name: "PRINCE2 7 Foundation",
    body: "PeopleCert",
    asOf: "2026-11",
    sources: ["open-exam-prep.com", "hiraedu.com", "examsimul.com"],
    summary: "No prerequisites.",
    requirements: [],
    exams: [
      {
        questions: 60,
        minutes: 60,
        passMark: { percent: 60, score: 36, outOf: 60 },
        format: "closed book",
      },
    ],
    renewal: {
      validYears: 3,
      validSince: "2023-01-01",
      text: "Valid 3 years (for certificates since 2023-01-01), or keep it current through CPD.",
    },
    unconfirmed: [],
  },
  {
    id: "PRINCE2-P",
    name: "PRINCE2 7 Practitioner",
    body: "PeopleCert",
    asOf: "2026-11",
    sources: ["atmicnetworks.com", "hiraedu.com"],
    summary: "Holds PRINCE2 Foundation (6th or 7th edition), PMP, CAPM or an IPMA certification.",
    requirements: [
      {
        kind: "holds",
        ids: ["PRINCE2-F", "PMP", "CAPM", "IPMA"],
        active: false,
        what: "PRINCE2 Foundation (6th or 7th edition), PMP, CAPM or an IPMA certification",
      },
    ],
    exams: [
      {
        minutes: 150,
        passMark: { percent: 60, score: 42, outOf: 70 },
        format: "open book (the official manual)",
      },
    ],
    renewal: { validYears: 3, text: "Valid 3 years." },
    unconfirmed: [],
  },
  {
    id: "CSM",
    name: "Certified ScrumMaster",
    body: "Scrum Alliance",
    asOf: "2026-11",
    sources: ["csmscrumguide.com", "zoctech.com"],
    summary:
      "Complete a course taught by a Certified Scrum Trainer: 16 hours in person or at least 14 hours live online.",
    requirements: [
      {
        kind: "course",
        course: "scrum-course-cst",
        minHours: { "in-person": 16, "live-online": 14 },
        what: "a course taught by a Certified Scrum Trainer",
      },
    ],
    exams: [
      {
        questions: 50,
        minutes: 60,
        passMark: { percent: 74 },
        notes: ["Two attempts within 90 days."],
      },
    ],
    renewal: { validYears: 2, text: "Every 2 years: $100 and 20 Scrum Education Units." },
    unconfirmed: [],
  },
  {
    id: "PSM-I",
    name: "Professional Scrum Master I",
    body: "Scrum.org",
    asOf: "2026-11",
    sources: ["scrum.org PSM I page"],
    summary: "No prerequisites; a course is optional.",
    requirements: [],
    exams: [{ questions: 80, minutes: 60, passMark: { percent: 85 }, notes: ["$200 per attempt."] }],
    renewal: { text: "Lifetime: does not expire." },
    unconfirmed: [],
  },
  {
    id: "PROJECT-PLUS",
    name: "CompTIA Project+ (PK0-005)",
    body: "CompTIA",
    asOf: "2026-11",
    sources: ["masterytechexams", "nex-arc-learning.com"],
    summary: "No prerequisites.",
    requirements: [],
    recommendation: {
      text: "6–12 months of project experience recommended",
      projectMonths: 6,
      thirdParty: true,
    },
    exams: [
      {
        questions: 90,
        questionsQualifier: "up to",
        minutes: 90,
        passMark: { score: 710, outOf: 900 },
      },
    ],
    renewal: { text: "Does not expire." },
    unconfirmed: [],
  },
  {
    id: "GOOGLE-PM",
    name: "Google Project Management Certificate",
    body: "Google",
    asOf: "2026-11",
    sources: ["googlepmcertguide.com"],
    summary: "No prerequisites.",
    requirements: [],
    recommendation: { text: "6 courses, about 6 months at about 10 hours a week", thirdParty: true },
    exams: [{ format: "graded coursework and a capstone; no proctored exam" }],
    renewal: { text: "Does not expire." },
    unconfirmed: [GOOGLE_PM_COUNTS],
  },
  {
    id: "ITIL4-F",
    name: "ITIL 4 Foundation",
    body: "PeopleCert",
    asOf: "2026-11",
    sources: ["saservices.com.ph", "globalexamatlas.com"],
    summary: "No prerequisites.",
    requirements: [],
    exams: [{ questions: 40, minutes: 60, passMark: { percent: 65, score: 26, outOf: 40 } }],
    renewal: { validYears: 3, text: "Valid 3 years." },
    unconfirmed: [],
  },
];
