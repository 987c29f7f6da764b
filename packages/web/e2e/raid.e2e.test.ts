import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, importPlan, signIn, TEAM_PLAN } from "./steps.js";

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable !== undefined)("the RAID view in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const row = (id: string) => page.locator(`.raid-table tbody tr[data-item="${id}"]`);
  const heatCell = (probability: number, impact: number) =>
    page.locator(`.risk-heat td[data-cell="${probability}-${impact}"]`);
  const tab = (name: RegExp) =>
    page.getByRole("tablist", { name: "RAID registers" }).getByRole("tab", { name });
  /** Opens a cell's editor, chooses or types the value, and presses Enter; waits for the editor to close. */
  async function editCell(label: string, id: string, value: string) {
    await page.getByRole("button", { name: new RegExp(`^${label} of ${id}:`) }).click();
    const editor = page.getByLabel(`${label} of ${id}`, { exact: true });
    if ((await editor.evaluate((e) => e.tagName)) === "SELECT") await editor.selectOption(value);
    else await editor.fill(value);
    await editor.press("Enter");
    await expect.poll(() => page.locator(".raid-table .cell-editor").count()).toBe(0);
  }
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string) {
    await page.setViewportSize({ width: 1366, height: 1400 });
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  it("starts empty and says what to do", async () => {
    await signIn(page, server);
    const projectId = await importPlan(page, "team.yaml", TEAM_PLAN);
    await page.goto(`${server.url}/projects/${projectId}`);
    await page.getByRole("navigation", { name: "Project views" }).getByRole("link", { name: "RAID" }).click();
    await page.getByRole("heading", { name: "RAID log" }).waitFor();
    await page.getByText(/^No risks yet\. Add the first one above/).waitFor();
    await page.getByText(/^Nothing overdue/).waitFor();
    expect(await tab(/^Risks/).textContent()).toBe("Risks 0");
    await page.screenshot({ path: `${SCREENSHOTS}raid-empty.png` });
  });

  it("quick-adds risks and scores one 4 × 5 in place; the heat map shows it", async () => {
    const name = page.getByLabel("Name of the new risk");
    await name.fill("Vendor API late");
    await name.press("Enter");
    await row("R1").waitFor();
    await name.fill("Key engineer leaves");
    await name.press("Enter");
    await row("R2").waitFor();
    expect(await tab(/^Risks/).textContent()).toBe("Risks 2");

    await editCell("Probability", "R1", "4");
    await editCell("Impact", "R1", "5");
    expect(await row("R1").locator(".raid-band").first().textContent()).toBe("20");
    await expect.poll(() => heatCell(4, 5).textContent()).toMatch(/^1/);
    expect(await heatCell(4, 5).getAttribute("class")).toContain("band-high");
    // Quick add scores in the middle of both scales.
    expect(await heatCell(3, 3).textContent()).toMatch(/^1/);

    // An empty name is refused in place; Escape puts the cell back.
    await page.getByRole("button", { name: /^Name of R2:/ }).click();
    await page.getByLabel("Name of R2", { exact: true }).fill(" ");
    await page.getByLabel("Name of R2", { exact: true }).press("Enter");
    expect(await row("R2").getByRole("alert").textContent()).toBe("Name cannot be empty.");
    await page.getByLabel("Name of R2", { exact: true }).press("Escape");
    expect(await row("R2").textContent()).toContain("Key engineer leaves");

    // Hovering a cell lists its risks; clicking it narrows the table to them.
    await heatCell(4, 5).getByRole("button").hover();
    expect(await heatCell(4, 5).locator(".heat-tip").textContent()).toContain("R1 Vendor API late");
    await page.screenshot({ path: `${SCREENSHOTS}raid-heat-tip.png` });
    await heatCell(4, 5).getByRole("button").click();
    await expect.poll(() => page.locator(".raid-table tbody tr").count()).toBe(1);
    expect(await page.locator(".raid-count").textContent()).toBe("1 of 2 risks");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => page.locator(".raid-table tbody tr").count()).toBe(2);
  });

  it("scores the response in the detail panel; the After map moves the risk", async () => {
    await page.getByRole("button", { name: "Open R1, Vendor API late" }).click();
    const dialog = page.getByRole("dialog", { name: /R1/ });
    await dialog.waitFor();
    await dialog.getByLabel("Cause", { exact: true }).fill("The vendor's team is half its size");
    await dialog.getByLabel("Delay if it happens").fill("5d");
    await dialog.getByLabel("Strategy").selectOption("mitigate");
    await dialog.getByLabel("Residual probability").selectOption("2");
    await dialog.getByLabel("Residual impact").selectOption("3");
    await dialog.getByRole("button", { name: "Add action" }).click();
    await dialog.getByLabel("Action 1", { exact: true }).fill("Ask for a second vendor's quote");
    await dialog.getByLabel("Owner of action 1").fill("Alice Chen");
    await dialog.getByRole("checkbox", { name: /Build service/ }).check();
    await page.screenshot({ path: `${SCREENSHOTS}raid-dialog.png` });
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });

    expect(await row("R1").locator(".raid-score-pair").textContent()).toBe("20→after response6");
    expect(await row("R1").textContent()).toContain("0 of 1 done");
    await page.getByRole("button", { name: "After response" }).click();
    await expect.poll(() => heatCell(2, 3).textContent()).toMatch(/^1/);
    expect(await heatCell(4, 5).textContent()).toBe("");
    await page.getByRole("button", { name: "Before response" }).click();
    await expect.poll(() => heatCell(4, 5).textContent()).toMatch(/^1/);
  });

  it("adds an issue, a dependency and an assumption; a dependency expected after it is needed is late", async () => {
    await tab(/^Issues/).click();
    await page.getByLabel("Name of the new issue").fill("Staging environment down");
    await page.getByLabel("Severity").selectOption("high");
    await page.getByLabel("Name of the new issue").press("Enter");
    await row("I1").waitFor();
    expect(await row("I1").textContent()).toContain("High");
    await page.screenshot({ path: `${SCREENSHOTS}raid-issues.png` });
    expect(await tab(/^Issues/).textContent()).toBe("Issues 1");

    await tab(/^Dependencies/).click();
    await page.getByText(/^Linked tasks wait for a dependency on the Gantt/).waitFor();
    await page.getByLabel("Name of the new dependency").fill("Payments API sandbox");
    await page.getByLabel("Provider").fill("Platform team");
    await page.getByLabel("Needed by").fill("2027-03-10");
    await page.getByRole("button", { name: "Add dependency" }).click();
    await row("D1").waitFor();
    await editCell("Expected", "D1", "2027-03-15");
    await expect.poll(() => row("D1").locator(".late-badge").textContent()).toBe("Late 5d");
    expect(new URL(page.url()).searchParams.get("tab")).toBe("dependencies");
    await page.screenshot({ path: `${SCREENSHOTS}raid-dependencies.png` });
    await page.getByRole("button", { name: "Open D1, Payments API sandbox" }).click();
    const dialog = page.getByRole("dialog", { name: /D1/ });
    expect(await dialog.locator(".stale-note").textContent()).toBe(
      "Late: expected 5 days after the plan needs it; its linked tasks wait for it.",
    );
    await page.screenshot({ path: `${SCREENSHOTS}raid-dependency-dialog.png` });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });

    await tab(/^Assumptions/).click();
    await page.getByLabel("Name of the new assumption").fill("Staging data is anonymised");
    await page.getByLabel("Owner").fill("Cara Diaz");
    await page.getByLabel("Validate by").fill("2024-02-01");
    await page.getByLabel("Name of the new assumption").press("Enter");
    await row("A1").waitFor();
    await expect.poll(() => row("A1").getAttribute("class")).toContain("is-stale");
    await page.screenshot({ path: `${SCREENSHOTS}raid-assumptions.png` });
  });

  it("flags a risk past its review date as stale", async () => {
    await tab(/^Risks/).click();
    await editCell("Review", "R2", "2024-01-08");
    await expect.poll(() => row("R2").getAttribute("class")).toContain("is-stale");
    expect(await row("R2").locator(".stale-badge").textContent()).toBe("Stale: review date passed");
    const attention = page.locator(".attention-list");
    expect(await attention.textContent()).toContain("R2 Key engineer leaves");
    expect(await attention.textContent()).toContain("Review date passed · Jan 8, 2024");
    // Needs attention opens the item.
    await attention.getByRole("button", { name: /R2 Key engineer leaves/ }).click();
    const dialog = page.getByRole("dialog", { name: /R2/ });
    expect(await dialog.locator(".stale-note").textContent()).toBe(
      "Needs attention: review date passed (Jan 8, 2024).",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await tallScreenshot("raid.png");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("reads well in the dark theme", async () => {
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("raid-dark.png");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Open R1, Vendor API late" }).click();
    await page.getByRole("dialog", { name: /R1/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}raid-dialog-dark.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("shows someone else's change as it is saved", async () => {
    const projectId = new URL(page.url()).pathname.split("/")[2] ?? "";
    const risk = await apiGet<{ version: number }>(page, `/api/projects/${projectId}/risks/R1`);
    await apiSend(page, "PATCH", `/api/projects/${projectId}/risks/R1`, {
      owner: "Bob Park",
      category: "Vendor",
      version: risk.version,
    });
    await expect.poll(() => row("R1").textContent(), { timeout: 10_000 }).toContain("Bob Park");
    // The filter row offers the new owner.
    await page.getByLabel("Owner", { exact: true }).selectOption("Bob Park");
    await expect.poll(() => page.locator(".raid-table tbody tr").count()).toBe(1);
    await page.getByRole("button", { name: "Clear filters" }).click();
  });

  it("deletes an item after confirming", async () => {
    await page.getByRole("button", { name: "Delete R2" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete R2?" });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await row("R2").waitFor({ state: "detached" });
    expect(await tab(/^Risks/).textContent()).toBe("Risks 1");
  });
});
