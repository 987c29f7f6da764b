import type { Competency, PmbokItem, RoleWeights, TalentArea } from "../competencies/competency.js";

// The career hub's competency model, from career-facts.md (collected 2026-11): grouped by PMI's
// Talent Triangle, mapped onto PMBOK 8's domains and principles, made of the seeds' core skills and
// the 10-skill path. Which area and domain a skill sits in, and the role weights, are Keel's
// editorial judgement. Update facts, `asOf` and `source` together; bump the version on any change
// so stored readiness figures can say which model they used.

export const COMPETENCY_MODEL_VERSION = 1;
export const COMPETENCIES_AS_OF = "2026-11";

const CORE = "career-facts.md, core skills (seed 000)";
const PATH = "career-facts.md, the 10-skill path (seed 003)";
const PMBOK = "career-facts.md, PMBOK 8 (late 2025) performance domains";

export const TALENT_TRIANGLE_SOURCE = "PMI Talent Triangle (renamed April 2022), career-facts.md";
export const TALENT_AREA_IDS = ["ways-of-working", "power-skills", "business-acumen"] as const;
export type TalentAreaId = (typeof TALENT_AREA_IDS)[number];

export const TALENT_TRIANGLE: readonly TalentArea[] = [
  {
    id: "ways-of-working",
    name: "Ways of Working",
    description: "Methods and tools for getting the work done: predictive, agile and hybrid.",
  },
  {
    id: "power-skills",
    name: "Power Skills",
    description: "Communicating, leading and influencing the people the work depends on.",
  },
  {
    id: "business-acumen",
    name: "Business Acumen",
    description: "Knowing the business and the domain, and steering the work toward value.",
  },
];

export const PMBOK8_SOURCE = "career-facts.md, PMBOK 8 (late 2025)";
export const PMBOK_DOMAIN_IDS = [
  "governance",
  "scope",
  "schedule",
  "finance",
  "stakeholders",
  "resources",
  "risk",
] as const;
export type PmbokDomainId = (typeof PMBOK_DOMAIN_IDS)[number];
export const PMBOK_PRINCIPLE_IDS = [
  "holistic-view",
  "focus-on-value",
  "embed-quality",
  "accountable-leader",
  "integrate-sustainability",
  "empowered-culture",
] as const;
export type PmbokPrincipleId = (typeof PMBOK_PRINCIPLE_IDS)[number];

export const PMBOK8_DOMAINS: readonly PmbokItem<PmbokDomainId>[] = [
  { id: "governance", name: "Governance" },
  { id: "scope", name: "Scope" },
  { id: "schedule", name: "Schedule" },
  { id: "finance", name: "Finance" },
  { id: "stakeholders", name: "Stakeholders" },
  { id: "resources", name: "Resources" },
  { id: "risk", name: "Risk" },
];

export const PMBOK8_PRINCIPLES: readonly PmbokItem<PmbokPrincipleId>[] = [
  { id: "holistic-view", name: "Holistic view" },
  { id: "focus-on-value", name: "Focus on value" },
  { id: "embed-quality", name: "Embed quality" },
  { id: "accountable-leader", name: "Accountable leader" },
  { id: "integrate-sustainability", name: "Integrate sustainability" },
  { id: "empowered-culture", name: "Empowered culture" },
];

export const COMPETENCY_IDS = [
  "pm-fundamentals",
  "scope-management",
  "scheduling",
  "dependency-management",
  "milestone-tracking",
  "resource-planning",
  "budget-basics",
  "risk-management",
  "change-control",
  "status-reporting",
  "stakeholder-communication",
  "expectation-setting",
  "leadership-without-authority",
  "agile-scrum",
  "pm-tools",
  "technical-literacy",
  "metrics-decisions",
  "product-strategy",
] as const;
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

const AS_OF = COMPETENCIES_AS_OF;

export const COMPETENCIES: readonly Competency[] = [
  {
    id: "pm-fundamentals",
    name: "Project management fundamentals",
    group: "ways-of-working",
    description:
      "The life cycle, the vocabulary and the standard processes: initiating, planning, executing, monitoring and closing work.",
    source: PATH,
    asOf: AS_OF,
    pmbokPrinciples: ["holistic-view"],
    practice: "detailed-plan",
    certifications: ["CAPM", "PMP", "PRINCE2-F", "PROJECT-PLUS", "GOOGLE-PM"],
  },
  {
    id: "scope-management",
    name: "Scope",
    group: "ways-of-working",
    description:
      "Saying what is in and out: breaking the work down, writing acceptance criteria, keeping additions visible.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "scope",
    pmbokPrinciples: ["embed-quality"],
    practice: "requirements-document",
  },
  {
    id: "scheduling",
    name: "Planning and scheduling",
    group: "ways-of-working",
    description:
      "A plan whose dates are honest: durations, links, the critical path, and a baseline to measure against.",
    source: `${CORE}; ${PATH}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "schedule",
    practice: "detailed-plan",
  },
  {
    id: "dependency-management",
    name: "Dependency management",
    group: "ways-of-working",
    description:
      "Knowing what waits on what, inside the team and outside it (vendors, other teams), and chasing it before it bites.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "schedule",
    pmbokPrinciples: ["holistic-view"],
    practice: "risk-register",
  },
  {
    id: "milestone-tracking",
    name: "Milestone tracking",
    group: "ways-of-working",
    description: "Following the dates that matter to others, seeing a slip early and saying so.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "schedule",
    practice: "launch-beta-ga",
  },
  {
    id: "resource-planning",
    name: "Resource planning",
    group: "ways-of-working",
    description:
      "Matching the work to the people available: capacity, time off, over-allocation and leveling.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "resources",
    practice: "quarter-capacity-plan",
  },
  {
    id: "budget-basics",
    name: "Budget basics",
    group: "business-acumen",
    description: "What the work costs and will cost: rates, estimates, actual cost, earned value.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "finance",
  },
  {
    id: "risk-management",
    name: "Risk management",
    group: "ways-of-working",
    description:
      "A living risk register: risks with owners, responses and review dates, acted on before they happen.",
    source: `${CORE} (risk control); ${PATH}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "risk",
    practice: "risk-register",
  },
  {
    id: "change-control",
    name: "Change control",
    group: "ways-of-working",
    description:
      "Changes asked for, weighed for their impact on dates and cost, decided by the right person, recorded.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "governance",
  },
  {
    id: "status-reporting",
    name: "Status reporting",
    group: "power-skills",
    description:
      "Regular status that leadership can act on: an honest RAG, what changed, the blockers and the asks.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "governance",
    practice: "kpi-dashboard",
  },
  {
    id: "stakeholder-communication",
    name: "Stakeholder communication",
    group: "power-skills",
    description:
      "Knowing who cares about the work, telling each what they need, and hearing what they need back.",
    source: `${CORE}; ${PATH}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "stakeholders",
    practice: "kpi-dashboard",
  },
  {
    id: "expectation-setting",
    name: "Expectation-setting",
    group: "power-skills",
    description:
      "Promising dates and scope with their uncertainty (a P80, not a hope) and resetting them early.",
    source: `${CORE}; ${PMBOK}`,
    asOf: AS_OF,
    pmbokDomain: "stakeholders",
    practice: "launch-beta-ga",
  },
  {
    id: "leadership-without-authority",
    name: "Leadership without authority",
    group: "power-skills",
    description:
      "Getting people who do not report to you to commit: aligning, negotiating, unblocking, owning the outcome.",
    source: PATH,
    asOf: AS_OF,
    pmbokPrinciples: ["accountable-leader", "empowered-culture"],
  },
  {
    id: "agile-scrum",
    name: "Agile and Scrum",
    group: "ways-of-working",
    description: "Iterative delivery: backlog, sprints, reviews and retrospectives, and why they exist.",
    source: PATH,
    asOf: AS_OF,
    pmbokPrinciples: ["empowered-culture"],
    practice: "two-week-sprint",
    certifications: ["CSM", "PSM-I", "PMI-ACP"],
  },
  {
    id: "pm-tools",
    name: "Project tools",
    group: "ways-of-working",
    description: "Setting up and running the team's tracker and documents (Jira, Confluence, Asana, Keel).",
    source: PATH,
    asOf: AS_OF,
    practice: "configure-tracker",
  },
  {
    id: "technical-literacy",
    name: "Technical literacy",
    group: "business-acumen",
    description:
      "Understanding the system well enough to question an estimate, weigh a design trade-off and explain it plainly.",
    source: PATH,
    asOf: AS_OF,
    practice: "requirements-document",
  },
  {
    id: "metrics-decisions",
    name: "Metrics and data-driven decisions",
    group: "business-acumen",
    description: "Choosing the measures that matter, delivery and business alike, and deciding from them.",
    source: PATH,
    asOf: AS_OF,
    pmbokPrinciples: ["focus-on-value"],
    practice: "kpi-dashboard",
  },
  {
    id: "product-strategy",
    name: "Product strategy",
    group: "business-acumen",
    description: "Objectives and key results, prioritisation, and a vision the roadmap serves.",
    source: `${PATH} (OKRs, prioritisation)`,
    asOf: AS_OF,
    pmbokPrinciples: ["focus-on-value"],
    practice: "product-vision",
  },
];

export const ROLE_WEIGHTS_AS_OF = "2026-11";
export const ROLE_WEIGHTS_SOURCE =
  "Keel editorial judgement from the target roles in career-facts.md (seeds 000, 001, 003, 004); not a standard";

export const ROLE_WEIGHTS: readonly RoleWeights[] = [
  {
    role: "technical-project-coordinator",
    editorial: true,
    weights: {
      "pm-fundamentals": { weight: 2, reason: "Coordinators run the standard processes others set up." },
      "scope-management": { weight: 1, reason: "Scope is usually set by the project manager." },
      scheduling: { weight: 3, reason: "Keeping the plan current is the daily job." },
      "dependency-management": {
        weight: 2,
        reason: "Chasing hand-offs between teams falls to the coordinator.",
      },
      "milestone-tracking": {
        weight: 3,
        reason: "Tracking dates and flagging slips is the core of the role.",
      },
      "resource-planning": {
        weight: 1,
        reason: "Capacity is usually decided by leads; the coordinator tracks it.",
      },
      "budget-basics": { weight: 0, reason: "Budgets rarely sit with a coordinator." },
      "risk-management": { weight: 2, reason: "Coordinators keep the RAID log up to date." },
      "change-control": { weight: 1, reason: "Records change requests; others decide them." },
      "status-reporting": { weight: 3, reason: "Status reports are the role's main output." },
      "stakeholder-communication": { weight: 2, reason: "Keeps teams and leads informed." },
      "expectation-setting": { weight: 1, reason: "Dates are promised by the project manager." },
      "leadership-without-authority": {
        weight: 1,
        reason: "Nudges people to update their work, rarely more.",
      },
      "agile-scrum": { weight: 1, reason: "Helps to follow the team's ceremonies." },
      "pm-tools": { weight: 3, reason: "Coordinators own the tracker and its hygiene." },
      "technical-literacy": {
        weight: 2,
        reason: "Technical teams expect the coordinator to follow their work.",
      },
      "metrics-decisions": { weight: 1, reason: "Gathers the numbers; others decide from them." },
      "product-strategy": { weight: 0, reason: "Product direction is outside the role." },
    },
  },
  {
    role: "implementation-manager",
    editorial: true,
    weights: {
      "pm-fundamentals": { weight: 2, reason: "Each implementation is a project with a life cycle." },
      "scope-management": { weight: 3, reason: "Customer scope is fixed in a contract and defended." },
      scheduling: { weight: 2, reason: "Rollout plans with customer dates." },
      "dependency-management": {
        weight: 3,
        reason: "Customer IT, vendors and internal teams all hold pieces.",
      },
      "milestone-tracking": {
        weight: 3,
        reason: "Go-live and acceptance milestones are what the customer pays for.",
      },
      "resource-planning": { weight: 2, reason: "Consultants and engineers are shared across customers." },
      "budget-basics": { weight: 2, reason: "Implementations have fees and budgets to keep." },
      "risk-management": { weight: 2, reason: "Go-live risks need owners on both sides." },
      "change-control": { weight: 3, reason: "Customer change requests decide margin and dates." },
      "status-reporting": { weight: 2, reason: "Customers expect regular status." },
      "stakeholder-communication": { weight: 3, reason: "The role faces the customer every day." },
      "expectation-setting": { weight: 3, reason: "Keeping customer promises realistic is the job." },
      "leadership-without-authority": { weight: 2, reason: "Customer staff do not report to you." },
      "agile-scrum": { weight: 1, reason: "Some product teams behind the rollout work in sprints." },
      "pm-tools": { weight: 1, reason: "Uses the tools; rarely configures them." },
      "technical-literacy": {
        weight: 3,
        reason: "Integrations and data migrations must be understood to be planned.",
      },
      "metrics-decisions": { weight: 1, reason: "Adoption numbers matter after go-live." },
      "product-strategy": { weight: 1, reason: "Feeds customer needs back to product." },
    },
  },
  {
    role: "scrum-master",
    editorial: true,
    weights: {
      "pm-fundamentals": { weight: 1, reason: "Useful background; Scrum replaces much of it." },
      "scope-management": { weight: 1, reason: "The product owner owns the backlog." },
      scheduling: { weight: 1, reason: "Sprints replace most of a schedule." },
      "dependency-management": { weight: 2, reason: "Removing impediments often means chasing other teams." },
      "milestone-tracking": { weight: 1, reason: "Release dates matter, sprint goals more." },
      "resource-planning": { weight: 1, reason: "The team plans its own capacity per sprint." },
      "budget-basics": { weight: 0, reason: "Budgets sit outside the Scrum team." },
      "risk-management": { weight: 1, reason: "Risks surface as impediments." },
      "change-control": { weight: 0, reason: "Change is absorbed through the backlog, not a change board." },
      "status-reporting": {
        weight: 1,
        reason: "Transparency comes from the team's artefacts more than reports.",
      },
      "stakeholder-communication": { weight: 2, reason: "Sprint reviews bring stakeholders to the team." },
      "expectation-setting": {
        weight: 2,
        reason: "Explains what a forecast from velocity does and does not promise.",
      },
      "leadership-without-authority": {
        weight: 3,
        reason: "A servant leader with no authority over the team.",
      },
      "agile-scrum": { weight: 3, reason: "The role is defined by Scrum." },
      "pm-tools": { weight: 2, reason: "Boards and backlogs live in the team's tracker." },
      "technical-literacy": { weight: 1, reason: "Helps to follow the team's impediments." },
      "metrics-decisions": { weight: 2, reason: "Flow metrics guide the team's improvements." },
      "product-strategy": { weight: 1, reason: "Coaches the product owner on the backlog." },
    },
  },
  {
    role: "project-analyst",
    editorial: true,
    weights: {
      "pm-fundamentals": { weight: 2, reason: "Analysts support the standard processes." },
      "scope-management": {
        weight: 2,
        reason: "Requirements and acceptance criteria are often written by the analyst.",
      },
      scheduling: { weight: 2, reason: "Maintains plans and their baselines." },
      "dependency-management": { weight: 1, reason: "Records dependencies; others chase them." },
      "milestone-tracking": { weight: 2, reason: "Reports milestone trends." },
      "resource-planning": { weight: 2, reason: "Prepares capacity and utilisation figures." },
      "budget-basics": { weight: 2, reason: "Tracks cost and earned value." },
      "risk-management": { weight: 2, reason: "Keeps the risk register's numbers." },
      "change-control": { weight: 1, reason: "Prepares impact analyses for decisions." },
      "status-reporting": { weight: 3, reason: "Builds the reports and dashboards." },
      "stakeholder-communication": { weight: 1, reason: "Works mostly through the project manager." },
      "expectation-setting": { weight: 1, reason: "Supplies the forecasts others promise from." },
      "leadership-without-authority": { weight: 0, reason: "The role analyses rather than leads." },
      "agile-scrum": { weight: 1, reason: "Helps when the project runs in sprints." },
      "pm-tools": { weight: 2, reason: "Reports come out of the tracker." },
      "technical-literacy": { weight: 1, reason: "Helps to read the team's data." },
      "metrics-decisions": { weight: 3, reason: "Turning data into decisions is the job." },
      "product-strategy": { weight: 1, reason: "Business cases touch strategy." },
    },
  },
  {
    role: "associate-project-manager",
    editorial: true,
    weights: {
      "pm-fundamentals": { weight: 3, reason: "The role is hired on knowing the basics." },
      "scope-management": { weight: 2, reason: "Owns scope on smaller projects." },
      scheduling: { weight: 3, reason: "Builds and keeps the plan." },
      "dependency-management": { weight: 2, reason: "Chases hand-offs on the projects it runs." },
      "milestone-tracking": { weight: 3, reason: "Tracks the dates of every project it touches." },
      "resource-planning": { weight: 2, reason: "Plans who does what on small projects." },
      "budget-basics": { weight: 1, reason: "Tracks budgets others set." },
      "risk-management": { weight: 2, reason: "Runs the risk register." },
      "change-control": { weight: 2, reason: "Runs change requests through impact analysis." },
      "status-reporting": { weight: 3, reason: "Writes the weekly status." },
      "stakeholder-communication": { weight: 2, reason: "Talks to the team and the sponsor." },
      "expectation-setting": { weight: 2, reason: "Promises dates on small projects." },
      "leadership-without-authority": { weight: 2, reason: "Leads teams that report elsewhere." },
      "agile-scrum": { weight: 2, reason: "Many teams are agile or hybrid." },
      "pm-tools": { weight: 2, reason: "Keeps the project's tracker." },
      "technical-literacy": { weight: 1, reason: "Helps; the role is not technical by definition." },
      "metrics-decisions": { weight: 1, reason: "Reports the delivery numbers." },
      "product-strategy": { weight: 1, reason: "Projects serve a strategy someone else sets." },
    },
  },
  {
    role: "technical-project-manager",
    editorial: true,
    weights: {
      "pm-fundamentals": { weight: 2, reason: "Expected, and proved by delivery more than by terms." },
      "scope-management": { weight: 3, reason: "Trading scope against dates is a weekly decision." },
      scheduling: { weight: 3, reason: "Owns the plan and its critical path." },
      "dependency-management": {
        weight: 3,
        reason: "Cross-team and vendor dependencies drive technical projects.",
      },
      "milestone-tracking": { weight: 2, reason: "Tracked by the team; owned by the TPM." },
      "resource-planning": { weight: 2, reason: "Negotiates capacity with engineering managers." },
      "budget-basics": { weight: 2, reason: "Owns cost on larger projects." },
      "risk-management": { weight: 3, reason: "Technical risk is the TPM's to see first." },
      "change-control": { weight: 2, reason: "Decides or escalates changes with their impact." },
      "status-reporting": { weight: 2, reason: "Reports to leadership." },
      "stakeholder-communication": { weight: 3, reason: "Translates between engineering and the business." },
      "expectation-setting": { weight: 3, reason: "Promises dates leadership plans around." },
      "leadership-without-authority": { weight: 3, reason: "Leads engineers who report to other managers." },
      "agile-scrum": { weight: 2, reason: "Most engineering teams are agile." },
      "pm-tools": { weight: 1, reason: "Uses the tools; the team keeps them." },
      "technical-literacy": { weight: 3, reason: "The technical half of the title." },
      "metrics-decisions": { weight: 2, reason: "Decides from delivery and system metrics." },
      "product-strategy": { weight: 2, reason: "Shapes the roadmap with product." },
    },
  },
];
