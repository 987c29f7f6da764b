import type { PlanSchedule } from "@keel/engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();
if (unavailable !== undefined) console.info(`Browser tests skipped: ${unavailable}.`);

describe.skipIf(unavailable !== undefined)("web app in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  withDemoBrowser({ viewport: { width: 1366, height: 800 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  it("sends a signed-out visitor to sign in, and refuses a wrong password in place", async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL("**/sign-in");
    await page.getByLabel("Email").fill(server.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/wrong email or password/);
    await page.screenshot({ path: `${SCREENSHOTS}sign-in-error.png` });
  });

  it("lists the demo projects with the finish dates the server computed", async () => {
    await page.getByLabel("Password").fill(server.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Portfolio" }).waitFor();
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    const projects = (await (await page.request.get(`${server.url}/api/projects`)).json()) as {
      project: { name: string };
      schedule: { finish: string };
    }[];
    for (const p of projects) {
      const row = page.getByRole("row", { name: new RegExp(p.project.name) });
      await expect.poll(() => row.locator("td").nth(2).textContent()).toBe(usDate(p.schedule.finish));
    }
    await page.screenshot({ path: `${SCREENSHOTS}portfolio.png` });
  });

  it("opens a plan with every task, its dates and the critical ones marked", async () => {
    await page.getByRole("link", { name: /cloud migration/i }).click();
    await page.locator(".plan-grid tbody tr").first().waitFor();
    const id = page.url().split("/").pop() as string;
    const { schedule } = (await (
      await page.request.get(`${server.url}/api/projects/${id}/schedule`)
    ).json()) as {
      schedule: PlanSchedule;
    };
    const first = schedule.tasks[0];
    expect(first).toBeDefined();
    await expect.poll(() => page.locator(".plan-grid tbody tr").first().textContent()).toContain(first?.name);
    // Rows are virtualised: compare the rendered ones with the same leading slice of the schedule.
    const rendered = await page.locator(".plan-grid tbody tr").count();
    expect(rendered).toBeGreaterThan(10);
    const critical = schedule.tasks.slice(0, rendered).filter((t) => t.critical).length;
    expect(critical).toBeGreaterThan(0);
    expect(await page.locator(".plan-grid tbody tr.is-critical").count()).toBe(critical);
    const finishes = await page.locator(".plan-grid tbody tr td:nth-child(4)").allTextContents();
    expect(finishes.slice(0, 5)).toEqual(schedule.tasks.slice(0, 5).map((t) => usDate(t.finish)));
    // The Gantt: one bar per rendered leaf task, red when critical, and link arrows between them.
    const leaves = schedule.tasks.slice(0, rendered).filter((t) => t.kind === "task");
    expect(await page.locator(".gantt-row rect.bar").count()).toBe(leaves.length);
    expect(await page.locator(".gantt-row rect.bar.critical").count()).toBe(
      leaves.filter((t) => t.critical).length,
    );
    expect(await page.locator(".gantt-links path.link").count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Live" }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}plan.png` });
  });
});
