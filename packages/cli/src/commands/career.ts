import {
  analyseBullet,
  type BulletCheckId,
  type CertificationEligibility,
  candidateOf,
  eligibility,
  type Gap,
  matchPosting,
  PostingInputError,
  type PostingMatch,
  recommendedPath,
  suggestRewrite,
} from "@keel/engine";
import { type Evidence, isLocalDate, type LocalDate, type Profile } from "@keel/model";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";
import { textTable } from "../render/text-table.js";
import { readEvidenceFile, readProfileFile, reportProblems } from "./career-files.js";

export const CAREER_FORMATS = ["table", "json"] as const;
export type CareerFormat = (typeof CAREER_FORMATS)[number];

/** The reader's own day: a profile's dates are checked against it. */
function localToday(now = new Date()): LocalDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as LocalDate;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// ---- keel career eligibility -------------------------------------------------------------------

export interface EligibilityFlags {
  readonly profile: string;
  readonly today?: string | undefined;
  readonly format: CareerFormat;
}

const gapText = (g: Gap) => `${g.what}: ${g.have} of ${g.need} ${g.unit}`;

function statusText(c: CertificationEligibility): string {
  if (c.holding?.active) return "held";
  if (c.holding !== undefined && !c.holding.active) return c.eligible ? "expired; eligible" : "expired";
  return c.eligible ? "eligible" : "not yet";
}

function eligibilityText(
  certs: readonly CertificationEligibility[],
  profile: Profile,
  today: LocalDate,
): string {
  const path = recommendedPath(profile, today);
  const out = [
    `Certification eligibility as of ${today}. Facts as of each row's month; check them with the certifying body.\n\n`,
    textTable(
      [
        { header: "certification" },
        { header: "status" },
        { header: "still missing" },
        { header: "earliest" },
        { header: "facts as of" },
      ],
      certs.map((c) => [
        `${c.id} (${c.body})`,
        statusText(c),
        c.missing.map(gapText).join("; "),
        c.earliest ?? "",
        c.asOf,
      ]),
    ),
    `\nRecommended path: ${path.summary}\n`,
    ...path.steps.map((s, i) => `  ${i + 1}. ${s.id}, ${s.name}: ${s.reasons.join(" ")}\n`),
    ...path.notes.map((n) => `  ${n}\n`),
  ];
  const unconfirmed = certs.flatMap((c) =>
    c.unconfirmed.map((u) => `  ${c.id}: ${u.claim} (${u.sources.join(", ")})\n`),
  );
  if (unconfirmed.length > 0) out.push("\nUnconfirmed (not counted in any status above):\n", ...unconfirmed);
  out.push("\nSources:\n", ...certs.map((c) => `  ${c.id}: ${c.sources.join(", ")}\n`));
  return out.join("");
}

/** `keel career eligibility`: where a profile stands for each certification, and the recommended path. */
export async function careerEligibility(flags: EligibilityFlags, output: Output): Promise<ExitCode> {
  if (flags.today !== undefined && !isLocalDate(flags.today)) {
    output.err(`keel career eligibility: --today expects a date YYYY-MM-DD, not "${flags.today}"\n`);
    return ExitCode.usage;
  }
  const today = (flags.today as LocalDate | undefined) ?? localToday();
  const read = await readProfileFile(flags.profile, today);
  if (!read.ok) {
    reportProblems(flags.profile, read.problems, output);
    return ExitCode.planFailed;
  }
  const certs = eligibility(read.value, today);
  output.out(
    flags.format === "json"
      ? json({ today, certifications: certs, path: recommendedPath(read.value, today) })
      : eligibilityText(certs, read.value, today),
  );
  return ExitCode.ok;
}

// ---- keel career bullet ------------------------------------------------------------------------

export interface BulletFlags {
  readonly format: CareerFormat;
}

const CHECK_NAMES: Readonly<Record<BulletCheckId, string>> = {
  "strong-verb": "opens with a strong verb",
  scope: "shows the scope",
  "measurable-result": "shows a measurable result",
  "pm-keywords": "uses project management words",
  "no-jargon": "explains its jargon",
  length: "12 to 30 words",
  "no-first-person": "no first person",
  "active-voice": "active voice",
};

/** The longest bullet the coach reads, as in the API. */
export const MAX_BULLET_CHARS = 1_000;

/** `keel career bullet`: the bullet's checklist with its score, and a rewrite to review. */
export async function careerBullet(text: string, flags: BulletFlags, output: Output): Promise<ExitCode> {
  const bullet = text.trim();
  if (bullet === "" || bullet.length > MAX_BULLET_CHARS) {
    output.err(
      `keel career bullet: ${bullet === "" ? "the bullet is empty" : `a bullet is one line: at most ${MAX_BULLET_CHARS} characters, not ${bullet.length}`}\n`,
    );
    return ExitCode.usage;
  }
  const analysis = analyseBullet(bullet);
  const rewrite = suggestRewrite(bullet);
  if (flags.format === "json") {
    output.out(json({ analysis, rewrite }));
    return ExitCode.ok;
  }
  const lines = [`Score ${analysis.score} of 100\n\n`];
  for (const c of analysis.checks) {
    lines.push(`${c.passed ? "✓" : "✗"} ${CHECK_NAMES[c.id]} (${c.weight}): ${c.detail}\n`);
    if (!c.passed && c.hint !== undefined) lines.push(`    hint: ${c.hint}\n`);
  }
  lines.push(`\nSuggested rewrite (a suggestion: nothing is applied):\n  ${rewrite.text}\n`);
  for (const p of rewrite.placeholders) lines.push(`    ${p.token}: ${p.fill}\n`);
  for (const n of rewrite.notes) lines.push(`  ${n}\n`);
  output.out(lines.join(""));
  return ExitCode.ok;
}

// ---- keel career match -------------------------------------------------------------------------

export interface MatchFlags {
  readonly profile?: string | undefined;
  readonly evidence?: string | undefined;
  readonly format: CareerFormat;
}

const mark = (found: boolean) => (found ? "✓" : "✗");

function matchText(m: PostingMatch): string {
  const out = [`Match ${m.score} of 100\n\n`];
  out.push(
    textTable(
      [
        { header: "part" },
        { header: "weight", align: "right" },
        { header: "score", align: "right" },
        { header: "found", align: "right" },
      ],
      m.parts.map((p) => [p.part, String(p.weight), String(p.score), `${p.found} of ${p.total}`]),
    ),
  );
  out.push(`\nTitle: ${m.title.detail}\n`);
  const where = (places: readonly { source: string; id?: string | undefined }[]) =>
    places.length === 0
      ? ""
      : ` (in ${[...new Set(places.map((p) => (p.id === undefined ? p.source : `evidence ${p.id}`)))].join(", ")})`;
  if (m.sections.qualifications.length > 0) {
    out.push("\nQualifications:\n");
    for (const q of m.sections.qualifications)
      out.push(`  ${mark(q.found)} [${q.need}] ${q.text}${where(q.where)}\n`);
  }
  if (m.sections.responsibilities.length > 0) {
    out.push("\nResponsibilities:\n");
    for (const r of m.sections.responsibilities) out.push(`  ${mark(r.found)} ${r.text}${where(r.where)}\n`);
  }
  if (m.sections.certifications.length > 0) {
    out.push("\nCertifications:\n");
    for (const c of m.sections.certifications) out.push(`  ${mark(c.satisfied)} [${c.need}] ${c.name}\n`);
  }
  if (m.sections.keywords.length > 0) {
    out.push(
      `\nKeywords: ${m.sections.keywords.map((k) => `${mark(k.found)} ${k.term}${k.count > 1 ? ` ×${k.count}` : ""}`).join(", ")}\n`,
    );
  }
  if (m.surface.length > 0) {
    out.push("\nEvidence to show first:\n");
    for (const s of m.surface) out.push(`  ${s.id}: ${s.terms.join(", ")}\n`);
  }
  for (const n of m.notes) out.push(`\n${n}`);
  if (m.notes.length > 0) out.push("\n");
  return out.join("");
}

/** `keel career match`: a job posting against the person's profile and evidence files. */
export async function careerMatch(file: string, flags: MatchFlags, output: Output): Promise<ExitCode> {
  const today = localToday();
  const posting = await readPlanFile(file);
  let profile: Profile | undefined;
  let evidence: Evidence[] = [];
  let failed = false;
  if (flags.profile !== undefined) {
    const read = await readProfileFile(flags.profile, today);
    if (read.ok) profile = read.value;
    else {
      reportProblems(flags.profile, read.problems, output);
      failed = true;
    }
  }
  if (flags.evidence !== undefined) {
    const read = await readEvidenceFile(flags.evidence, today);
    if (read.ok) evidence = read.value;
    else {
      reportProblems(flags.evidence, read.problems, output);
      failed = true;
    }
  }
  if (failed) return ExitCode.planFailed;
  let match: PostingMatch;
  try {
    match = matchPosting(posting, candidateOf(profile, evidence));
  } catch (error) {
    if (!(error instanceof PostingInputError)) throw error;
    output.err(`${file}: ${error.message}\n`);
    return ExitCode.planFailed;
  }
  output.out(flags.format === "json" ? json(match) : matchText(match));
  return ExitCode.ok;
}
