import type { ForecastResult } from "@keel/engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiSend, FORECAST_PLAN, ganttRow, importPlan, row, signIn, throughputCsv, usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable !== undefined)("the forecast and throughput views in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId = "";
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
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
    const classes = async (id: string) =>
      ((await ganttRow(page, id).locator(".bar").getAttribute("class")) ?? "").split(" ");
    expect(await classes("build")).toEqual(expect.arrayContaining(["tinted", "tint-4"]));
    expect(await classes("docs")).toEqual(expect.arrayContaining(["tinted", "tint-0"]));
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

  it("forecasts a backlog from a pasted CSV of finished items", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Throughput" }).click();
    await page.getByRole("heading", { name: "Throughput forecast" }).waitFor();
    await page.getByRole("button", { name: "Forecast", exact: true }).click();
    await page.getByText("Paste or upload a CSV of items with created and finished dates.").waitFor();

    const csv = throughputCsv();
    await page.getByLabel(/^Items \(CSV/).fill(csv);
    await page.getByLabel("Items remaining").fill("30");
    await page.getByLabel("Leave out weekends").check();
    await page.getByRole("button", { name: "Forecast", exact: true }).click();
    const answer = page.locator(".throughput-answer");
    await answer.getByRole("heading", { name: "When will 30 items be done?" }).waitFor();
    const expected = await apiSend<{
      finish: Record<string, string>;
      dropped: { first: { line: number }[] };
    }>(page, "POST", "/api/forecast/throughput", {
      csv,
      remaining: 30,
      window: 252,
      weekly: false,
      excludeWeekends: true,
    });
    const line = expected.dropped.first[0]?.line;
    expect(await answer.locator("tbody tr").first().textContent()).toMatch(
      new RegExp(`^P50 \\(50 % of runs\\)${usDate(expected.finish.p50 ?? "")}\\d+$`),
    );
    expect(await answer.locator(".throughput-dropped").textContent()).toBe(
      `1 row dropped\u200bLine ${line}: finished before created (finished 2027-02-10, created 2027-02-20)`.replace(
        "\u200b",
        "",
      ),
    );
    expect(await answer.locator(".throughput-history").textContent()).toMatch(
      /^History: \d+ items used; window Jan 16, 2027 – Feb 26, 2027: \d+ items finished, replayed in runs of 28 days, weekends left out\. /,
    );
    await page.screenshot({ path: `${SCREENSHOTS}throughput.png` });

    // The other question: how many by a date.
    await page.getByLabel("How many items by the end of").check();
    await page.getByLabel("Done by").fill("2027-03-31");
    await page.getByRole("button", { name: "Forecast", exact: true }).click();
    await answer.getByRole("heading", { name: "How many items by the end of Mar 31, 2027?" }).waitFor();
    expect(await answer.locator("tbody tr").count()).toBe(3);
  });
});
