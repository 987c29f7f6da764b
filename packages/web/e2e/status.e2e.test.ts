import { copyFileSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, importPlan, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();
const DEMO = readFileSync(new URL("../../../examples/status-demo.yaml", import.meta.url), "utf8");
const SUMMARY =
  "The front end is a week late and the single sign-on risk needs IT's change freeze. We ask the sponsor for the UAT environment by 17 Feb.";

interface ReportRecord {
  readonly id: string;
  readonly version: number;
  readonly state: string;
  readonly report: { readonly summary: string };
}

describe.skipIf(unavailable !== undefined)("status reports and the dashboard in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId: string;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const nav = (name: string) =>
    page.getByRole("navigation", { name: "Project views" }).getByRole("link", { name, exact: true });
  const doc = () => page.locator(".report-doc");
  const reports = () => `/api/projects/${projectId}/status-reports`;
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string, height = 2400) {
    await page.setViewportSize({ width: 1366, height });
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  it("starts with no reports and says what a report is", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "status-demo.yaml", DEMO);
    await page.goto(`${server.url}/projects/${projectId}`);
    await nav("Status").click();
    await page.getByRole("heading", { name: "Status reports", exact: true }).waitFor();
    await page.getByRole("heading", { name: "No status reports yet" }).waitFor();
    // The new report is as of the project's status date, for one week.
    expect(await page.getByLabel("As of").inputValue()).toBe("2027-02-10");
    expect(await page.getByLabel("Period").inputValue()).toBe("1");
    await page.screenshot({ path: `${SCREENSHOTS}status-empty.png` });
    // The dashboard says how to start its trends.
    await nav("Dashboard").click();
    await page
      .getByText(/^Send your first status report to start the trends/)
      .first()
      .waitFor();
    await tallScreenshot("dashboard-empty.png", 1500);
    await nav("Status").click();
  });

  it("generates a draft: RED, with the rules that set it", async () => {
    await page.getByRole("button", { name: "Generate report" }).click();
    await doc().waitFor({ timeout: 30_000 });
    expect(await doc().locator(".report-overall .rag-pill").textContent()).toBe("RED");
    const reasons = doc().locator(".report-why li");
    expect(await reasons.count()).toBe(2);
    const why = await doc().locator(".report-why").textContent();
    expect(why).toContain("Front end feature-complete was due");
    expect(why).toContain("milestone-late");
    expect(why).toContain("Single sign-on migration by IT collides with launch");
    expect(why).toContain("risk-high-stale");
    // Each area in words, never colour alone.
    const areas = await doc().locator(".report-areas th").allTextContents();
    expect(areas).toEqual(["Schedule", "Cost", "Scope", "Risks and issues"]);
    expect(await page.locator(".report-history tbody tr").count()).toBe(1);
    expect(await page.locator(".report-history tbody tr").textContent()).toContain("Draft");
  });

  it("edits the summary and the lists, and saves", async () => {
    await page.getByLabel("Summary").fill(SUMMARY);
    await expect.poll(() => page.locator(".report-state").textContent()).toContain("unsaved changes");
    // A next action with its owner and date.
    await page.getByRole("button", { name: "Add a next action" }).click();
    const form = page.locator(".report-item-form");
    await form.getByLabel("Action").fill("Confirm the UAT environment with the sponsor");
    await form.getByLabel("Owner").fill("Priya Shah");
    await form.getByLabel("When").fill("2027-02-15");
    await page.screenshot({ path: `${SCREENSHOTS}status-item-form.png` });
    await form.getByRole("button", { name: "Done" }).click();
    await form.waitFor({ state: "detached" });
    // Focus is back on the item, ready to edit it again (moved on the next frame).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Edit “Confirm the UAT environment with the sponsor”");
    const next = doc().locator("section", { has: page.getByRole("heading", { name: "Next" }) });
    expect(await next.textContent()).toContain("Confirm the UAT environment with the sponsor");
    // A blocker needs its why: the report says so in place, and saving waits for it.
    await page.getByRole("button", { name: "Add a blocker" }).click();
    await form.getByLabel("What").fill("Design review slot");
    await form.getByRole("button", { name: "Done" }).click();
    await page.getByText("Why is needed.").waitFor();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/^Fill in what is missing first/).waitFor();
    await page.getByRole("button", { name: "Remove “Design review slot”" }).click();
    await page.screenshot({ path: `${SCREENSHOTS}status-editing.png` });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.locator(".report-state").textContent()).toContain("all changes saved");
    const [saved] = await apiGet<ReportRecord[]>(page, reports());
    expect(saved?.report.summary).toBe(SUMMARY);
  });

  it("exports Markdown with the edits, a PDF, and plain text to paste", async () => {
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Markdown", exact: true }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe("status-2027-02-10.md");
    const text = readFileSync((await markdown.path()) as string, "utf8");
    expect(text).toContain("**Overall: RED**");
    expect(text).toContain(SUMMARY);
    expect(text).toContain("Confirm the UAT environment with the sponsor");

    const [pdfResponse, pdf] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("format=pdf"), { timeout: 60_000 }),
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "PDF", exact: true }).click(),
    ]);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    const bytes = readFileSync((await pdf.path()) as string);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    copyFileSync((await pdf.path()) as string, `${SCREENSHOTS}status-report.pdf`);

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy as text" }).click();
    await page.getByText(/^Copied as plain text/).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Overall: RED");
    expect(copied).toContain(SUMMARY);
    expect(copied).not.toContain("<");
  });

  it("reads well and passes axe in both themes", async () => {
    await tallScreenshot("status-draft.png", 3400);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("status-draft-dark.png", 3400);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("marks it as sent: read only, and sent in the history", async () => {
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await expect.poll(() => page.locator(".report-state").textContent()).toMatch(/^Sent on .+ by /);
    expect(await page.getByLabel("Summary").count()).toBe(0);
    expect(await doc().locator(".report-summary p").textContent()).toBe(SUMMARY);
    expect(await page.getByRole("button", { name: /^Edit “/ }).count()).toBe(0);
    await expect.poll(() => page.locator(".report-history tbody tr").textContent()).toContain("Sent");
    await tallScreenshot("status-sent.png", 1400);
  });

  it("keeps someone else's edit: a draft changed meanwhile asks to reload", async () => {
    const draft = await apiSend<ReportRecord>(page, "POST", reports(), { asOf: "2027-02-03", periodDays: 7 });
    await page.goto(`${server.url}/projects/${projectId}/status?report=${draft.id}`);
    await page.getByLabel("Summary").fill("My words");
    await apiSend(page, "PATCH", `${reports()}/${draft.id}`, {
      report: { ...draft.report, summary: "Their words" },
      version: draft.version,
    });
    await page.getByText(/^Someone else edited this report meanwhile/).waitFor({ timeout: 10_000 });
    expect(await page.getByRole("button", { name: "Save", exact: true }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => page.getByLabel("Summary").inputValue()).toBe("Their words");
    // Sent, it adds a second point to the dashboard's trends.
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await expect.poll(() => page.locator(".report-history tbody tr").count()).toBe(2);
  });

  it("deletes a draft after confirming", async () => {
    await page.getByRole("button", { name: "Generate report" }).click();
    await expect.poll(() => page.locator(".report-history tbody tr").count(), { timeout: 30_000 }).toBe(3);
    await page.getByRole("button", { name: "Delete draft" }).click();
    await page
      .getByRole("dialog", { name: "Delete this draft?" })
      .getByRole("button", { name: "Delete" })
      .click();
    await expect.poll(() => page.locator(".report-history tbody tr").count()).toBe(2);
  });

  it("draws the dashboard from the reports: trends, milestones, issues by age", async () => {
    await nav("Dashboard").click();
    await page.getByRole("heading", { name: "Dashboard", exact: true }).waitFor();
    await page.locator(".headline").waitFor();
    expect(await page.locator(".headline-overall .rag-pill").textContent()).toBe("RED");
    // Two reports: two points on each line.
    await expect.poll(() => page.locator(".dots-spi circle").count()).toBe(2);
    expect(await page.locator(".dots-done circle").count()).toBe(2);
    expect(await page.locator(".milestone-line").count()).toBeGreaterThan(0);
    expect(await page.locator(".milestone-legend").textContent()).toContain("Portal live");
    // The one open issue, raised this month or earlier, in its age band.
    const bars = await page.locator(".age-bar .age-count").allTextContents();
    expect(bars.reduce((n, c) => n + Number(c), 0)).toBe(1);

    // A report sent by someone else shows at once.
    const third = await apiSend<ReportRecord>(page, "POST", reports(), { asOf: "2027-02-17", periodDays: 7 });
    await apiSend(page, "POST", `${reports()}/${third.id}/send`, { version: third.version });
    await expect.poll(() => page.locator(".dots-spi circle").count(), { timeout: 10_000 }).toBe(3);
  });

  it("adds a business KPI and its values", async () => {
    await page.getByRole("button", { name: "Add KPI" }).click();
    const dialog = page.getByRole("dialog", { name: "New KPI" });
    await dialog.getByLabel("Name").fill("Self-service sign-ups");
    await dialog.getByLabel("Unit (optional)").fill("per week");
    await dialog.getByLabel("Target (optional)").fill("500");
    await dialog.getByRole("button", { name: "Add KPI" }).click();
    await dialog.waitFor({ state: "hidden" });
    const card = page.locator('.kpi-card[data-kpi="self-service-sign-ups"]');
    await card.waitFor();
    expect(await card.textContent()).toContain("No values yet");
    for (const [date, value] of [
      ["2027-02-05", "320"],
      ["2027-02-12", "410"],
    ] as const) {
      await card.getByRole("button", { name: "Add value to Self-service sign-ups" }).click();
      await card.getByLabel("Date").fill(date);
      await card.getByLabel(/^Value/).fill(value);
      await card.getByRole("button", { name: "Add", exact: true }).click();
      await card.getByLabel("Date").waitFor({ state: "detached" });
    }
    await expect.poll(() => card.locator(".kpi-latest").textContent()).toContain("410 per week");
    expect(await card.locator(".kpi-move").textContent()).toContain("up from 320 per week, better");
    expect(await card.locator(".kpi-move").getAttribute("class")).toContain("is-better");
    expect(await card.locator(".kpi-target").textContent()).toContain(
      "Target 500 per week · higher is better · not there yet",
    );
    expect(await card.locator(".kpi-spark-line").getAttribute("d")).toMatch(
      /^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/,
    );

    // A lower target: the latest value now meets it.
    await card.getByRole("button", { name: "Edit Self-service sign-ups" }).click();
    const edit = page.getByRole("dialog", { name: "Edit “Self-service sign-ups”" });
    await edit.getByLabel("Target (optional)").fill("400");
    expect(await edit.locator(".kpi-values li").count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}dashboard-kpi-dialog.png` });
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.waitFor({ state: "hidden" });
    await expect.poll(() => card.locator(".kpi-target").textContent()).toContain("on target");
  });

  it("reads well and passes axe in both themes", async () => {
    await tallScreenshot("dashboard.png", 1700);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("dashboard-dark.png", 1700);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("rolls the latest sent report up to the portfolio", async () => {
    await page.getByRole("link", { name: "Portfolio" }).click();
    await page.getByRole("heading", { name: "Portfolio" }).waitFor();
    // The demo has a project of the same name: this test's is the one it imported.
    const row = page.locator("tbody tr", { has: page.locator(`a[href="/projects/${projectId}"]`) });
    await expect.poll(() => row.locator(".rag-pill").textContent()).toBe("RED");
    expect(await row.textContent()).toContain("Feb 17, 2027");
    await page.getByRole("button", { name: /^Status/ }).click();
    // Worst first: the only project with a report, RED.
    expect(await page.locator("tbody tr").first().locator(".rag-pill").textContent()).toBe("RED");
    await page.screenshot({ path: `${SCREENSHOTS}portfolio-status.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
