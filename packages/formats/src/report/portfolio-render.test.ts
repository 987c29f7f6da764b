import type { Evidence, LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { milestoneChartSvg } from "./portfolio-chart.js";
import type { PortfolioDocument, PortfolioProject } from "./portfolio-document.js";
import { portfolioHtml } from "./portfolio-html.js";
import { portfolioMarkdown } from "./portfolio-markdown.js";

const entry = (e: Partial<Evidence>): Evidence => ({
  id: "e1",
  title: "Delivered Design signed off on 2027-01-21, 2 working days ahead of its baseline date",
  project: "Customer portal relaunch",
  role: "Technical project coordinator",
  situation: "The portal relaunch had a hard date.",
  action: "Ran the design reviews <weekly> & kept the plan current.",
  result: "Design signed off two days early.",
  metrics: [
    { name: "working days ahead of the baseline date", value: 2, unit: "working days" },
    { name: "defects", value: -35, unit: "%" },
  ],
  scale: { people: 4, durationWeeks: 2.9 },
  competencies: ["milestone-tracking"],
  date: "2027-01-21" as LocalDate,
  visibility: "private",
  ...e,
});

const project: PortfolioProject = {
  name: "Customer portal relaunch",
  role: "manager",
  start: "2027-01-04",
  finish: "2027-03-12",
  baselineName: "Plan of record",
  milestones: [
    { name: "Design signed off", baseline: "2027-01-25", date: "2027-01-21", done: true, varianceDays: -2 },
    { name: "Beta ready", baseline: "2027-02-24", date: "2027-03-01", done: false, varianceDays: 3 },
    { name: "Added later", baseline: null, date: "2027-03-12", done: false, varianceDays: null },
  ],
};

const doc: PortfolioDocument = {
  title: "Ada's delivery portfolio",
  author: "Ada Lovelace",
  generatedOn: "2027-03-01",
  entries: [
    entry({}),
    entry({
      id: "e2",
      title: "Draft win",
      situation: "",
      action: "",
      result: "",
      metrics: [],
      scale: {},
      role: "",
    }),
  ],
  projects: [project],
};

describe("portfolio as Markdown", () => {
  const out = portfolioMarkdown(doc);

  it("tells each entry as role, problem, actions, outcomes and numbers, leaving out what is empty", () => {
    expect(out).toContain("# Ada's delivery portfolio");
    expect(out).toContain(
      "**Role:** Technical project coordinator · **Project:** Customer portal relaunch · **Date:** 2027-01-21",
    );
    expect(out).toContain("**Problem.** The portal relaunch had a hard date.");
    expect(out).toContain("**Actions.** Ran the design reviews \\<weekly\\> & kept the plan current.");
    expect(out).toContain("- working days ahead of the baseline date: 2 working days\n- defects: -35 %");
    expect(out).toContain("**Scale:** 4 people, 2.9 weeks");
    const draft = out.slice(out.indexOf("### Draft win"), out.indexOf("## Projects"));
    expect(draft).not.toMatch(/Problem|Actions|Outcomes|Numbers|Role/);
  });

  it("lists each project's milestones with baseline, actual or forecast and variance", () => {
    expect(out).toContain("| Design signed off | 2027-01-25 | done 2027-01-21 | 2 working days early |");
    expect(out).toContain("| Beta ready | 2027-02-24 | forecast 2027-03-01 | 3 working days late |");
    expect(out).toContain("| Added later |  | forecast 2027-03-12 |  |");
  });
});

describe("portfolio as HTML", () => {
  const html = portfolioHtml(doc);

  it("is one self-contained document with print styles, escaping what the person wrote", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("@page{size:A4");
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(html).toContain("Ran the design reviews &lt;weekly&gt; &amp; kept the plan current.");
    expect(html).toContain("<li>defects: -35 %</li>");
    expect(html).toContain('<td class="nowrap late">3 working days late</td>');
    expect(html).toContain('<td class="nowrap early">2 working days early</td>');
  });

  it("draws the milestones as inline SVG: hollow baseline, filled when done, dashed when forecast, red when late", () => {
    const svg = milestoneChartSvg(project);
    expect(html).toContain(svg);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Milestones of Customer portal relaunch/);
    // Design: a baseline and a green filled diamond; beta: a red dashed one; the added milestone: ink, dashed.
    expect(svg.match(/fill="#05603a" stroke="#05603a"/g)).toHaveLength(2); // the row and the legend
    expect(svg).toContain('fill="#fff" stroke="#a8200d" stroke-width="1.5" stroke-dasharray="2 2"');
    expect(svg).toContain('fill="#fff" stroke="#1b2230" stroke-width="1.5" stroke-dasharray="2 2"');
    expect(svg).toContain(">Feb 2027</text>");
    expect(svg).toContain(">Mar</text>");
    expect(milestoneChartSvg({ ...project, milestones: [] })).toBe("");
  });
});
