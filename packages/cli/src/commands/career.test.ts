import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { run as keel } from "../run.js";
import { planFiles } from "../testing/plan-files.js";
import { careerBullet, careerEligibility, careerMatch } from "./career.js";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/career/", import.meta.url));
const PROFILE = `${EXAMPLES}profile.yaml`;
const EVIDENCE = `${EXAMPLES}evidence.yaml`;
const POSTING = `${EXAMPLES}posting.txt`;

const BAD_PROFILE = `currentRole: Developer
background: APIs
education: bachelor
experience:
  - { kind: leading, from: 2024-05, to: 2023-01 }
training:
  - { title: PM basics, provider: Acme, kind: pm, hours: -3, completed: 2025-01-10 }
`;

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  files = await planFiles({
    "bad.yaml": BAD_PROFILE,
    "future.json": JSON.stringify(
      {
        currentRole: "Dev",
        background: "",
        education: "master",
        experience: [{ kind: "agile", from: "2027-01" }],
      },
      null,
      2,
    ),
    "broken.yaml": "currentRole: [unclosed\n",
    "bad-evidence.yaml":
      "- title: Win\n  date: 2025-01-10\n- title: ''\n  date: 2025-01-11\n- title: Later\n  date: 2099-01-01\n",
    "empty.txt": "  \n\n",
    "huge.txt": `${readFileSync(POSTING, "utf8")}\n`.repeat(150),
  });
});
afterAll(() => files.cleanup());

async function run(command: (o: ReturnType<typeof bufferedOutput>) => Promise<ExitCode>) {
  const output = bufferedOutput();
  const code = await command(output);
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe("keel career eligibility", () => {
  it("reads the example profile and shows each certification, the path, unconfirmed claims and sources", async () => {
    const { code, stdout } = await run((o) =>
      careerEligibility({ profile: PROFILE, today: "2026-11-15", format: "table" }, o),
    );
    expect(code).toBe(ExitCode.ok);
    // 18 months leading (March 2022 to August 2023) of the 36 a four-year degree needs; 23 of 35 hours.
    expect(stdout).toMatch(
      /PMP \(PMI\) +not yet +months leading projects in the last 8 years: 18 of 36 months; project management education: 23 of 35 hours +2028-05/,
    );
    expect(stdout).toMatch(/PSM-I \(Scrum\.org\) +held/);
    expect(stdout).toMatch(/CAPM \(PMI\) +eligible/);
    expect(stdout).toContain("Recommended path: ");
    expect(stdout).toContain("Unconfirmed (not counted in any status above):");
    expect(stdout).toContain("PMP: pmtycoon.app/en/pmp-requirements-2026");
  });

  it("answers in JSON as the API does", async () => {
    const { stdout } = await run((o) =>
      careerEligibility({ profile: PROFILE, today: "2026-11-15", format: "json" }, o),
    );
    const answer = JSON.parse(stdout);
    expect(answer.today).toBe("2026-11-15");
    expect(answer.certifications.find((c: { id: string }) => c.id === "PMP").missing).toContainEqual(
      expect.objectContaining({ have: 18, need: 36, unit: "months" }),
    );
    expect(answer.path.steps.length).toBeGreaterThan(0);
  });

  it("names the file, line, column and field of every problem, and exits 1", async () => {
    const bad = await run((o) => careerEligibility({ profile: files.path("bad.yaml"), format: "table" }, o));
    expect(bad.code).toBe(ExitCode.planFailed);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe(
      `${files.path("bad.yaml")}:5:41: error: experience.0.to: ends (2023-01) before it starts (2024-05)\n` +
        `${files.path("bad.yaml")}:7:58: error: training.0.hours: hours must be more than 0\n`,
    );
    const future = await run((o) =>
      careerEligibility({ profile: files.path("future.json"), today: "2026-11-15", format: "table" }, o),
    );
    expect(future.stderr).toBe(
      `${files.path("future.json")}:8:15: error: experience.0.from: 2027-01 is in the future (today is 2026-11-15)\n`,
    );
    const broken = await run((o) =>
      careerEligibility({ profile: files.path("broken.yaml"), format: "table" }, o),
    );
    expect(broken.code).toBe(ExitCode.planFailed);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: error: YAML: /);
  });

  it("refuses a malformed --today and a missing file as usage errors", async () => {
    expect(
      (await run((o) => careerEligibility({ profile: PROFILE, today: "15/11/2026", format: "table" }, o)))
        .code,
    ).toBe(ExitCode.usage);
    await expect(
      careerEligibility({ profile: files.path("none.yaml"), format: "table" }, bufferedOutput()),
    ).rejects.toThrow(/no such file/);
  });
});

describe("keel career bullet", () => {
  it("prints the checklist with ✓ and ✗, hints for what failed, the score and a rewrite", async () => {
    const { code, stdout } = await run((o) =>
      careerBullet(
        "Responsible for the release process and worked on Kubernetes migration",
        { format: "table" },
        o,
      ),
    );
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/^Score 15 of 100\n/);
    expect(stdout).toContain('✗ opens with a strong verb (15): Opens with "Responsible for"');
    expect(stdout).toContain("    hint: Start with what you did: Led, Coordinated, Planned");
    expect(stdout).toContain("✓ active voice (10): Active voice.");
    expect(stdout).toContain(
      "Suggested rewrite (a suggestion: nothing is applied):\n  [Verb] the release process",
    );
    expect(stdout).toContain("    [N]: how many teams the work spanned");
  });

  it("answers in JSON, and refuses an empty or overlong bullet", async () => {
    const { stdout } = await run((o) =>
      careerBullet("Led 3 teams to cut release time by 40%", { format: "json" }, o),
    );
    expect(JSON.parse(stdout).analysis.checks).toHaveLength(8);
    const empty = await run((o) => careerBullet("  ", { format: "table" }, o));
    expect(empty).toMatchObject({
      code: ExitCode.usage,
      stderr: "keel career bullet: the bullet is empty\n",
    });
    expect((await run((o) => careerBullet("x".repeat(1_001), { format: "table" }, o))).code).toBe(
      ExitCode.usage,
    );
  });
});

describe("keel career match", () => {
  it("matches the example posting against the example profile and evidence", async () => {
    const { code, stdout } = await run((o) =>
      careerMatch(POSTING, { profile: PROFILE, evidence: EVIDENCE, format: "json" }, o),
    );
    expect(code).toBe(ExitCode.ok);
    const match = JSON.parse(stdout);
    expect(match.title.posting).toContain("Technical Project Manager");
    expect(match.surface.map((s: { id: string }) => s.id)).toContain("payments-migration");
    const table = await run((o) =>
      careerMatch(POSTING, { profile: PROFILE, evidence: EVIDENCE, format: "table" }, o),
    );
    expect(table.stdout).toMatch(/^Match \d+ of 100\n/);
    expect(table.stdout).toContain("✗ [preferred] PMP");
    expect(table.stdout).toContain("Evidence to show first:\n  payments-migration: ");
  });

  it("says what is wrong with an empty posting, a 100-page paste or a bad evidence file, and exits 1", async () => {
    const empty = await run((o) => careerMatch(files.path("empty.txt"), { format: "table" }, o));
    expect(empty.code).toBe(ExitCode.planFailed);
    expect(empty.stderr).toBe(
      `${files.path("empty.txt")}: Paste the job posting's text: there is nothing to read yet.\n`,
    );
    const huge = await run((o) => careerMatch(files.path("huge.txt"), { format: "table" }, o));
    expect(huge.code).toBe(ExitCode.planFailed);
    expect(huge.stderr).toMatch(
      /: The pasted text is [\d,]+ characters; a posting can be at most 60,000 \(about 20 pages\)/,
    );
    const evidence = await run((o) =>
      careerMatch(POSTING, { evidence: files.path("bad-evidence.yaml"), format: "table" }, o),
    );
    expect(evidence.code).toBe(ExitCode.planFailed);
    expect(evidence.stderr).toContain(
      `${files.path("bad-evidence.yaml")}:3:10: error: 1.title: a title is required\n`,
    );
    expect(evidence.stderr).toMatch(/bad-evidence\.yaml:6:9: error: 2\.date: 2099-01-01 is in the future/);
  });
});

describe("keel career on the command line", () => {
  it("routes the subcommands with their options, and needs a profile for eligibility", async () => {
    const output = bufferedOutput();
    expect(
      await keel(["career", "bullet", "-f", "json", "Led 3 teams to cut release time by 40%"], output),
    ).toBe(ExitCode.ok);
    expect(JSON.parse(output.stdout).analysis.score).toBeGreaterThan(50);
    const table = bufferedOutput();
    expect(await keel(["career", "eligibility", "--profile", PROFILE, "--today", "2026-11-15"], table)).toBe(
      ExitCode.ok,
    );
    expect(table.stdout).toContain("Recommended path: ");
    const missing = bufferedOutput();
    expect(await keel(["career", "eligibility"], missing)).toBe(ExitCode.usage);
    expect(missing.stderr).toContain("required option '--profile <file>' not specified");
    const help = bufferedOutput();
    expect(await keel(["career", "--help"], help)).toBe(ExitCode.ok);
    expect(help.stdout).toMatch(
      /eligibility \[options\][\s\S]*bullet \[options\] <text>[\s\S]*match \[options\] <posting>/,
    );
  });
});
