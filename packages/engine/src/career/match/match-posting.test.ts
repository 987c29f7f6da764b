import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MatchCandidate } from "./candidate.js";
import { matchPosting, type PostingMatch } from "./match-posting.js";
import { MAX_POSTING_CHARS, PostingInputError } from "./posting-input-error.js";

const posting = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), "utf8");

/** An engineer moving into project work: the candidate every fixture is matched against. */
const candidate: MatchCandidate = {
  evidence: [
    {
      id: "billing-migration",
      text: "Coordinated the billing platform migration across 4 teams over 6 months; kept a RAID log of 30 risks and dependencies, ran weekly status updates for stakeholders, and delivered 2 weeks ahead of schedule.",
    },
    {
      id: "release-process",
      text: "Led sprint planning and retrospectives for a Scrum team of 7 engineers in Jira; cut release lead time from 10 days to 3 by automating the CI/CD pipeline.",
    },
    {
      id: "customer-onboarding",
      text: "Wrote Confluence runbooks and onboarded 12 new customers to the API integration, resolving escalations with the support team.",
    },
    {
      id: "vendor-recovery",
      text: "Negotiated with a third-party vendor to recover a slipping milestone, saving $40k in contract penalties.",
    },
  ],
  skills: [
    "Jira",
    "Confluence",
    "Agile",
    "Scrum",
    "risk management",
    "stakeholder communication",
    "SQL",
    "AWS",
    "Excel",
  ],
  certifications: ["Professional Scrum Master I (PSM I)"],
  titles: ["Senior Software Engineer", "Software Engineer"],
  education: ["BSc Computer Science"],
};

const keywords = (m: PostingMatch, found: boolean) =>
  m.sections.keywords.filter((k) => k.found === found).map((k) => k.term);
const item = (items: readonly { text: string; found: boolean }[], start: string) => {
  const hit = items.find((i) => i.text.startsWith(start));
  if (hit === undefined) throw new Error(`no item starts with "${start}"`);
  return hit;
};
const certs = (m: PostingMatch) =>
  m.sections.certifications.map((c) => ({ id: c.id, need: c.need, held: c.held, satisfied: c.satisfied }));

function expectTransparentScore(m: PostingMatch): void {
  const total = m.parts.reduce((s, p) => s + p.weight, 0);
  expect(total).toBeCloseTo(100, 0);
  expect(m.parts.find((p) => p.part === "keywords")?.weight ?? 0).toBeLessThanOrEqual(20);
  const weighted = m.parts.reduce((s, p) => s + (p.weight * p.score) / 100, 0);
  expect(Math.abs(m.score - weighted)).toBeLessThanOrEqual(1);
}

describe("matchPosting on real-style PM postings", () => {
  it("technical project coordinator: tools and reporting found, UAT, go-live and certifications missing", () => {
    const m = matchPosting(posting("technical-project-coordinator"), candidate);
    expect(m.title).toMatchObject({
      posting: "Technical Project Coordinator – Payments Platform",
      role: "technical project coordinator",
      matches: false,
    });
    expect(keywords(m, true)).toEqual(
      expect.arrayContaining([
        "Jira",
        "Confluence",
        "status reporting",
        "risk management",
        "dependencies",
        "milestones",
      ]),
    );
    expect(keywords(m, false)).toEqual(
      expect.arrayContaining(["UAT", "go-live", "quality assurance", "Google Sheets", "Smartsheet"]),
    );
    const q = m.sections.qualifications;
    expect(item(q, "Hands-on experience with Jira and Confluence")).toMatchObject({
      found: true,
      need: "required",
    });
    // The degree is found in the candidate's education ("BSc").
    expect(item(q, "Bachelor's degree")).toMatchObject({ found: true });
    expect(item(q, "2+ years of experience coordinating")).toMatchObject({
      found: true,
      years: { min: 2, area: "coordinating software projects" },
    });
    expect(item(q, "Familiarity with Smartsheet")).toMatchObject({ found: false, need: "preferred" });
    const r = m.sections.responsibilities;
    expect(item(r, "Keep the RAID log current").found).toBe(true);
    expect(item(r, "Coordinate UAT and go-live checklists").found).toBe(false);
    expect(item(r, "Take meeting minutes").found).toBe(false);
    expect(certs(m)).toEqual([
      { id: "CAPM", need: "preferred", held: false, satisfied: false },
      { id: "PROJECT-PLUS", need: "preferred", held: false, satisfied: false },
    ]);
    // Benefits are about the employer: "learning budget" there is not a keyword.
    expect(m.sections.keywords.map((k) => k.term)).not.toContain("budget");
    expect(m.surface[0]?.id).toBe("billing-migration");
    expectTransparentScore(m);
  });

  it("scrum master: PSM satisfies 'CSM or PSM', the Scrum Master years are missing, agile practice words split", () => {
    const m = matchPosting(posting("scrum-master"), candidate);
    expect(m.title).toMatchObject({
      posting: "Scrum Master (Mobile Apps)",
      role: "scrum master",
      matches: false,
    });
    expect(certs(m)).toEqual([
      { id: "CSM", need: "required", held: false, satisfied: true },
      { id: "PSM-I", need: "required", held: true, satisfied: true },
      { id: "SAFE-SCRUM-MASTER", need: "preferred", held: false, satisfied: false },
      { id: "SAFE", need: "preferred", held: false, satisfied: false },
    ]);
    const q = m.sections.qualifications;
    // Holding a Scrum Master certificate is not having worked as one.
    expect(item(q, "3+ years of experience as a Scrum Master")).toMatchObject({
      found: false,
      years: { min: 3 },
    });
    expect(item(q, "Active CSM or PSM certification required").found).toBe(true);
    expect(item(q, "Ability to influence without authority").found).toBe(false);
    expect(keywords(m, true)).toEqual(
      expect.arrayContaining([
        "sprint planning",
        "retrospectives",
        "Scrum",
        "Jira",
        "dependencies",
        "escalation",
      ]),
    );
    expect(keywords(m, false)).toEqual(
      expect.arrayContaining([
        "velocity",
        "burndown",
        "backlog refinement",
        "user stories",
        "Kanban",
        "SAFe",
      ]),
    );
    // Role titles are scored as the title, never as keywords.
    expect(m.sections.keywords.map((k) => k.term)).not.toContain("scrum master");
    expect(m.surface[0]?.id).toBe("release-process");
    expectTransparentScore(m);
  });

  it("implementation manager: 'CSMs' (customer success managers) is not a certification; ERP and SaaS are missing", () => {
    const m = matchPosting(posting("implementation-manager"), candidate);
    expect(m.title).toMatchObject({
      posting: "Implementation Manager",
      role: "implementation manager",
      matches: false,
    });
    expect(certs(m)).toEqual([
      { id: "PMP", need: "preferred", held: false, satisfied: false },
      { id: "PROJECT-PLUS", need: "preferred", held: false, satisfied: false },
    ]);
    const q = m.sections.qualifications;
    expect(item(q, "Working knowledge of APIs, SSO and data migration").found).toBe(true);
    expect(item(q, "Proficiency with Salesforce and Smartsheet").found).toBe(false);
    expect(item(q, "3+ years of experience leading SaaS implementations")).toMatchObject({
      found: false,
      years: { min: 3, area: "leading SaaS implementations" },
    });
    const r = m.sections.responsibilities;
    expect(r).toHaveLength(8);
    expect(item(r, "Identify risks early").found).toBe(true);
    expect(item(r, "Manage scope and handle change requests").found).toBe(false);
    expect(keywords(m, true)).toEqual(
      expect.arrayContaining(["APIs", "integrations", "migration", "milestones"]),
    );
    expect(keywords(m, false)).toEqual(
      expect.arrayContaining(["implementation", "SaaS", "ERP", "change control", "kickoff", "Salesforce"]),
    );
    // "About Ledgerly" is about the employer, not a nice-to-have.
    expect(q.some((i) => i.text.includes("1,200 finance teams"))).toBe(false);
    expectTransparentScore(m);
  });

  it("associate project manager: capitals headings, degree found, tools and organisation skills missing", () => {
    const m = matchPosting(posting("associate-project-manager"), candidate);
    expect(m.title).toMatchObject({
      posting: "ASSOCIATE PROJECT MANAGER",
      role: "associate project manager",
    });
    const q = m.sections.qualifications;
    expect(q.map((i) => i.need)).toEqual([
      "required",
      "required",
      "required",
      "required",
      "preferred",
      "preferred",
      "preferred",
    ]);
    expect(item(q, "Bachelor's degree in business").found).toBe(true);
    expect(item(q, "Proficient in Microsoft Excel and PowerPoint").found).toBe(true);
    expect(item(q, "Highly organized").found).toBe(false);
    expect(certs(m)).toEqual([
      { id: "CAPM", need: "preferred", held: false, satisfied: false },
      { id: "GOOGLE-PM", need: "preferred", held: false, satisfied: false },
    ]);
    expect(keywords(m, false)).toEqual(
      expect.arrayContaining([
        "Microsoft Project",
        "Asana",
        "deliverables",
        "PowerPoint",
        "time management",
        "Waterfall",
      ]),
    );
    expect(keywords(m, true)).toEqual(
      expect.arrayContaining(["status reporting", "Excel", "Agile", "schedule"]),
    );
    expectTransparentScore(m);
  });

  it("technical project manager: cloud and delivery terms, engineering tools as keywords, a title that matches", () => {
    const m = matchPosting(posting("technical-project-manager"), {
      ...candidate,
      titles: [...candidate.titles, "Technical Project Manager (acting)"],
    });
    expect(m.title).toMatchObject({
      posting: "Senior Technical Project Manager, Cloud Infrastructure",
      role: "technical project manager",
      matches: true,
      matchedTitle: "Technical Project Manager (acting)",
    });
    const q = m.sections.qualifications;
    expect(item(q, "Solid understanding of AWS, APIs, CI/CD and the SDLC").found).toBe(true);
    expect(item(q, "Experience with Kubernetes or Terraform").found).toBe(false);
    expect(item(q, "Background as a software engineer or SRE").found).toBe(true);
    expect(certs(m)).toEqual([
      { id: "PMP", need: "preferred", held: false, satisfied: false },
      { id: "PRINCE2-P", need: "preferred", held: false, satisfied: false },
      { id: "PMI-ACP", need: "preferred", held: false, satisfied: false },
    ]);
    expect(keywords(m, true)).toEqual(
      expect.arrayContaining([
        "risk management",
        "AWS",
        "CI/CD",
        "APIs",
        "migration",
        "Jira",
        "stakeholder management",
      ]),
    );
    expect(keywords(m, false)).toEqual(
      expect.arrayContaining([
        "cloud",
        "critical path",
        "work breakdown structure",
        "SDLC",
        "Kubernetes",
        "Terraform",
      ]),
    );
    expect(m.parts.find((p) => p.part === "title")?.score).toBe(100);
    expectTransparentScore(m);
  });

  it("says where each found term is: evidence by id with its words, or the skill as written", () => {
    const m = matchPosting(posting("technical-project-coordinator"), candidate);
    const jira = m.sections.keywords.find((k) => k.term === "Jira");
    expect(jira?.where).toEqual([
      expect.objectContaining({ source: "evidence", id: "release-process" }),
      { source: "skills", text: "Jira" },
    ]);
    const raid = m.sections.keywords.find((k) => k.term === "risk management");
    expect(raid?.where[0]).toMatchObject({ source: "evidence", id: "billing-migration" });
    expect(raid?.where[0]?.text).toContain("RAID log of 30 risks");
  });
});

describe("matchPosting on unusual input", () => {
  const small: MatchCandidate = {
    evidence: [{ id: "a", text: "Coordinated releases across 4 teams in Jira" }],
    skills: ["Jira"],
    certifications: [],
    titles: ["Release Coordinator"],
  };

  it("asks for the text when the paste is empty or only whitespace", () => {
    for (const text of ["", "  \n\t  "]) {
      expect(() => matchPosting(text, small)).toThrow(PostingInputError);
      expect(() => matchPosting(text, small)).toThrow(
        "Paste the job posting's text: there is nothing to read yet.",
      );
    }
  });

  it("names the limit when a 100-page document is pasted", () => {
    const hundredPages = posting("technical-project-manager").repeat(120);
    expect(hundredPages.length).toBeGreaterThan(MAX_POSTING_CHARS);
    expect(() => matchPosting(hundredPages, small)).toThrow(
      `The pasted text is ${hundredPages.length.toLocaleString("en-US")} characters; a posting can be at most 60,000 (about 20 pages). Paste only the job description.`,
    );
  });

  it("reads a posting without headings by the wording of each sentence", () => {
    const m = matchPosting(
      "We are hiring a project coordinator to keep our releases on track. You will schedule releases, track dependencies in Jira and send weekly status updates to stakeholders. You should have 2+ years of experience on a software team and be comfortable with Smartsheet.",
      small,
    );
    expect(m.title).toMatchObject({ posting: "project coordinator", matches: false });
    expect(m.sections.responsibilities.map((r) => r.text)).toEqual([
      "You will schedule releases, track dependencies in Jira and send weekly status updates to stakeholders.",
    ]);
    expect(m.sections.qualifications.map((q) => q.text)).toEqual([
      "You should have 2+ years of experience on a software team and be comfortable with Smartsheet.",
    ]);
    expect(keywords(m, true)).toEqual(["Jira"]);
    expect(m.notes).toContain(
      "No section headings recognised: every line was read and sorted by its wording.",
    );
    expectTransparentScore(m);
  });

  it("keeps keywords a minority even when the posting has only a title and keywords", () => {
    const m = matchPosting("Scrum Master\n\nJira, Confluence, Kanban", small);
    expectTransparentScore(m);
  });
});
