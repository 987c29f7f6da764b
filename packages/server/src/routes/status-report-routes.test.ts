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
