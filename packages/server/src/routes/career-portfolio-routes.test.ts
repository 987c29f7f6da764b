import { existsSync, readFileSync } from "node:fs";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const EXAMPLE = readFileSync(new URL("../../../../examples/status-demo.yaml", import.meta.url), "utf8");
const CHROMIUM = process.env.KEEL_CHROMIUM ?? "/usr/bin/chromium";

const WIN = {
  title: "Brought the portal design to sign-off",
  role: "Technical project coordinator",
  situation: "The relaunch needed a signed-off design before the build could start.",
  action: "Ran prototype tests with 12 customers and weekly reviews with the sponsor.",
  result: "Design signed off on its planned day.",
  metrics: [{ name: "customers in prototype tests", value: 12 }],
  date: "2026-01-21",
};

describe.each(TEST_DRIVERS)("portfolio export and share links on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let bob: TestClient;
  let projectId: string;
  let evidenceId: string;

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    bob = await t.user("Bob");
    const ws = await json(ada.request("POST", "/api/workspaces", { name: "Platform" }));
    projectId = (
      await json(
        ada.request("POST", `/api/workspaces/${ws.id}/projects/import`, {
          fileName: "status-demo.yaml",
          content: EXAMPLE,
        }),
      )
    ).id;
    await ada.request("POST", `/api/projects/${projectId}/baselines`, { name: "Plan of record" });
    evidenceId = (await json(ada.request("POST", "/api/me/career/evidence", WIN))).id;
  });
  afterAll(() => t?.dispose());

  const choice = () => ({ title: "Ada's portfolio", evidenceIds: [evidenceId], projectIds: [projectId] });

  it("exports the chosen entries and projects as Markdown and HTML with a milestone chart", async () => {
    const md = await ada.request("POST", "/api/me/career/portfolio", { ...choice(), format: "md" });
    expect(md.status, await md.clone().text()).toBe(200);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(md.headers.get("content-disposition")).toContain("filename*=UTF-8''Adas%20portfolio.md");
    const text = await md.text();
    expect(text).toContain("# Ada's portfolio");
    expect(text).toContain("**Role:** Technical project coordinator");
    expect(text).toContain(`**Problem.** ${WIN.situation}`);
    expect(text).toContain("- customers in prototype tests: 12");
    expect(text).toContain("### Customer portal relaunch");
    // Done on its baseline day: the baseline was saved after the fact.
    expect(text).toContain("| Design signed off | 2027-01-21 | done 2027-01-21 | on baseline |");
    expect(text).toMatch(/\| Portal live \| 2027-03-\d\d \| forecast 2027-03-\d\d \| on baseline \|/);

    const html = await ada.request("POST", "/api/me/career/portfolio", { ...choice(), format: "html" });
    expect(html.headers.get("content-type")).toContain("text/html");
    const page = await html.text();
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(page).toContain("Milestones of Customer portal relaunch");
  });

  it("prints the portfolio to PDF, or says what PDF needs", async () => {
    const res = await ada.request("POST", "/api/me/career/portfolio", { ...choice(), format: "pdf" });
    if (existsSync(CHROMIUM)) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    } else {
      expect(res.status).toBe(503);
      expect((await json(res)).error.code).toBe("pdf_unavailable");
    }
  }, 60_000);

  it("refuses entries and projects that are not the caller's, and more than ten entries", async () => {
    const theirs = await bob.request("POST", "/api/me/career/portfolio", {
      ...choice(),
      projectIds: [],
      format: "md",
    });
    expect(theirs.status).toBe(404);
    expect((await json(theirs)).error.entity).toBe("evidence");
    const bobs = (await json(bob.request("POST", "/api/me/career/evidence", WIN))).id;
    const project = await bob.request("POST", "/api/me/career/portfolio", {
      ...choice(),
      evidenceIds: [bobs],
      format: "md",
    });
    expect(project.status).toBe(404);
    expect((await json(project)).error.entity).toBe("project");
    const many = await ada.request("POST", "/api/me/career/portfolio", {
      ...choice(),
      evidenceIds: Array.from({ length: 11 }, () => evidenceId),
      format: "md",
    });
    expect(many.status).toBe(400);
    expect((await json(many)).error.fields[0]).toMatchObject({ path: "evidenceIds" });
    expect((await bob.request("POST", "/api/me/career/portfolio/share", choice())).status).toBe(404);
  });

  it("shares a read-only page anyone with the link can open, showing what it holds now, until revoked", async () => {
    const res = await ada.request("POST", "/api/me/career/portfolio/share", choice());
    expect(res.status).toBe(201);
    const { token, url } = await json(res);
    expect(token).toMatch(/^kps_[\w-]{43}$/);
    expect(url).toBe(`/shared/portfolio/${token}`);

    const open = () => t.anonymous().request("GET", `/api/shared/portfolio/${token}`);
    const shared = await open();
    expect(shared.status).toBe(200);
    expect(shared.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(shared.headers.get("cache-control")).toBe("no-store");
    const page = await shared.text();
    expect(page).toContain(WIN.title);
    expect(page).toContain("Customer portal relaunch");

    const entry = await json(ada.request("GET", "/api/me/career/evidence"));
    const edited = WIN.title.replace("Brought", "Steered");
    await ada.request("PATCH", `/api/me/career/evidence/${evidenceId}`, {
      title: edited,
      version: entry[0].version,
    });
    expect(await (await open()).text()).toContain(edited);

    expect((await bob.request("DELETE", `/api/me/career/portfolio/share/${token}`)).status).toBe(404);
    expect((await open()).status).toBe(200);
    expect((await ada.request("DELETE", `/api/me/career/portfolio/share/${token}`)).status).toBe(204);
    const gone = await open();
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.entity).toBe("portfolio share");
    expect((await ada.request("DELETE", `/api/me/career/portfolio/share/${token}`)).status).toBe(404);
    expect((await t.anonymous().request("GET", "/api/shared/portfolio/kps_nothing")).status).toBe(404);
  });
});
