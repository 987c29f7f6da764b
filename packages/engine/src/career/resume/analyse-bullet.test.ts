import { describe, expect, it } from "vitest";
import { analyseBullet, BULLET_CHECK_WEIGHTS, type BulletCheckId } from "./analyse-bullet.js";

const ALL: readonly BulletCheckId[] = [
  "strong-verb",
  "scope",
  "measurable-result",
  "pm-keywords",
  "no-jargon",
  "length",
  "no-first-person",
  "active-voice",
];

// Each row lists the checks the bullet passes; every other check must fail. Short names keep the
// table readable: V verb, S scope, R result, K PM keywords, J no jargon, L length, P no first
// person, A active voice.
const SHORT: Readonly<Record<string, BulletCheckId>> = {
  V: "strong-verb",
  S: "scope",
  R: "measurable-result",
  K: "pm-keywords",
  J: "no-jargon",
  L: "length",
  P: "no-first-person",
  A: "active-voice",
};

const TABLE: readonly [bullet: string, passes: string][] = [
  // Engineer-style bullets: duties, tools, no numbers.
  ["Responsible for maintaining the CI/CD pipeline.", "P A"],
  ["Worked on the Kubernetes migration for the payments team.", "P A"],
  ["Helped with testing and bug fixes before releases.", "J P A"],
  ["I wrote Terraform modules for our AWS infrastructure.", "V A"],
  ["Was involved in the redesign of the checkout service.", "J P"],
  ["Participated in daily stand-ups and sprint planning meetings with the team.", "K J P A"],
  ["Refactored the monolith into microservices using Docker and Kafka.", "P A"],
  ["Fixed bugs.", "J P A"],
  ["Assisted the senior engineers with on-call duties and incident tickets.", "J P A"],
  ["Used Jira to track my tasks and updated Confluence documentation.", "K J A"],
  ["Deployment scripts were written in Python and Bash to automate weekly releases for the team.", "J L P"],
  ["Tasked with upgrading PostgreSQL and Redis clusters across environments.", "P A"],
  ["Built a React dashboard that our support team uses every day.", "V K A"],
  ["Member of the platform team.", "J P A"],
  ["Duties included code reviews, PR approvals and writing unit tests for new features.", "L P A"],
  ["We migrated 40 services to EKS over 6 months with zero downtime.", "V S R L A"],
  ["Supported the release process for mobile apps used by 2 million customers.", "S J L P A"],
  ["Handled on-call rotations and resolved production incidents quickly.", "J P A"],
  ["Improved performance of the search API.", "V J P A"],
  ["Reduced p99 latency by 35% by adding Redis caching to the checkout service.", "V R L P A"],
  ["Set up sprint planning", "K J P A"],
  [
    "Automated regression testing in GitHub Actions, cutting release time from 3 days to 4 hours across 12 repositories.",
    "V S R L P A",
  ],
  ["Deployment of the new logging stack.", "J P A"],
  // PM-style bullets: action, scope, result, PM words.
  [
    "Led a cross-functional team of 8 engineers to deliver the billing migration 3 weeks ahead of schedule, cutting hosting costs by 22%.",
    "V S R K J L P A",
  ],
  [
    "Coordinated 5 teams and 3 vendors to launch the partner API on schedule, tracking 40 dependencies and cutting integration defects by 30%.",
    "V S R K J L P A",
  ],
  [
    "Planned and ran 26 two-week sprints for a 9-person Scrum team, raising sprint goal completion from 60% to 90%.",
    "V S R K J L P A",
  ],
  [
    "Managed a $1.2M vendor budget across 4 workstreams, delivering the CRM rollout on budget and 2 weeks early.",
    "V S R K J L P A",
  ],
  [
    "Ran weekly status reporting for 30 stakeholders across finance and legal, cutting escalations to leadership by half.",
    "V S R K J L P A",
  ],
  [
    "Built a living RAID log for a 12-month platform program, surfacing 18 risks early and preventing 2 missed milestones.",
    "V S R K J L P A",
  ],
  [
    "Negotiated scope trade-offs with product and sales, keeping the Q3 launch on its original date for 12,000 users.",
    "V S K J L P A",
  ],
  [
    "Drove change control for a 7-team release train, cutting unplanned scope changes from 14 to 3 per quarter.",
    "V S R K J L P A",
  ],
  [
    "Introduced a weekly dependency review across 6 squads that reduced blocked stories by 40%.",
    "V S R K J L P A",
  ],
  [
    "Facilitated kickoff and retrospectives for 4 client implementations, lifting customer satisfaction scores from 7.1 to 8.6.",
    "V S R K J L P A",
  ],
  [
    "Translated a Kubernetes (container platform) migration into a 9-month plan with milestones the CFO could follow.",
    "V S K J L P A",
  ],
  [
    "Owned the release schedule for 3 mobile apps, shipping 48 releases in a year with no missed dates.",
    "V S R K J L P A",
  ],
  [
    "Escalated a vendor delay early, re-planned the critical path and still hit the go-live date for 200 stores.",
    "V S K J L P A",
  ],
  ["Mentored 3 junior engineers, and two were promoted within a year.", "V S R J P"],
  [
    "Reduced cloud spend by $310k a year by consolidating 14 underused accounts and setting a budget review with finance.",
    "V S R K J L P A",
  ],
  [
    "Successfully delivered the data warehouse project on time and under budget for 3 business units.",
    "V S K J L P A",
  ],
  ["In charge of hiring; grew the QA team from 2 to 6 testers in 9 months.", "S R K J L P A"],
  [
    "My team and I launched the new onboarding flow, which increased activation by 18% for 50,000 new users.",
    "S R K J L A",
  ],
  ["The migration was completed 2 weeks early by a team of 5 that I led.", "S R J L"],
  [
    "Presented monthly KPIs and OKR progress to the executive team, securing $500k in additional funding for 2025.",
    "V R K J L P A",
  ],
  [
    "• Cut onboarding time for new customers from 6 weeks to 10 days by standardizing the implementation plan across 4 regions.",
    "V S R K J L P A",
  ],
  [
    "Responsible for coordinating releases across 4 teams, cutting rollback incidents by 50% in two quarters while keeping stakeholders informed through weekly status updates, release notes, risk reviews and a shared release calendar.",
    "S R K J P A",
  ],
  [
    "Oversaw UAT with 25 business users and signed off go-live after 0 critical defects in the final cycle.",
    "V S R K J L P A",
  ],
];

describe("analyseBullet on a table of real-style bullets", () => {
  it("has at least 40 rows", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)("%s", (bullet, passes) => {
    const expected = new Set(passes.split(" ").map((s) => SHORT[s]));
    const a = analyseBullet(bullet);
    const actual = Object.fromEntries(a.checks.map((c) => [c.id, c.passed]));
    expect(actual).toEqual(Object.fromEntries(ALL.map((id) => [id, expected.has(id)])));
    // The score is exactly the weights of what passed.
    expect(a.score).toBe(
      ALL.filter((id) => expected.has(id)).reduce((s, id) => s + BULLET_CHECK_WEIGHTS[id], 0),
    );
  });
});

describe("analyseBullet explains itself", () => {
  it("says why every check passed or failed, and gives a hint only for failures", () => {
    for (const [bullet] of TABLE) {
      for (const c of analyseBullet(bullet).checks) {
        expect(c.detail.length).toBeGreaterThan(0);
        if (c.passed) expect(c.hint).toBeUndefined();
        else expect(c.hint?.length).toBeGreaterThan(0);
      }
    }
  });

  it("weights sum to 100", () => {
    expect(Object.values(BULLET_CHECK_WEIGHTS).reduce((s, w) => s + w, 0)).toBe(100);
  });

  it("names the weak opener and the verb to use instead when the opener already claims the work", () => {
    const verb = analyseBullet("Responsible for coordinating releases across 4 teams").checks[0];
    expect(verb?.detail).toBe('Opens with "Responsible for", which names a duty, not what you did.');
    expect(verb?.hint).toBe('Say "Coordinated" instead of "Responsible for coordinating".');
  });

  it("returns the opening verb, the numbers with their roles, PM words and unexplained jargon", () => {
    const a = analyseBullet(
      "Led 4 teams through a k8s migration, cutting deploy time from 40 to 12 minutes and managing 30 risks.",
    );
    expect(a.verb).toBe("Led");
    expect(a.numbers.map((n) => [n.text, n.role])).toEqual([
      ["4", "scope"],
      ["40", "result"],
      ["12", "result"],
      ["30", "result"],
    ]);
    expect(a.keywords).toEqual(["risk management"]);
    expect(a.jargon).toEqual([{ term: "Kubernetes", written: "k8s", plain: "container platform" }]);
  });

  it("reads money for a budget as scope and money saved as a result", () => {
    expect(analyseBullet("Managed a $2M budget").numbers.map((n) => [n.kind, n.role])).toEqual([
      ["money", "scope"],
    ]);
    expect(analyseBullet("Saved $300k in licence fees").numbers.map((n) => [n.kind, n.role])).toEqual([
      ["money", "result"],
    ]);
  });

  it("does not read names with digits or years as measures", () => {
    const a = analyseBullet("Moved S3 and EC2 workloads off Sev-1 alert paths in Q3 2024");
    expect(a.numbers.map((n) => [n.text, n.kind, n.role])).toEqual([["2024", "year", "other"]]);
  });

  it("fails every check of an empty bullet", () => {
    const a = analyseBullet("   ");
    expect(a.score).toBe(0);
    expect(a.checks.every((c) => !c.passed && c.detail === "The bullet is empty.")).toBe(true);
  });
});
