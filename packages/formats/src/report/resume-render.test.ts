import type { ResumeBullet } from "@keel/engine";
import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import type { ResumeDocument } from "./resume-document.js";
import { resumeMarkdown } from "./resume-markdown.js";
import { resumeText } from "./resume-text.js";

const bullet = (project: string, text: string): ResumeBullet => ({
  evidenceId: text,
  project,
  date: "2026-01-05" as LocalDate,
  text,
  score: 50,
  placeholders: [],
});

const doc: ResumeDocument = {
  title: "",
  bullets: [
    bullet(
      "Customer portal relaunch",
      "Ran prototype tests with 12 customers and weekly reviews with the sponsor across [N] teams, design signed off on its planned day",
    ),
    bullet("", "Coordinated releases for the 3 squads, cut rollbacks from 8 to 2 a quarter"),
    bullet("Customer portal relaunch", "Planned the cut-over, cutting downtime by [X] %"),
  ],
};

describe("resume bullets as Markdown", () => {
  it("has the default title, a heading per project in order of first appearance, one bullet a line", () => {
    expect(resumeMarkdown(doc)).toBe(
      [
        "# Project management highlights",
        "",
        "## Customer portal relaunch",
        "",
        "- Ran prototype tests with 12 customers and weekly reviews with the sponsor across \\[N\\] teams, design signed off on its planned day",
        "- Planned the cut-over, cutting downtime by \\[X\\] %",
        "",
        "## Other work",
        "",
        "- Coordinated releases for the 3 squads, cut rollbacks from 8 to 2 a quarter",
        "",
      ].join("\n"),
    );
  });

  it("uses the user's title on one line", () => {
    expect(resumeMarkdown({ ...doc, title: "  Ada's *wins*\nfor PM roles " })).toMatch(
      /^# Ada's \\\*wins\\\* for PM roles\n/,
    );
  });
});

describe("resume bullets as plain text", () => {
  it("underlines the title and wraps each bullet under its text", () => {
    expect(resumeText(doc, 60)).toBe(
      [
        "Project management highlights",
        "=============================",
        "",
        "Customer portal relaunch",
        "- Ran prototype tests with 12 customers and weekly reviews",
        "  with the sponsor across [N] teams, design signed off on",
        "  its planned day",
        "- Planned the cut-over, cutting downtime by [X] %",
        "",
        "Other work",
        "- Coordinated releases for the 3 squads, cut rollbacks from",
        "  8 to 2 a quarter",
        "",
      ].join("\n"),
    );
  });

  it("keeps every line within the width unless one word is longer", () => {
    const long = { title: "T", bullets: [bullet("P", `Led ${"x".repeat(90)} and ${"word ".repeat(40)}`)] };
    const lines = resumeText(long).split("\n");
    expect(lines.filter((l) => l.length > 76)).toEqual([`  ${"x".repeat(90)}`]);
    expect(lines.join(" ").replace(/\s+/g, " ")).toContain(`Led ${"x".repeat(90)} and word`);
  });
});
