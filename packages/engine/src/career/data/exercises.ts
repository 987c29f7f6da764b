import type { DoneCheck, Exercise } from "../exercises/exercise.js";
import type { ProjectFacts } from "../exercises/project-facts.js";
import { REQUIREMENTS_BACKLOG, SPRINT_BACKLOG } from "../exercises/starter-backlogs.js";
import { STARTER_VISION } from "../exercises/starter-vision.js";

// The nine practice exercises of the 10-skill path (career-facts.md, seed 003), as Keel runs them.
// The exercises are sourced; the steps, thresholds, starter projects and evidence wording are
// Keel's editorial choices. Bump the version when a rule changes, so a stored "done" can say which rule it met.

export const EXERCISES_VERSION = 1;
export const EXERCISES_AS_OF = "2026-11";
const SOURCE = "career-facts.md, the 10-skill path's exercises (seed 003)";

/** Worked example plans in examples/ that exercises point to. */
export const EXAMPLE_FILES = [
  "team-quarter.yaml",
  "product-launch.yaml",
  "status-demo.yaml",
  "cloud-migration.yaml",
] as const;
export type ExampleFile = (typeof EXAMPLE_FILES)[number];

export const EXERCISE_IDS = [
  "detailed-plan",
  "quarter-capacity-plan",
  "two-week-sprint",
  "launch-beta-ga",
  "configure-tracker",
  "requirements-document",
  "risk-register",
  "kpi-dashboard",
  "product-vision",
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** The rule id of evidence proposed when an exercise is done: `source.rule` of a Keel-suggested entry. */
export const EXERCISE_EVIDENCE_RULE = "practice-exercise-done";

const atLeast = (need: number, text: string, fact: (f: ProjectFacts) => number): DoneCheck => ({
  text,
  fact,
  compare: "at-least",
  need,
});
const atMost = (need: number, text: string, fact: (f: ProjectFacts) => number): DoneCheck => ({
  text,
  fact,
  compare: "at-most",
  need,
});
const holds = (text: string, fact: (f: ProjectFacts) => boolean | undefined): DoneCheck =>
  atLeast(1, text, (f) => (fact(f) === true ? 1 : 0));

const PROJECT = { token: "[project]", fill: "the project's name" };
const CHANGED = { token: "[what changed]", fill: "what changed because of it, in your own words" };

export const EXERCISES: readonly Exercise[] = [
  {
    id: "detailed-plan",
    title: "Detailed plan from kickoff to delivery",
    competencies: [
      "scheduling",
      "dependency-management",
      "milestone-tracking",
      "pm-fundamentals",
      "scope-management",
    ],
    steps: [
      "Start the exercise for a practice project with a kickoff, a delivery date and three phases to fill in, or create a project for work you know; examples/product-launch.yaml is a worked example to compare with.",
      "Break the work into tasks of a few days each, from a kickoff milestone to a delivery milestone.",
      "Link each task to what it really waits for, not to the order you happened to think of it.",
      "Read the critical path: which chain sets the delivery date, and how much float does the rest have?",
      "Save a baseline, so later changes show as variance.",
    ],
    opens: { view: "plan", template: "new" },
    starter: { file: "exercises/detailed-plan.yaml" },
    available: true,
    doneWhen:
      "A plan with at least 10 tasks, a kickoff and a delivery milestone, a critical path through at least 3 tasks, and a baseline.",
    done: [
      atLeast(10, "at least 10 tasks", (f) => f.tasks),
      atLeast(2, "a kickoff and a delivery milestone", (f) => f.milestones),
      atLeast(3, "a critical path through at least 3 tasks", (f) => f.criticalPathTasks),
      holds("a saved baseline", (f) => f.hasBaseline),
    ],
    proposedEvidence: {
      title: "Planned [project] from kickoff to delivery",
      situation: "[project] needed a plan that the team and [stakeholders] could commit to.",
      action:
        "Broke the work into [N] tasks linked by their real dependencies, found the critical path and saved a baseline.",
      result: "[what changed]",
      metrics: [
        { name: "tasks planned", value: "[N]" },
        { name: "planned duration", value: "[W]", unit: "weeks" },
      ],
      scale: { durationWeeks: "[W]" },
      competencies: ["scheduling", "dependency-management", "pm-fundamentals"],
      placeholders: [
        PROJECT,
        { token: "[stakeholders]", fill: "who relied on the plan" },
        { token: "[N]", fill: "how many tasks the plan has" },
        { token: "[W]", fill: "weeks from kickoff to delivery" },
        CHANGED,
      ],
      fromData: { "[N]": (f) => f.tasks, "[W]": (f) => f.spanWeeks },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "quarter-capacity-plan",
    title: "Quarter capacity plan for an 8-person team",
    competencies: ["resource-planning", "scheduling", "expectation-setting"],
    steps: [
      "Start the exercise: a practice quarter for eight people in four workstreams, with a part-timer and time off (examples/team-quarter.yaml is a larger one).",
      "Read the capacity view with a focus factor (80 % is a common start): where does demand exceed what people can give?",
      "Find the weeks where someone is over-allocated and the tasks that cause it.",
      "Level the plan, then check what moved and why; the pinned mid-quarter demo keeps its date.",
      "Write down what the quarter can and cannot hold, and who needs to hear it.",
    ],
    opens: { view: "capacity", template: "team-quarter.yaml" },
    starter: { file: "exercises/quarter-capacity-plan.yaml" },
    available: true,
    doneWhen:
      "A plan with work assigned to at least 8 people over at least 10 weeks (about a quarter), with nobody over-allocated.",
    done: [
      atLeast(8, "work assigned to at least 8 people", (f) => f.assignedResources),
      atLeast(10, "at least 10 weeks from start to finish", (f) => f.spanWeeks),
      atMost(0, "nobody over-allocated", (f) => f.overAllocatedResources),
    ],
    proposedEvidence: {
      title: "Capacity plan for a team of [N] over a quarter",
      situation: "[team] had more asks for the quarter than people to do them.",
      action:
        "Planned [N] people's capacity over [W] weeks, found the over-allocated weeks and leveled the plan so nobody was overbooked.",
      result: "[what changed]",
      metrics: [
        { name: "people planned", value: "[N]" },
        { name: "weeks planned", value: "[W]", unit: "weeks" },
      ],
      scale: { people: "[N]", durationWeeks: "[W]" },
      competencies: ["resource-planning", "scheduling"],
      placeholders: [
        { token: "[team]", fill: "the team's name" },
        { token: "[N]", fill: "how many people the plan covers" },
        { token: "[W]", fill: "how many weeks the plan covers" },
        CHANGED,
      ],
      fromData: { "[N]": (f) => f.assignedResources, "[W]": (f) => f.spanWeeks },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "two-week-sprint",
    title: "An end-to-end two-week sprint",
    competencies: ["agile-scrum", "pm-tools", "stakeholder-communication"],
    steps: [
      "Start the exercise: a practice team set up from the greenfield template, a first sprint planned and twelve estimated stories with acceptance criteria in the backlog.",
      "Agree a sprint goal with the product owner.",
      "Pull backlog items the team can finish within its capacity for the two weeks.",
      "Run the daily stand-up and keep impediments visible until they are removed.",
      "Hold the sprint review with stakeholders: show what is done, take their feedback into the backlog.",
      "Hold the retrospective and pick one improvement for the next sprint.",
    ],
    opens: { view: "backlog", template: "new" },
    starter: {
      file: "exercises/two-week-sprint.yaml",
      teamTemplate: "greenfield-product",
      backlog: SPRINT_BACKLOG,
    },
    available: true,
    doneWhen: "At least one sprint of 8 to 10 working days run through to its review and closed.",
    done: [atLeast(1, "a two-week sprint run to its review", (f) => f.twoWeekSprintsCompleted)],
    proposedEvidence: {
      title: "Ran a two-week sprint for [team]",
      situation: "[team] needed a steady delivery rhythm and a goal it could finish.",
      action:
        "Set the sprint goal with the product owner, planned [N] backlog items within capacity, removed impediments and ran the review and retrospective.",
      result: "[what changed]",
      metrics: [
        { name: "backlog items finished", value: "[N]" },
        { name: "people on the team", value: "[P]" },
      ],
      scale: { people: "[P]" },
      competencies: ["agile-scrum", "stakeholder-communication"],
      placeholders: [
        { token: "[team]", fill: "the team's name" },
        { token: "[N]", fill: "how many backlog items the sprint finished" },
        { token: "[P]", fill: "how many people are on the team" },
        CHANGED,
      ],
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "launch-beta-ga",
    title: "Three-month launch from beta to general availability",
    competencies: [
      "milestone-tracking",
      "dependency-management",
      "expectation-setting",
      "stakeholder-communication",
    ],
    steps: [
      "Start the exercise: a practice launch whose beta opens this week, with GA promised thirteen weeks later (examples/product-launch.yaml is a worked example).",
      "Read the critical path to GA and the links that drive it (the feedback loop, the penetration test).",
      "Give uncertain tasks three-point estimates and run the forecast: what are the P50 and P80 dates for GA?",
      "If the P80 misses the deadline, choose: cut scope, add people, or reset the promise, and write down why.",
      "Draft the message that tells leadership the GA date with its confidence.",
    ],
    opens: { view: "forecast", template: "product-launch.yaml" },
    starter: { file: "exercises/launch-beta-ga.yaml" },
    available: true,
    doneWhen:
      "A launch plan with at least 3 milestones, a deadline on one, three-point estimates on at least 5 tasks, and a forecast whose P80 meets every deadline.",
    done: [
      atLeast(3, "at least 3 milestones (beta, release candidate, GA)", (f) => f.milestones),
      atLeast(1, "a deadline on a milestone", (f) => f.milestonesWithDeadline),
      atLeast(5, "three-point estimates on at least 5 tasks", (f) => f.threePointTasks),
      holds("a forecast whose P80 meets every deadline", (f) => f.p80MeetsDeadlines),
    ],
    proposedEvidence: {
      title: "Took [product] from beta to general availability",
      situation: "[product] had a GA date promised to [stakeholders] with an open beta still running.",
      action:
        "Planned the launch across [T] teams, forecast the GA date from three-point estimates and agreed with leadership a date the forecast supported.",
      result: "[what changed]",
      metrics: [
        { name: "weeks from beta to GA", value: "[W]", unit: "weeks" },
        { name: "days GA landed before or after the promised date", value: "[D]", unit: "days" },
      ],
      scale: { teams: "[T]", durationWeeks: "[W]" },
      competencies: ["milestone-tracking", "expectation-setting", "stakeholder-communication"],
      placeholders: [
        { token: "[product]", fill: "the product's name" },
        { token: "[stakeholders]", fill: "who the date was promised to" },
        { token: "[T]", fill: "how many teams took part" },
        { token: "[W]", fill: "weeks from beta to GA" },
        { token: "[D]", fill: "days early (negative) or late against the promise" },
        CHANGED,
      ],
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "configure-tracker",
    title: "Configure a tracker for a greenfield team",
    competencies: ["pm-tools", "agile-scrum"],
    steps: [
      "Start the exercise: a practice project for a new team, with nothing set up yet.",
      "Agree the workflow with the team: the states work passes through and what each means.",
      "Set up issue types, fields and a definition of done; leave out what nobody will keep up to date.",
      "Load the first backlog and order it with the product owner.",
      "Build the board and the one report the team will actually read.",
    ],
    opens: { view: "agile-setup", template: "new" },
    starter: { file: "exercises/configure-tracker.yaml" },
    available: true,
    doneWhen:
      "A workflow of at least 3 states set up for the team and a backlog of at least 10 items (epics aside).",
    done: [
      atLeast(3, "a workflow of at least 3 states", (f) => f.workflowStates),
      atLeast(10, "a backlog of at least 10 items", (f) => f.backlogItems),
    ],
    proposedEvidence: {
      title: "Set up the tracker for [team]",
      situation: "[team] started without a shared way to track its work.",
      action:
        "Agreed a [N]-state workflow with the team, configured the tracker and loaded a first backlog of [B] items.",
      result: "[what changed]",
      metrics: [
        { name: "workflow states", value: "[N]" },
        { name: "backlog items", value: "[B]" },
      ],
      scale: { people: "[P]" },
      competencies: ["pm-tools"],
      placeholders: [
        { token: "[team]", fill: "the team's name" },
        { token: "[N]", fill: "how many states the workflow has" },
        { token: "[B]", fill: "how many items the first backlog held" },
        { token: "[P]", fill: "how many people use the tracker" },
        CHANGED,
      ],
      fromData: { "[N]": (f) => f.workflowStates, "[B]": (f) => f.backlogItems },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "requirements-document",
    title: "Technical requirements document for a feature",
    competencies: ["scope-management", "technical-literacy", "stakeholder-communication"],
    steps: [
      "Start the exercise: a practice project with the feature's epic and one requirement written out as an example.",
      "State the problem, the users and what success looks like.",
      "Write what is in scope and, as carefully, what is out.",
      "List the requirements as backlog items, each with acceptance criteria someone can test.",
      "Add the non-functional needs (performance, security, operations) and the open questions.",
      "Review it with engineering and product, and record what changed.",
    ],
    opens: { view: "backlog", template: "new" },
    starter: { file: "exercises/requirements-document.yaml", backlog: REQUIREMENTS_BACKLOG },
    available: true,
    doneWhen: "At least 5 requirements in the backlog, each with acceptance criteria.",
    done: [
      atLeast(
        5,
        "at least 5 requirements with acceptance criteria",
        (f) => f.requirementsWithAcceptanceCriteria,
      ),
    ],
    proposedEvidence: {
      title: "Wrote the technical requirements for [feature]",
      situation: "[feature] was asked for by [stakeholders] without an agreed scope.",
      action:
        "Wrote [N] requirements with acceptance criteria, set what was out of scope and reviewed them with engineering and product.",
      result: "[what changed]",
      metrics: [{ name: "requirements with acceptance criteria", value: "[N]" }],
      scale: { teams: "[T]" },
      competencies: ["scope-management", "technical-literacy"],
      placeholders: [
        { token: "[feature]", fill: "the feature's name" },
        { token: "[stakeholders]", fill: "who asked for it" },
        { token: "[N]", fill: "how many requirements the document holds" },
        { token: "[T]", fill: "how many teams reviewed it" },
        CHANGED,
      ],
      fromData: { "[N]": (f) => f.requirementsWithAcceptanceCriteria },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "risk-register",
    title: "A living risk register",
    competencies: ["risk-management", "dependency-management"],
    steps: [
      "Start the exercise: a practice migration whose register has five risks, two still without an owner, a response or a review date; the carrier and the vendor set dates the team cannot move (examples/cloud-migration.yaml is a larger plan).",
      "Record each outside date as a dependency with its provider, its owner and the date the plan needs it.",
      "Write at least five risks as cause, event and effect, each with probability, impact and an owner.",
      "Give each risk a response (avoid, mitigate, transfer or accept) with actions and a review date.",
      "Review the register every week: rescore, close what can no longer happen, let nothing pass its review date.",
    ],
    opens: { view: "raid", template: "cloud-migration.yaml" },
    starter: { file: "exercises/risk-register.yaml" },
    available: true,
    doneWhen:
      "At least 5 open risks with an owner, a response and a review date, at least one external dependency, and nothing past its review date.",
    done: [
      atLeast(5, "at least 5 open risks with an owner and a response", (f) => f.risksOwnedWithResponse),
      atLeast(5, "at least 5 open risks with a review date", (f) => f.risksWithReviewDate),
      atLeast(1, "at least one external dependency", (f) => f.dependencies),
      atMost(0, "no RAID item past its date", (f) => f.staleRaidItems),
    ],
    proposedEvidence: {
      title: "Kept a living risk register for [project]",
      situation: "[project] depended on [V] outside parties whose dates the team could not move.",
      action:
        "Tracked [R] risks with owners, responses and weekly reviews, and [V] external dependencies with the dates the plan needed.",
      result: "[what changed]",
      metrics: [
        { name: "risks tracked", value: "[R]" },
        { name: "external dependencies tracked", value: "[V]" },
      ],
      scale: { teams: "[T]" },
      competencies: ["risk-management", "dependency-management"],
      placeholders: [
        PROJECT,
        { token: "[V]", fill: "how many outside parties (vendors, other teams)" },
        { token: "[R]", fill: "how many risks the register tracked" },
        { token: "[T]", fill: "how many teams the risks touched" },
        CHANGED,
      ],
      // Outside parties are not counted: several dependencies may share one provider.
      fromData: { "[R]": (f) => f.risksOwnedWithResponse },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "kpi-dashboard",
    title: "A unified delivery and business KPI dashboard",
    competencies: ["status-reporting", "metrics-decisions", "stakeholder-communication"],
    steps: [
      "Start the exercise: a practice portal relaunch three weeks in, with progress, a RAID log and two business KPIs with targets but no readings yet (examples/status-demo.yaml is a larger one).",
      "Generate the status report and read the RAG with its reasons, the blockers and the asks.",
      "Keep at least two business KPIs next to delivery (adoption, support tickets, conversion), each with a target: the starter's two, or your own.",
      "Send a report on two status dates and record the KPIs' readings, so the dashboard shows trends, not a snapshot.",
      "Say in one sentence what leadership should decide from the dashboard.",
    ],
    opens: { view: "dashboard", template: "status-demo.yaml" },
    starter: {
      file: "exercises/kpi-dashboard.yaml",
      kpis: [
        { id: "active", name: "Customers signed in this week", target: 1200, better: "higher" },
        {
          id: "tickets",
          name: "Support tickets about accounts per week",
          target: 40,
          better: "lower",
        },
      ],
    },
    available: true,
    doneWhen: "At least 2 status reports sent and at least 2 KPIs with two or more readings.",
    done: [
      atLeast(2, "at least 2 status reports sent", (f) => f.statusReportsSent),
      atLeast(2, "at least 2 KPIs with a trend (two or more readings)", (f) => f.kpisWithTrend),
    ],
    proposedEvidence: {
      title: "Reported delivery and business results for [project] in one dashboard",
      situation: "Leadership saw [project]'s delivery status and its business numbers in different places.",
      action:
        "Sent [N] status reports and tracked [K] business KPIs next to delivery on one dashboard for [stakeholders].",
      result: "[what changed]",
      metrics: [
        { name: "status reports sent", value: "[N]" },
        { name: "business KPIs tracked", value: "[K]" },
      ],
      scale: { people: "[P]" },
      competencies: ["status-reporting", "metrics-decisions", "stakeholder-communication"],
      placeholders: [
        PROJECT,
        { token: "[N]", fill: "how many reports you sent" },
        { token: "[K]", fill: "how many business KPIs the dashboard tracks" },
        { token: "[stakeholders]", fill: "who reads the dashboard" },
        { token: "[P]", fill: "how many people receive the reports" },
        CHANGED,
      ],
      fromData: { "[N]": (f) => f.statusReportsSent, "[K]": (f) => f.kpisWithTrend },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
  {
    id: "product-vision",
    title: "A multi-year product vision",
    competencies: ["product-strategy", "metrics-decisions", "stakeholder-communication"],
    steps: [
      "Describe who the product serves and what will be true for them in three years.",
      "Set objectives for the first year, each with key results you can measure.",
      "Sketch the roadmap that serves them, and say what you will not do.",
      "Test the vision with engineering, sales and support, and record what changed.",
    ],
    opens: { view: "vision", template: "new" },
    starter: { file: "exercises/product-vision.yaml", vision: STARTER_VISION },
    available: true,
    doneWhen: "A vision with at least 3 objectives, each with key results.",
    done: [atLeast(3, "at least 3 objectives with key results", (f) => f.objectivesWithKeyResults ?? 0)],
    proposedEvidence: {
      title: "Wrote a [Y]-year product vision for [product]",
      situation: "[product] had no shared direction beyond the next release.",
      action:
        "Wrote a [Y]-year vision with [N] objectives and their key results, and tested it with [stakeholders].",
      result: "[what changed]",
      metrics: [
        { name: "years the vision covers", value: "[Y]", unit: "years" },
        { name: "objectives with key results", value: "[N]" },
      ],
      scale: { teams: "[T]" },
      competencies: ["product-strategy"],
      placeholders: [
        { token: "[product]", fill: "the product's name" },
        { token: "[Y]", fill: "how many years the vision covers" },
        { token: "[N]", fill: "how many objectives it sets" },
        { token: "[stakeholders]", fill: "who you tested it with" },
        { token: "[T]", fill: "how many teams it guides" },
        CHANGED,
      ],
      fromData: {
        "[Y]": (f) => f.visionHorizonYears ?? 0,
        "[N]": (f) => f.objectivesWithKeyResults ?? 0,
      },
    },
    source: SOURCE,
    asOf: EXERCISES_AS_OF,
  },
];
