import type { EvmMetrics } from "@keel/engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ProjectRecord } from "../src/api/types.js";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, cell, editorClosed, ganttRow, importPlan, row, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();

/** Two people with rates, so earned value is measured on cost: 7-hour days, 700 and 560 a day. */
const PLAN = `project: { name: Payments launch, start: 2027-03-01 }
resources:
  - { id: dana, name: Dana Ruiz, costPerHour: 100 }
  - { id: eli, name: Eli Novak, costPerHour: 80 }
tasks:
  - { id: design, name: Design, duration: 5d, assign: [dana] }
  - id: delivery
    name: Delivery
    tasks:
      - { id: build, name: Build service, duration: 10d, after: [design], assign: [eli] }
      - { id: docs, name: Write docs, duration: 4d, after: [design], assign: [dana] }
  - { id: launch, name: Launch, milestone: true, after: [delivery] }
`;

// Column ids of the task table (packages/web/src/plan/columns.ts).
const PERCENT = 7;
const ACTUAL_START = 8;
const ACTUAL_FINISH = 9;

describe.skipIf(unavailable !== undefined)("tracking progress in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId: string;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const project = () => apiGet<ProjectRecord>(page, `/api/projects/${projectId}`);
  const nav = (name: string) =>
    page.getByRole("navigation", { name: "Project views" }).getByRole("link", { name, exact: true });
  const card = (metric: string) => page.locator(`.evm-card[data-metric="${metric}"]`);
  /** Types into a task table cell (opened with Enter) and saves with Enter; answers the message shown, if any. */
  async function typeInto(taskId: string, col: number, text: string): Promise<string | undefined> {
    await cell(page, taskId, col).click();
    await cell(page, taskId, col).press("Enter");
    const editor = row(page, taskId).locator(".cell-editor");
    await editor.fill(text);
    await editor.press("Enter");
    const refused = row(page, taskId).locator(".cell-error");
    await expect.poll(async () => (await editor.count()) === 0 || (await refused.count()) > 0).toBe(true);
    return (await refused.count()) > 0 ? ((await refused.textContent()) ?? "") : undefined;
  }
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string) {
    await page.setViewportSize({ width: 1366, height: 2000 });
    await page.locator(".shell-main").evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  it("starts with no baseline and no status date, and says what to do", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "payments.yaml", PLAN);
    await page.goto(`${server.url}/projects/${projectId}`);
    await nav("Tracking").click();
    await page.getByRole("heading", { name: "Tracking" }).waitFor();
    await page.getByText(/^No baseline saved yet/).waitFor();
    await page.getByText(/this project has none yet/).waitFor();
    await page.getByRole("link", { name: "Go to the plan" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}tracking-empty.png` });
  });

  it("saves a baseline by name", async () => {
    await page.getByRole("button", { name: "Save baseline" }).first().click();
    await page.getByRole("alert").filter({ hasText: "Name the baseline first" }).waitFor();
    await page.getByLabel("New baseline").fill("Plan of record");
    await page.getByRole("button", { name: "Save baseline" }).first().click();
    await page.getByRole("radio", { name: "Plan of record" }).waitFor();
    expect(await page.getByRole("radio", { name: "Plan of record" }).isChecked()).toBe(true);
    await page.getByText(/^Project finishes on its baseline finish/).waitFor();
    expect(new URL(page.url()).searchParams.get("baseline")).toMatch(/.+/);
  });

  it("sets the status date in the plan's toolbar", async () => {
    await nav("Plan").click();
    await row(page, "design").waitFor();
    const date = page
      .getByRole("toolbar", { name: "Progress and baseline" })
      .getByLabel("Status date", { exact: true });
    await date.fill("2027-03-10");
    await date.press("Enter");
    await expect.poll(async () => (await project()).project.statusDate).toBe("2027-03-10");
    const moving = page.getByLabel("Move incomplete work after the status date");
    expect(await moving.isChecked()).toBe(true);
    await moving.uncheck();
    await expect.poll(async () => (await project()).project.moveIncompleteWork).toBe(false);
    await moving.check();
    await expect.poll(async () => (await project()).project.moveIncompleteWork).toBe(true);
  });

  it("records progress in the Progress columns: one task complete and late, one 20 % in progress", async () => {
    await page.getByRole("button", { name: "Progress columns" }).click();
    await page.getByRole("columnheader", { name: "% complete" }).waitFor();

    expect(await typeInto("design", ACTUAL_START, "2027-03-01")).toBeUndefined();
    // Mark complete finishes it on the status date: the schedule had its remaining work after it.
    await cell(page, "design", 0).click();
    await page.getByRole("button", { name: "Mark complete" }).click();
    await page.getByRole("status").filter({ hasText: "Marked “Design” complete" }).waitFor();
    await expect.poll(() => cell(page, "design", PERCENT).textContent()).toBe("100 %");
    expect(await cell(page, "design", ACTUAL_FINISH).textContent()).toBe("Mar 10, 2027");
    // It really finished a day earlier.
    expect(await typeInto("design", ACTUAL_FINISH, "2027-03-09")).toBeUndefined();
    await expect.poll(() => cell(page, "design", ACTUAL_FINISH).textContent()).toBe("Mar 9, 2027");

    expect(await typeInto("build", ACTUAL_START, "2027-03-10")).toBeUndefined();
    expect(await typeInto("build", PERCENT, "20")).toBeUndefined();
    await expect.poll(() => cell(page, "build", PERCENT).textContent()).toBe("20 %");
    await expect.poll(() => row(page, "build").getAttribute("data-state")).toBe("in progress");
    expect(await row(page, "design").getAttribute("data-state")).toBe("complete");
    // The summary task rolls its tasks up, weighted by duration: 2 of 14 days done.
    await expect.poll(() => cell(page, "delivery", PERCENT).textContent()).toBe("14 %");
    expect(await cell(page, "delivery", ACTUAL_START).textContent()).toBe("Mar 10, 2027");
    expect(await ganttRow(page, "delivery").locator(".summary-progress").count()).toBe(1);
  });

  it("explains bad progress in place and keeps the task as it was", async () => {
    // The server's rule: actual dates cannot be after the status date.
    const late = await typeInto("docs", ACTUAL_START, "2027-03-12");
    expect(late).toContain("actual start 2027-03-12 is after the status date 2027-03-10");
    await page.screenshot({ path: `${SCREENSHOTS}tracking-bad-progress.png` });
    await row(page, "docs").locator(".cell-editor").press("Escape");
    await editorClosed(page);
    // Progress on a task not started, and a percentage out of range.
    expect(await typeInto("docs", PERCENT, "30")).toContain("a task not started has no actuals");
    await row(page, "docs").locator(".cell-editor").press("Escape");
    expect(await typeInto("docs", PERCENT, "150")).toBe(
      "Percent complete is 0 to 100; 150 is more than that.",
    );
    await row(page, "docs").locator(".cell-editor").press("Escape");
    await editorClosed(page);
    const docs = await apiGet<{ percentComplete?: number; actualStart?: string }>(
      page,
      `/api/projects/${projectId}/tasks/docs`,
    );
    expect(docs.percentComplete).toBeUndefined();
    expect(docs.actualStart).toBeUndefined();
  });

  it("draws progress, the baseline and the progress line on the Gantt", async () => {
    const toolbar = page.getByRole("toolbar", { name: "Progress and baseline" });
    await toolbar.getByLabel("Baseline bars").selectOption({ label: "Plan of record" });
    await expect.poll(() => page.locator(".gantt-row .baseline-bar").count()).toBe(5);
    await toolbar.getByRole("button", { name: "Progress line" }).click();
    await page.locator(".gantt-links .progress-line").waitFor();
    // Build is behind: the line bends left of the status date on its row.
    const bends = await page.locator(".gantt-links .progress-line").getAttribute("d");
    expect(bends?.split(" L").length).toBeGreaterThan(3);
    expect(await ganttRow(page, "design").locator(".progress-fill").count()).toBe(1);
    expect(await ganttRow(page, "build").locator(".progress-fill").count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}tracking-plan.png` });
    await page.locator(".plan-body").screenshot({ path: `${SCREENSHOTS}tracking-gantt.png` });
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.screenshot({ path: `${SCREENSHOTS}tracking-plan-dark.png` });
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("shows what slipped and earned value as of the status date", async () => {
    await nav("Tracking").click();
    const slipped = page.getByRole("list", { name: "Tasks finishing later than in the baseline" });
    await slipped.locator('li[data-task="design"]').waitFor();
    expect(await slipped.locator('li[data-task="design"]').textContent()).toBe(
      "DesignMar 5, 2027 → Mar 9, 2027+2 working days",
    );
    expect(await slipped.locator('li[data-task="build"]').count()).toBe(1);
    await page.getByText(/^Project finishes \d+ working days? late/).waitFor();

    const evm = await apiGet<{ basis: string; project: EvmMetrics }>(page, `/api/projects/${projectId}/evm`);
    expect(evm.basis).toBe("cost");
    expect(evm.project.SPI).toBeLessThan(1);
    await expect
      .poll(() => card("SPI").locator(".evm-card-value").textContent())
      .toBe(evm.project.SPI?.toFixed(2));
    expect(await card("CPI").locator(".evm-card-value").textContent()).toBe(evm.project.CPI?.toFixed(2));
    expect(await card("SPI").locator(".evm-card-tone").textContent()).toMatch(/Off track|Watch/);
    await page.getByText(/^Measured on cost against baseline “Plan of record”/).waitFor();
    // The S-curve has its EV and AC points at the status date, and the numbers in a table.
    expect(await page.locator(".s-curve-card .ev-point").count()).toBe(1);
    expect(await page.locator(".s-curve-card .ac-point").count()).toBe(1);
    await page.getByText("Show the numbers").click();
    await page.locator(".s-curve-data table").waitFor();
    await page.getByText("Show the numbers").click();
    expect(await page.locator('.evm-table tr[data-task="build"]').textContent()).toContain("Build service");
    await page.locator('.variance-table tr[data-task="design"]').waitFor();

    await tallScreenshot("tracking-light.png");
    await page.locator(".s-curve-card").screenshot({ path: `${SCREENSHOTS}tracking-s-curve.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("tracking-dark.png");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("updates live when progress changes, and deletes a baseline after confirming", async () => {
    const before = await card("SPI").locator(".evm-card-value").textContent();
    const build = await apiGet<{ version: number }>(page, `/api/projects/${projectId}/tasks/build`);
    const session = await apiGet<{ csrfToken: string }>(page, "/api/session");
    const res = await page.request.fetch(`${server.url}/api/projects/${projectId}/tasks/build`, {
      method: "PATCH",
      headers: { "x-csrf-token": session.csrfToken, "content-type": "application/json" },
      data: JSON.stringify({ percentComplete: 60, version: build.version }),
    });
    expect(res.status()).toBe(200);
    await expect.poll(() => card("SPI").locator(".evm-card-value").textContent()).not.toBe(before);

    await page.getByLabel("New baseline").fill("Re-plan");
    await page.getByRole("button", { name: "Save baseline" }).first().click();
    await page.getByRole("radio", { name: "Re-plan" }).waitFor();
    await page.getByText(/^No task finishes later than in “Re-plan”/).waitFor();
    await page.getByRole("button", { name: "Delete baseline Re-plan" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete baseline “Re-plan”?" });
    await dialog.getByRole("button", { name: "Delete" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByRole("radio").count()).toBe(1);
    expect(await page.getByRole("radio", { name: "Plan of record" }).isChecked()).toBe(true);
  });
});
