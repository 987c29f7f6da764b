import type { ForecastResult } from "@keel/engine";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserTestsUnavailable,
  type DemoServer,
  launchBrowser,
  SCREENSHOTS,
  startDemoServer,
} from "./harness.js";
import { apiSend, importPlan, row, signIn, usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();

/** Three-point estimates, a deadline on the launch and a risk on the build. */
export const FORECAST_PLAN = `project: { name: Launch forecast, start: 2027-03-01 }
tasks:
  - { id: design, name: Design, duration: 3d/5d/9d }
  - { id: build, name: Build, duration: 5d/8d/15d, after: [design] }
  - { id: docs, name: Write docs, duration: 2d/4d/6d, after: [design] }
  - { id: test, name: Test, duration: 2d/3d/6d, after: [build] }
  - { id: launch, name: Launch, milestone: true, after: [test, docs], deadline: 2027-03-26 }
risks:
  - { id: vendor-late, probability: 30%, impact: 5d, tasks: [build] }
`;

/** Items finished over four weeks, about two a working day, and one row finished before it was created. */
export function throughputCsv(): string {
  const rows = ["key,created,finished"];
  let n = 0;
  for (let d = 1; d <= 28; d++) {
    const day = `2027-02-${String(d).padStart(2, "0")}`;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let k = 0; k < 1 + (d % 3); k++) rows.push(`K-${++n},2027-01-15,${day}`);
    if (d === 10) rows.push(`K-bad,2027-02-20,${day}`);
  }
  return rows.join("\n");
}

describe.skipIf(unavailable !== undefined)("the forecast and throughput views in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let projectId = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const tabs = () => page.getByRole("navigation", { name: "Project views" });
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string) {
    await page.setViewportSize({ width: 1366, height: 1500 });
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  it("runs a forecast: P80 headline, histogram, deadline odds, tornado", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "launch.yaml", FORECAST_PLAN);
    await page.goto(`${server.url}/projects/${projectId}`);
    await row(page, "build").waitFor();
    // No forecast yet: no tint to offer.
    expect(await page.getByRole("button", { name: "Criticality tint" }).count()).toBe(0);
    await tabs().getByRole("link", { name: "Forecast" }).click();
    await page.getByRole("heading", { name: "Schedule forecast" }).waitFor();

    await page.getByLabel("Iterations").fill("many");
    expect(await page.getByRole("button", { name: "Run forecast" }).isDisabled()).toBe(true);
    await page.getByLabel("Iterations").fill("3000");
    await page.getByLabel("Seed").fill("7");
    await page.getByRole("button", { name: "Run forecast" }).click();
    const headline = page.locator(".forecast-headline");
    await headline.waitFor();

    const expected = await apiSend<ForecastResult>(page, "POST", `/api/projects/${projectId}/forecast`, {
      iterations: 3000,
      seed: 7,
      distribution: "triangular",
      uncertainty: 0,
    });
    const met = Math.round(expected.plannedFinishProbability * 100);
    expect(await headline.textContent()).toBe(
      `P80: ${usDate(expected.finish.p80)} (planned ${usDate(expected.plannedFinish)}, met in ${met} % of runs)`,
    );
    const deadline = expected.deadlines[0];
    expect(deadline?.id).toBe("launch");
    expect(await page.locator(".forecast-deadlines tr[data-task='launch']").textContent()).toBe(
      `Launch${usDate("2027-03-26")}${Math.round((deadline?.probability ?? 0) * 100)} % of runs`,
    );
    expect(await page.locator(".forecast-bar").count()).toBe(expected.histogram.length);
    expect(await page.locator(".percentile-mark").allTextContents()).toEqual([
      `P50 ${usDate(expected.finish.p50).replace(/, \d{4}$/, "")}`,
      `P80 ${usDate(expected.finish.p80).replace(/, \d{4}$/, "")}`,
    ]);
    expect(await page.locator(".tornado li").first().textContent()).toMatch(/^Build\+0\.\d\d$/);
    expect(await page.getByRole("row", { name: /vendor-late/ }).textContent()).toMatch(/^vendor-late30 %/);
    await tallScreenshot("forecast.png");
  });

  it("tints the Gantt by criticality, and keeps the forecast when coming back", async () => {
    await tabs().getByRole("link", { name: "Plan" }).click();
    await row(page, "build").waitFor();
    const tint = page.getByRole("button", { name: "Criticality tint" });
    expect(await tint.getAttribute("aria-pressed")).toBe("false");
    expect(await page.locator(".gantt-row .tinted").count()).toBe(0);
    await tint.click();
    expect(await tint.getAttribute("aria-pressed")).toBe("true");
    // Build is on every run's critical path; the docs almost never are.
    expect(await row(page, "build").locator(".bar").getAttribute("class")).toBe("bar tinted tint-4");
    expect(await row(page, "docs").locator(".bar").getAttribute("class")).toBe("bar tinted tint-0");
    await page.locator(".criticality-legend").getByText("80 % or more").waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}criticality-tint.png` });

    await tabs().getByRole("link", { name: "Forecast" }).click();
    await page.locator(".forecast-headline").waitFor();
    expect(await page.getByLabel("Iterations").inputValue()).toBe("3000");
    expect(await page.locator(".forecast-outdated").count()).toBe(0);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("forecast-dark.png");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("says when the plan changed since the forecast", async () => {
    const task = await (await page.request.get(`${server.url}/api/projects/${projectId}/tasks/docs`)).json();
    await apiSend(page, "PATCH", `/api/projects/${projectId}/tasks/docs`, {
      name: "Write the docs",
      version: task.version,
    });
    await expect
      .poll(() => page.locator(".forecast-outdated").textContent(), { timeout: 10_000 })
      .toMatch(/^The plan changed since this forecast \(now version \d+\); run again\.$/);
  });
});
