import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();
if (unavailable !== undefined) console.info(`Browser tests skipped: ${unavailable}.`);

/** The browser's date, `days` from today, as `YYYY-MM-DD`. */
function localDate(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface Record {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly status: string;
  readonly percentComplete?: number;
}

describe.skipIf(unavailable !== undefined)("epics and the plan in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId: string;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const path = (p: string) => `/api/projects/${projectId}${p}`;
  const task = (id: string) => apiGet<Record>(page, path(`/tasks/${id}`));

  /** A backlog item made a month ago, walked through the hybrid board to Done on `at`. */
  async function finished(body: object, at: string): Promise<string> {
    let item = await apiSend<Record>(page, "POST", path("/backlog-items"), {
      created: localDate(-30),
      ...body,
    });
    for (const status of ["todo", "in-progress", "in-test", "done"]) {
      item = (
        await apiSend<{ item: Record }>(page, "POST", path(`/backlog-items/${item.id}/move`), {
          status,
          version: item.version,
          at,
        })
      ).item;
    }
    return item.id;
  }

  it("sets up a hybrid team whose epics deliver plan tasks and a milestone", async () => {
    await signIn(page, server);
    const projects = await apiGet<{ id: string; project: { name: string } }[]>(page, "/api/projects");
    projectId = projects.find((p) => p.project.name === "Discovery team Q3 2027")?.id ?? "";
    expect(projectId).not.toBe("");
    await apiSend(page, "POST", path("/agile/template"), { template: "hybrid-program" });
    const epic = (name: string, tasks: string[]) =>
      apiSend<Record>(page, "POST", path("/backlog-items"), {
        name,
        type: "epic",
        tasks,
        created: localDate(-30),
      });
    const search = await epic("Search relevance v2", ["search-baseline", "search-model"]);
    const offline = await epic("Offline mode", ["offline-release"]);
    const postgres = await epic("Postgres 16 upgrade", ["pg-inventory"]);
    // 13 of 16 points of search done over the last weeks; all of offline; none of postgres.
    for (const [points, days] of [
      [5, -20],
      [3, -15],
      [3, -9],
      [2, -4],
    ] as const) {
      await finished({ name: `Search story ${points}`, points, epic: search.id }, localDate(days));
    }
    await apiSend(page, "POST", path("/backlog-items"), {
      name: "Query rewrite",
      points: 3,
      epic: search.id,
    });
    for (const name of ["Sync queue", "Conflict rules"]) {
      await finished({ name, points: 2, epic: offline.id }, localDate(-6));
    }
    for (const name of ["Inventory", "Replica"]) {
      await apiSend(page, "POST", path("/backlog-items"), { name, points: 3, epic: postgres.id });
    }
  });

  it("compares each epic's forecast with the plan's finish on the Reports page", async () => {
    await page.goto(`${server.url}/projects/${projectId}/agile/reports`);
    const section = page.locator("section.epic-plan");
    await section.getByRole("heading", { name: "Epics and the plan" }).waitFor();
    const row = (name: string) => section.locator("tbody tr", { hasText: name });
    await row("Search relevance v2").waitFor();
    expect(await row("Search relevance v2").locator("td").allTextContents()).toEqual([
      "Offline relevance baseline on last quarter's queries, Train the learning-to-rank model",
      expect.stringContaining("4 of 5 items · 13 of 16 points (81 %)"),
      expect.stringMatching(/\d{4}/),
      expect.stringMatching(/\d{4}/),
      expect.stringMatching(/2027/),
      "On track",
    ]);
    expect(await row("Offline mode").locator(".rag-pill").textContent()).toBe("Done");
    expect(await row("Postgres 16 upgrade").locator(".rag-pill").textContent()).toBe("On track");
    await page.setViewportSize({ width: 1366, height: 2400 });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}agile-epics-plan.png` });
    await section.screenshot({ path: `${SCREENSHOTS}agile-epics-plan-table.png` });
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await section.screenshot({ path: `${SCREENSHOTS}agile-epics-plan-dark.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("updates the plan's percent complete from the epics only when applied, and the plan can undo it", async () => {
    await page.getByRole("button", { name: "Update plan progress from epics…" }).click();
    const dialog = page.getByRole("dialog", { name: "Update plan progress from epics" });
    const proposed = dialog.locator("tbody tr");
    await proposed.first().waitFor();
    expect(await proposed.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task")))).toEqual([
      "search-baseline",
      "search-model",
      "offline-release",
    ]);
    expect(await dialog.locator('tr[data-task="search-baseline"] td.num').allTextContents()).toEqual([
      "0 %",
      "81 %",
    ]);
    expect(await dialog.locator('tr[data-task="offline-release"] th').textContent()).toContain("(milestone)");
    await page.screenshot({ path: `${SCREENSHOTS}agile-plan-progress-dialog.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing is written until Apply, and then only the rows ticked.
    expect((await task("search-baseline")).percentComplete).toBeUndefined();
    await dialog.getByLabel("Update Train the learning-to-rank model").uncheck();
    await dialog.getByRole("button", { name: "Apply to 2 of 3" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect
      .poll(() => page.locator(".toast").textContent())
      .toContain("Progress of 2 plan tasks updated from the epics");
    expect((await task("search-baseline")).percentComplete).toBe(81);
    expect((await task("offline-release")).percentComplete).toBe(100);
    expect((await task("search-model")).percentComplete).toBeUndefined();

    // The plan view's Undo takes it back.
    await page.getByRole("navigation", { name: "Project views" }).getByRole("link", { name: "Plan" }).click();
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    await expect.poll(() => undo.getAttribute("title")).toBe("Undo progress of 2 tasks (Ctrl+Z)");
    await undo.click();
    await expect.poll(async () => (await task("search-baseline")).percentComplete).toBeUndefined();
    expect((await task("offline-release")).percentComplete).toBeUndefined();
  });
});
