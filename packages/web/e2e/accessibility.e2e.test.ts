import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import {
  browserTestsUnavailable,
  type DemoServer,
  launchBrowser,
  SCREENSHOTS,
  startDemoServer,
} from "./harness.js";
import { FORECAST_PLAN, importPlan, signIn, TEAM_PLAN, throughputCsv } from "./steps.js";

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable !== undefined)("accessibility (axe-core)", () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const theme of ["light", "dark"] as const) {
    describe(`${theme} theme`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser.newContext({
          viewport: { width: 1366, height: 800 },
          locale: "en-US",
          colorScheme: theme,
        });
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      async function check(name: string) {
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.screenshot({ path: `${SCREENSHOTS}a11y-${theme}-${name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
      }

      it("the sign-in page, with its error", async () => {
        await page.goto(`${server.url}/sign-in`);
        await page.getByLabel("Email").fill(server.email);
        await page.getByLabel("Password").fill("wrong");
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByRole("alert").waitFor();
        await check("sign-in");
      });

      it("the portfolio and its import dialog", async () => {
        await signIn(page, server);
        await page.locator("tbody tr").first().waitFor();
        await check("portfolio");
        await page.getByRole("button", { name: "Import plan" }).click();
        await page.getByRole("dialog", { name: "Import a plan" }).waitFor();
        await check("import");
        await page.keyboard.press("Escape");
      });

      it("the plan view, with a task selected and the links panel open", async () => {
        await page.getByRole("link", { name: /cloud migration/i }).click();
        await page.locator(".plan-grid tbody tr").first().waitFor();
        await page.locator(".plan-grid tbody tr.task [data-col='0']").first().click();
        await page.getByRole("button", { name: "Links" }).click();
        await page.getByRole("complementary").waitFor();
        await check("plan");
        await page.getByRole("button", { name: "Links" }).click();
      });

      it("the upload dialog with a preview, and with a file's errors", async () => {
        const id = new URL(page.url()).pathname.split("/").pop();
        const yaml = await (
          await page.request.get(`${server.url}/api/projects/${id}/plan?format=yaml`)
        ).text();
        const dialog = page.getByRole("dialog", { name: "Upload a plan file" });
        await page.getByRole("button", { name: "Upload YAML" }).click();
        await dialog.waitFor();
        await check("upload");
        const changed = yaml.replace(/^(\s*name:) .*$/m, "$1 Renamed");
        await dialog
          .getByLabel("Plan file")
          .setInputFiles({ name: "plan.yaml", mimeType: "application/yaml", buffer: Buffer.from(changed) });
        await dialog.locator(".plan-file-finish").waitFor();
        await check("upload-preview");
        await dialog.getByRole("button", { name: "Cancel" }).click();
        await page.getByRole("button", { name: "Upload YAML" }).click();
        await dialog.getByLabel("Plan file").setInputFiles({
          name: "bad.yaml",
          mimeType: "application/yaml",
          buffer: Buffer.from("tasks: 3\n"),
        });
        await dialog.getByRole("alert").waitFor();
        await check("upload-errors");
        await dialog.getByRole("button", { name: "Cancel" }).click();
      });

      it("the resource sheet, the load panel, the leveling preview and the capacity view", async () => {
        const id = await importPlan(page, "team.yaml", TEAM_PLAN);
        const tabs = page.getByRole("navigation", { name: "Project views" });
        await page.goto(`${server.url}/projects/${id}/resources`);
        await page.locator(".resource-table tbody tr").first().waitFor();
        await page.getByRole("button", { name: /^Time off of Alice Chen/ }).click();
        await page.getByRole("button", { name: /^Group of Bob Park/ }).click();
        await page.getByLabel("Group of Bob Park").fill("");
        await page.getByLabel("Group of Bob Park").press("Enter");
        await page.locator(".resource-table").getByRole("alert").waitFor();
        await check("resources");
        await page.getByLabel("Group of Bob Park").press("Escape");

        await tabs.getByRole("link", { name: "Plan" }).click();
        await page.locator(".plan-grid tbody tr").first().waitFor();
        await page.getByRole("button", { name: "Resource load" }).click();
        await page.locator(".load-bar.over").first().waitFor();
        await check("load");

        await page.getByRole("button", { name: "Level…" }).click();
        const dialog = page.getByRole("dialog", { name: "Level resources" });
        await dialog.getByRole("button", { name: "Preview" }).click();
        await dialog.getByRole("status", { name: "Leveling preview" }).waitFor();
        await check("level-preview");
        await dialog.getByRole("button", { name: /^Apply/ }).click();
        await page
          .locator(".toast")
          .getByText(/Leveled/)
          .waitFor();
        await check("level-toast");

        await tabs.getByRole("link", { name: "Capacity" }).click();
        await page.locator(".heat-map").waitFor();
        await page.getByRole("button", { name: "Alice Chen" }).click();
        await page.locator(".person-histogram").waitFor();
        await check("capacity");
      });

      it("the forecast view, the criticality tint and the throughput forecast", async () => {
        const id = await importPlan(page, "launch.yaml", FORECAST_PLAN);
        await page.goto(`${server.url}/projects/${id}/forecast`);
        await page.getByLabel("Iterations").fill("500");
        await page.getByRole("button", { name: "Run forecast" }).click();
        await page.locator(".forecast-headline").waitFor();
        await check("forecast");

        await page
          .getByRole("navigation", { name: "Project views" })
          .getByRole("link", { name: "Plan" })
          .click();
        await page.getByRole("button", { name: "Criticality tint" }).click();
        await page.locator(".gantt-row .tinted").first().waitFor();
        await check("criticality-tint");

        await page.goto(`${server.url}/throughput`);
        await page.getByLabel(/^Items \(CSV/).fill(throughputCsv());
        await page.getByRole("button", { name: "Forecast", exact: true }).click();
        await page.locator(".throughput-dropped").waitFor();
        await check("throughput");
      });
    });
  }
});
