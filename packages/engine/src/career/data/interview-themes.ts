import type { InterviewTheme } from "../interview/theme.js";
import type { Term } from "./words/word-list.js";

// Behavioural interview themes for PM roles, from career-facts.md (collected 2026-11): the
// story-bank themes, merged with the five the seeds say to practise. Questions and cue words are
// Keel's wording. Bump the version when themes or cues change, so a stored coverage can say which
// list it used.

export const INTERVIEW_THEMES_VERSION = 1;
export const INTERVIEW_THEMES_AS_OF = "2026-11";

const BANK = "career-facts.md, behavioural question themes for PM roles (story bank coverage)";
const SEEDS = "career-facts.md, interview (seeds 000, 003): themes to practise";
const BOTH = `${SEEDS}; ${BANK}`;

/** Word starts: "priorit" finds "prioritised" and "priorities". */
const stems = (...forms: [string, ...string[]]): Term => ({
  term: forms[0],
  aliases: forms.slice(1),
  prefix: true,
});
/** Whole words or phrases, singular or plural. */
const words = (...forms: [string, ...string[]]): Term => ({ term: forms[0], aliases: forms.slice(1) });

export const THEME_IDS = [
  "competing-priorities",
  "project-off-track",
  "conflicting-stakeholders",
  "influence-without-authority",
  "technical-issue-under-pressure",
  "scope-creep",
  "risk-spotted-early",
  "team-conflict-overload",
  "failure-ownership",
  "decision-under-ambiguity",
  "bad-news-escalation",
  "process-improvement",
  "constraints",
  "adoption-change",
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** The five themes the seeds say to practise, in their words, and the theme each became. */
export const SEED_THEMES: readonly { readonly wording: string; readonly theme: ThemeId }[] = [
  { wording: "competing priorities", theme: "competing-priorities" },
  { wording: "project off track", theme: "project-off-track" },
  { wording: "stakeholders wanting different outcomes", theme: "conflicting-stakeholders" },
  { wording: "leading without authority", theme: "influence-without-authority" },
  { wording: "technical issue under pressure", theme: "technical-issue-under-pressure" },
];

const AS_OF = INTERVIEW_THEMES_AS_OF;

export const INTERVIEW_THEMES: readonly InterviewTheme[] = [
  {
    id: "competing-priorities",
    name: "Competing priorities",
    questions: [
      "Tell me about a time you had more urgent work than the team could do. How did you decide what came first?",
      "Describe a time two leaders each wanted their project first. What did you do?",
    ],
    competencies: ["product-strategy", "expectation-setting", "stakeholder-communication"],
    cues: [stems("priorit", "compet", "juggl", "urgen"), words("trade-off", "tradeoff")],
    source: SEEDS,
    asOf: AS_OF,
  },
  {
    id: "project-off-track",
    name: "Project off track and recovery",
    questions: [
      "Tell me about a project that went off track. How did you notice, and how did you bring it back?",
      "Describe a time a key date was about to slip. What did you do?",
    ],
    competencies: ["scheduling", "milestone-tracking", "risk-management"],
    cues: [
      words("off track", "behind schedule", "late", "critical path", "catch up"),
      stems("slip", "delay", "recover", "replan", "re-plan"),
    ],
    source: BOTH,
    asOf: AS_OF,
  },
  {
    id: "conflicting-stakeholders",
    name: "Difficult or conflicting stakeholders",
    questions: [
      "Tell me about a time two stakeholders wanted different outcomes from the same project.",
      "Describe a difficult stakeholder you worked with. How did you win them over?",
    ],
    competencies: ["stakeholder-communication", "expectation-setting"],
    cues: [words("stakeholder", "sponsor"), stems("disagre", "conflict", "negotiat", "compromis", "align")],
    source: BOTH,
    asOf: AS_OF,
  },
  {
    id: "influence-without-authority",
    name: "Influence without authority",
    questions: [
      "Tell me about a time you got people who did not report to you to commit to something.",
      "Describe a time you led a cross-functional effort without formal authority.",
    ],
    competencies: ["leadership-without-authority", "stakeholder-communication"],
    cues: [
      words("without authority", "buy-in", "cross-functional", "other teams"),
      stems("influenc", "persuad", "convinc", "rallied"),
    ],
    source: BOTH,
    asOf: AS_OF,
  },
  {
    id: "technical-issue-under-pressure",
    name: "Technical issue under pressure",
    questions: [
      "Tell me about a technical problem that threatened a deadline. What did you do in the first hours?",
      "Describe an incident you coordinated. How did you keep people informed?",
    ],
    competencies: ["technical-literacy", "risk-management", "stakeholder-communication"],
    cues: [
      words(
        "incident",
        "outage",
        "bug",
        "production",
        "hotfix",
        "rollback",
        "roll back",
        "root cause",
        "on-call",
      ),
      stems("deadline"),
    ],
    source: SEEDS,
    asOf: AS_OF,
  },
  {
    id: "scope-creep",
    name: "Scope creep and trade-offs",
    questions: [
      "Tell me about a time the scope kept growing. How did you handle it?",
      "Describe a trade-off you negotiated between scope, time and cost.",
    ],
    competencies: ["scope-management", "change-control", "expectation-setting"],
    cues: [words("scope", "change request", "trade-off", "tradeoff", "creep"), stems("descop", "de-scop")],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "risk-spotted-early",
    name: "Risk spotted early and handled",
    questions: [
      "Tell me about a risk you saw before anyone else. What did you do about it?",
      "Describe a time a mitigation you put in place paid off.",
    ],
    competencies: ["risk-management", "dependency-management"],
    cues: [words("risk", "early warning", "RAID"), stems("mitigat", "contingen", "anticipat", "foresaw")],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "team-conflict-overload",
    name: "Team conflict or overload",
    questions: [
      "Tell me about a time your team was overloaded. What did you change?",
      "Describe a conflict inside your team and how it was resolved.",
    ],
    competencies: ["resource-planning", "leadership-without-authority"],
    cues: [
      words("burnout", "burn out", "workload", "capacity"),
      stems("overload", "over-allocat", "overallocat", "overbook", "rebalanc", "level", "conflict"),
    ],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "failure-ownership",
    name: "Failure and ownership",
    questions: [
      "Tell me about a time something you were responsible for failed. What did you own, and what changed after?",
    ],
    competencies: ["leadership-without-authority", "status-reporting"],
    cues: [
      words("mistake", "lesson", "post-mortem", "postmortem", "retrospective", "missed"),
      stems("fail", "apologi"),
    ],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "decision-under-ambiguity",
    name: "Decision under ambiguity",
    questions: [
      "Tell me about a decision you made without all the information you wanted.",
      "Describe a time the requirements were unclear. How did you move forward?",
    ],
    competencies: ["metrics-decisions", "product-strategy"],
    cues: [
      words("assumption", "unknown", "unclear"),
      stems("decid", "decision", "ambigu", "uncertain", "experiment"),
    ],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "bad-news-escalation",
    name: "Delivering bad news or escalating",
    questions: [
      "Tell me about a time you had to tell leadership a date would be missed.",
      "Describe a time you escalated a problem. How did you decide it was time?",
    ],
    competencies: ["status-reporting", "expectation-setting", "stakeholder-communication"],
    cues: [words("bad news", "red", "amber", "heads-up"), stems("escalat", "warn", "flagg")],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "process-improvement",
    name: "Process improvement",
    questions: ["Tell me about a process you improved. How did you know it was better?"],
    competencies: ["pm-tools", "agile-scrum", "metrics-decisions"],
    cues: [
      words("process", "workflow", "cycle time", "lead time", "retrospective"),
      stems("improv", "automat", "streamlin", "simplif"),
    ],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "constraints",
    name: "Budget, vendor or resource constraints",
    questions: [
      "Tell me about a project with less budget or fewer people than it needed.",
      "Describe a time a vendor put your dates at risk. What did you do?",
    ],
    competencies: ["budget-basics", "resource-planning", "dependency-management"],
    cues: [
      words("budget", "vendor", "cost", "contract", "supplier", "headcount"),
      stems("constrain", "procur"),
    ],
    source: BANK,
    asOf: AS_OF,
  },
  {
    id: "adoption-change",
    name: "Adoption and change management",
    questions: [
      "Tell me about a change you rolled out that people had to adopt. How did you bring them along?",
    ],
    competencies: ["stakeholder-communication", "metrics-decisions"],
    cues: [
      words("rollout", "roll out", "rolled out", "go-live", "change management", "training"),
      stems("adopt", "onboard", "migrat"),
    ],
    source: BANK,
    asOf: AS_OF,
  },
];

/** Practice norms for a story bank and its answers, as career-facts.md found them. */
export const STORY_NORMS = {
  stories: { min: 8, max: 12 },
  actionFirst: "Spend most of the answer on the Action.",
  sayI: 'Say "I" for your part, not "we".',
  source: "career-facts.md, behavioural question themes: practice norms found",
  asOf: INTERVIEW_THEMES_AS_OF,
} as const;
