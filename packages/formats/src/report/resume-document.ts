import type { ResumeBullet } from "@keel/engine";

/** The heading when the user gives none. */
export const RESUME_TITLE = "Project management highlights";

/** Resume bullets to export: a title and the bullets in the order to show them. */
export interface ResumeDocument {
  readonly title: string;
  readonly bullets: readonly ResumeBullet[];
}

/** Bullets of entries that name no project. */
export const NO_PROJECT = "Other work";

/** The bullets grouped by project, in the order each project first appears (newest work first). */
export function resumeSections(
  doc: ResumeDocument,
): readonly { readonly project: string; readonly bullets: readonly string[] }[] {
  const sections = new Map<string, string[]>();
  for (const b of doc.bullets) {
    const project = b.project === "" ? NO_PROJECT : b.project;
    sections.set(project, [...(sections.get(project) ?? []), b.text]);
  }
  return [...sections].map(([project, bullets]) => ({ project, bullets }));
}

/** The title to print on one line: the user's, else the default. */
export const resumeTitle = (doc: ResumeDocument): string =>
  doc.title.replace(/\s+/g, " ").trim() || RESUME_TITLE;
