import type { CertificationEligibility, ExamFacts, Gap } from "@keel/engine";

// How the certifications page words the engine's facts: short, plain, and never a bare number.

export type CertStatus = "held" | "expired" | "eligible" | "not-yet";

export function certStatus(c: CertificationEligibility): CertStatus {
  if (c.holding?.active === true) return "held";
  if (c.eligible) return "eligible";
  return c.holding === undefined ? "not-yet" : "expired";
}

export const STATUS_LABEL: Readonly<Record<CertStatus, string>> = {
  held: "Held",
  expired: "Expired: renew or retake",
  eligible: "Eligible now",
  "not-yet": "Not yet",
};

function minutesText(minutes: number): string {
  if (minutes < 120 || minutes % 60 !== 0) return `${minutes} minutes`;
  return `${minutes / 60} hours`;
}

/** "about 185 questions (175 scored) · 240 minutes · pass 60 % (36 of 60) · closed book". */
export function examText(exam: ExamFacts): string {
  const parts: string[] = [];
  if (exam.questions !== undefined) {
    const q = `${exam.questionsQualifier === undefined ? "" : `${exam.questionsQualifier} `}${exam.questions} questions`;
    parts.push(exam.scoredQuestions === undefined ? q : `${q} (${exam.scoredQuestions} scored)`);
  }
  if (exam.minutes !== undefined) parts.push(minutesText(exam.minutes));
  const pass = exam.passMark;
  if (pass !== undefined) {
    const score =
      pass.score !== undefined && pass.outOf !== undefined ? `${pass.score} of ${pass.outOf}` : "";
    if (pass.percent !== undefined) parts.push(`pass ${pass.percent} %${score === "" ? "" : ` (${score})`}`);
    else if (score !== "") parts.push(`pass ${score}`);
  }
  if (exam.format !== undefined) parts.push(exam.format);
  return parts.join(" · ");
}

/** "People 33 %, Process 41 %, Business Environment 26 %". */
export function domainsText(exam: ExamFacts): string {
  return (exam.domains ?? []).map((d) => `${d.name} ${d.percent} %`).join(", ");
}

/** When an exam version applies: "until 2026-07-08", "from 2026-07-09". */
export function examWhen(exam: ExamFacts): string {
  if (exam.from !== undefined && exam.until !== undefined) return `${exam.from} to ${exam.until}`;
  if (exam.from !== undefined) return `from ${exam.from}`;
  if (exam.until !== undefined) return `until ${exam.until}`;
  return "";
}

/** "22 of 36 months" for a gap's progress bar. */
export function gapText(gap: Gap): string {
  return `${gap.have} of ${gap.need} ${gap.unit === "certifications" ? "certificates" : gap.unit}`;
}
