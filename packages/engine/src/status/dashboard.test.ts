import type { LocalDate, Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { asPlannedBaseline } from "../baseline/as-planned.js";
import { testPlan } from "../test-plan.js";
import { dashboardTrends, issuesByAge, type ReportedStatus } from "./dashboard.js";
import { statusPlan } from "./status-fixture.js";
import { statusReport } from "./status-report.js";

const day = (d: string) => d as LocalDate;

describe("dashboard trends", () => {
  const plan = statusPlan();
  const baseline = asPlannedBaseline(plan, "2027-01-01T00:00:00Z");
  const at = (asOf: string) => statusReport({ plan, baseline, asOf });

  it("keeps one report per date, the sent one over drafts, oldest first, with each milestone's forecasts", () => {
    const early = at("2027-01-08");
    const late = at("2027-01-15");
    const history: ReportedStatus[] = [
      { asOf: late.asOf, state: "draft", report: late },
      { asOf: early.asOf, state: "sent", report: early },
      { asOf: early.asOf, state: "draft", report: { ...early, overall: { rag: "GREEN", reasons: [] } } },
    ];
    const trends = dashboardTrends(history);
    expect(trends.points.map((p) => [p.asOf, p.rag])).toEqual([
      [early.asOf, early.overall.rag],
      [late.asOf, late.overall.rag],
    ]);
    expect(trends.points[1]?.SPI).toBe(late.metrics.SPI);
    const first = late.milestones[0];
    const trend = trends.milestones.find((m) => m.id === first?.id);
    expect(trend?.points).toEqual([
      { asOf: early.asOf, forecast: early.milestones.find((m) => m.id === first?.id)?.forecast },
      { asOf: late.asOf, forecast: first?.forecast },
    ]);
  });

  it("is empty without reports", () => {
    expect(dashboardTrends([])).toEqual({ points: [], milestones: [] });
  });
});

describe("issues by age", () => {
  it("bands open issues by the days since they were raised", () => {
    const plan: Plan = {
      ...testPlan([{ id: "a", dur: "1d" }]),
      issues: [
        {
          id: "new",
          name: "n",
          severity: "low",
          escalation: "team",
          status: "open",
          raised: day("2027-03-08"),
        },
        {
          id: "week",
          name: "w",
          severity: "low",
          escalation: "team",
          status: "open",
          raised: day("2027-03-03"),
        },
        {
          id: "month",
          name: "m",
          severity: "low",
          escalation: "team",
          status: "open",
          raised: day("2027-02-01"),
        },
        {
          id: "old",
          name: "o",
          severity: "low",
          escalation: "team",
          status: "open",
          raised: day("2026-10-01"),
        },
        {
          id: "done",
          name: "d",
          severity: "low",
          escalation: "team",
          status: "resolved",
          raised: day("2026-10-01"),
        },
        { id: "undated", name: "u", severity: "low", escalation: "team", status: "open" },
      ],
    };
    const { bands, undated } = issuesByAge(plan, day("2027-03-10"));
    expect(bands.map((b) => [b.label, b.issues])).toEqual([
      ["under a week", ["new"]],
      ["1–4 weeks", ["week"]],
      ["1–3 months", ["month"]],
      ["over 3 months", ["old"]],
    ]);
    expect(undated).toBe(1);
  });
});
