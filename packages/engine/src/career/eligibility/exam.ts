import type { LocalDate } from "@keel/model";
import type { ExamFacts } from "../data/certification-types.js";

/** The exam version given on `today`, and the next one when a change is announced after it. */
export function examsAt(
  exams: readonly ExamFacts[],
  today: LocalDate,
): { exam?: ExamFacts | undefined; nextExam?: ExamFacts | undefined } {
  const exam = exams.find(
    (e) => (e.from === undefined || e.from <= today) && (e.until === undefined || today <= e.until),
  );
  const nextExam = exams
    .filter((e) => e.from !== undefined && e.from > today)
    .sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""))[0];
  return { exam, nextExam };
}
