import { existsSync, readFileSync } from "node:fs";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const EXAMPLE = readFileSync(new URL("../../../../examples/status-demo.yaml", import.meta.url), "utf8");
const CHROMIUM = process.env.KEEL_CHROMIUM ?? "/usr/bin/chromium";

describe.each(TEST_DRIVERS)("status reports over the API on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let base: string;

  beforeEach(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    const res = await ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
      fileName: "status-demo.yaml",
      content: EXAMPLE,
    });
    expect(res.status).toBe(201);
    base = `/api/projects/${(await json(res)).id}`;
  });
  afterEach(() => t.dispose());

  it("generates a draft from the data, RED for the rules that fired, then edits, sends and keeps it", async () => {
    const created = await ada.request("POST", `${base}/status-reports`, {});
    expect(created.status, await created.clone().text()).toBe(201);
    const draft = await json(created);
    expect(draft).toMatchObject({ asOf: "2027-02-10", from: "2027-02-04", to: "2027-02-10", state: "draft" });
    expect(draft.report.overall.rag).toBe("RED");
    expect(draft.report.overall.reasons.map((r: { rule: string }) => r.rule).sort()).toEqual([
      "milestone-late",
      "risk-high-stale",
    ]);

    const summary = "Front end is a week late; we ask the sponsor for the test environment by Friday.";
    const edited = await json(
      ada.request("PATCH", `${base}/status-reports/${draft.id}`, {
        report: { ...draft.report, summary },
        version: draft.version,
      }),
    );
    const markdown = await ada.request("GET", `${base}/status-reports/${draft.id}/export?format=md`);
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(await markdown.text()).toContain(summary);
    const text = await (
      await ada.request("GET", `${base}/status-reports/${draft.id}/export?format=text`)
    ).text();
    expect(text).toContain("RED");
    expect(text).not.toContain("<");

    const sent = await json(
      ada.request("POST", `${base}/status-reports/${draft.id}/send`, { version: edited.version }),
    );
    expect(sent).toMatchObject({ state: "sent", sentBy: "Ada" });
    const locked = await ada.request("PATCH", `${base}/status-reports/${draft.id}`, {
      report: draft.report,
      version: sent.version,
    });
    expect(locked.status).toBe(409);
    const history = await json(ada.request("GET", `${base}/status-reports`));
    expect(history.map((r: { id: string; state: string }) => [r.id, r.state])).toEqual([[draft.id, "sent"]]);
  });

  it("draws the dashboard's trends from the report history, with the project's KPIs", async () => {
    const first = await json(ada.request("POST", `${base}/status-reports`, { asOf: "2027-02-03" }));
    await json(ada.request("POST", `${base}/status-reports/${first.id}/send`, { version: first.version }));
    const second = await json(ada.request("POST", `${base}/status-reports`, {}));
    await json(
      ada.request("POST", `${base}/kpis`, {
        id: "signups",
        name: "Self-service sign-ups",
        unit: "per week",
        target: 500,
        values: [{ date: "2027-02-05", value: 320 }],
      }),
    );
    const dashboard = await json(ada.request("GET", `${base}/dashboard?today=2027-02-10`));
    expect(dashboard.trends.points.map((p: { asOf: string; rag: string }) => [p.asOf, p.rag])).toEqual([
      ["2027-02-03", first.report.overall.rag],
      ["2027-02-10", "RED"],
    ]);
    expect(dashboard.trends.points[1].SPI).toBe(second.report.metrics.SPI);
    const milestone = dashboard.trends.milestones.find((m: { points: unknown[] }) => m.points.length === 2);
    expect(milestone).toBeDefined();
    expect(dashboard.kpis.map((k: { id: string }) => k.id)).toEqual(["signups"]);
    expect(dashboard.work.doneHours).toBeGreaterThan(0);
    expect(dashboard.work.doneHours).toBeLessThan(dashboard.work.totalHours);
    // The portfolio shows the latest sent report.
    const portfolio = await json(ada.request("GET", "/api/portfolio/status"));
    expect(portfolio).toEqual([expect.objectContaining({ asOf: "2027-02-03", state: "sent" })]);
  });

  it.skipIf(!existsSync(CHROMIUM))(
    "exports a PDF",
    async () => {
      const draft = await json(ada.request("POST", `${base}/status-reports`, {}));
      const res = await ada.request("GET", `${base}/status-reports/${draft.id}/export?format=pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    },
    60_000,
  );

  it("asks for a status date when there is none", async () => {
    const project = await json(ada.request("GET", base));
    const { statusDate: _s, ...rest } = project.project;
    const plan = await json(ada.request("GET", `${base}/plan`));
    const put = await ada.request("PUT", `${base}/plan`, {
      version: project.version,
      plan: {
        ...plan,
        project: rest,
        tasks: plan.tasks.map(
          ({ percentComplete: _p, actualStart: _a, actualFinish: _f, ...x }: Record<string, unknown>) => x,
        ),
      },
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const res = await ada.request("POST", `${base}/status-reports`, {});
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toContain("status date");
  });
});
