import { readFileSync } from "node:fs";
import { schedulePlan } from "@keel/engine";
import { parsePlanYaml, toMspdi } from "@keel/formats";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ProjectRecord, TaskRecord } from "../src/api/types.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, cell, projectIdOf, schedule, signIn, usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();

/** The same YAML with one task's duration line replaced. */
function withDuration(yaml: string, taskId: string, duration: string): string {
  const lines = yaml.split("\n");
  const at = lines.findIndex((l) => new RegExp(`^\\s*- id: ${taskId}\\s*$`).test(l));
  const indent = (lines[at]?.indexOf("-") ?? 0) + 2;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s*- /.test(line) || line.search(/\S/) < indent) break;
    if (line.trimStart().startsWith("duration:")) {
      lines[i] = `${" ".repeat(indent)}duration: ${duration}`;
      return lines.join("\n");
    }
  }
  throw new Error(`no duration line for ${taskId}`);
}

describe.skipIf(unavailable !== undefined)("plan files in the web app", () => {
  let server: DemoServer;
  let page: Page;
  let yaml = "";
  withDemoBrowser({ viewport: { width: 1366, height: 800 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const dialog = () => page.getByRole("dialog", { name: "Upload a plan file" });
  const project = () => apiGet<ProjectRecord>(page, `/api/projects/${projectIdOf(page)}`);
  async function upload(fileName: string, content: string) {
    await page.getByRole("button", { name: "Upload YAML" }).click();
    await dialog().waitFor();
    await dialog()
      .getByLabel("Plan file")
      .setInputFiles({ name: fileName, mimeType: "application/yaml", buffer: Buffer.from(content) });
  }

  it("downloads the plan's YAML and previews it unchanged as no changes", async () => {
    await signIn(page, server);
    await page.getByRole("link", { name: /cloud migration/i }).click();
    await page.locator(".plan-grid tbody tr").first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download YAML" }).click(),
    ]);
    yaml = readFileSync((await download.path()) as string, "utf8");
    expect(yaml).toMatch(/^tasks:/m);

    // The same plan for other tools, from the Export menu.
    await page.getByText("Export…").click();
    const [xml] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Microsoft Project XML (.xml)" }).click(),
    ]);
    expect(xml.suggestedFilename()).toMatch(/\.xml$/);
    expect(readFileSync((await xml.path()) as string, "utf8")).toContain(
      "http://schemas.microsoft.com/project",
    );
    await page.getByText("Export…").click();

    await upload(download.suggestedFilename(), yaml);
    const preview = dialog().getByRole("status").filter({ hasText: "Finish" });
    await expect.poll(() => preview.textContent()).toMatch(/No changes/);
    expect(await preview.textContent()).toMatch(/\(unchanged\)/);
    expect(await dialog().getByRole("button", { name: "Apply" }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}upload-no-changes.png` });
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog().isVisible()).toBe(false);
  });

  it("previews a changed duration with the new finish, and applying it updates the table", async () => {
    const before = await schedule(page);
    const planVersion = (await project()).planVersion;
    // A critical task that is not a summary: lengthening it moves the finish.
    const records = await apiGet<TaskRecord[]>(page, `/api/projects/${projectIdOf(page)}/tasks`);
    const target = before.tasks.find(
      (t) => t.critical && t.kind === "task" && records.find((r) => r.id === t.id)?.duration.unit === "d",
    );
    expect(target).toBeDefined();
    const id = target?.id as string;
    const days = (records.find((r) => r.id === id)?.duration.value ?? 0) + 10;
    const changed = withDuration(yaml, id, `${days}d`);

    await upload("cloud-migration.yaml", changed);
    const preview = dialog().getByRole("status").filter({ hasText: "Finish" });
    await expect.poll(() => preview.textContent()).toMatch(/0 created · 1 updated · 0 deleted/);
    const items = preview.locator("li");
    expect(await items.allTextContents()).toEqual([`Updates task “${target?.name}”`]);
    const finishText = await preview.locator(".plan-file-finish").textContent();
    expect(finishText).toContain(usDate(before.project.finish));
    await page.screenshot({ path: `${SCREENSHOTS}upload-preview.png` });
    // Nothing is stored by the preview.
    expect((await project()).planVersion).toBe(planVersion);

    await dialog().getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => dialog().isVisible()).toBe(false);
    await expect.poll(() => cell(page, id, 1).textContent()).toBe(`${days}d`);
    const after = await schedule(page);
    expect(after.project.finish > before.project.finish).toBe(true);
    // The preview's finish was the one the server scheduled once applied.
    expect(finishText).toBe(`Finish: ${usDate(before.project.finish)} → ${usDate(after.project.finish)}`);
    await expect
      .poll(() => cell(page, id, 3).textContent())
      .toBe(usDate(after.tasks.find((t) => t.id === id)?.finish ?? ""));
    await expect
      .poll(() => page.locator(".plan .toolbar .muted").first().textContent())
      .toContain(usDate(after.project.finish));
    await page.screenshot({ path: `${SCREENSHOTS}upload-applied.png` });
  });

  it("shows a broken file's errors with line and column, and stores nothing", async () => {
    const planVersion = (await project()).planVersion;
    const broken = yaml
      .replace(/duration: \S+/, "duration: soon")
      .replace(/^tasks:/m, "tasks:\n  - nam: Oops");
    await upload("broken.yaml", broken);
    const alert = dialog().getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/broken\.yaml has \d+ errors?; nothing was changed/);
    const problems = await alert.locator("li").allTextContents();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^Line \d+, column \d+: \S/);
    expect(await dialog().getByRole("button", { name: "Apply" }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}upload-errors.png` });
    await dialog().getByRole("button", { name: "Cancel" }).click();
    expect((await project()).planVersion).toBe(planVersion);
  });

  it("imports a plan file as a new project from the portfolio, refusing a broken one in place", async () => {
    await page.getByRole("link", { name: "Portfolio" }).click();
    await page.getByRole("heading", { name: "Portfolio" }).waitFor();
    const count = (await apiGet<unknown[]>(page, "/api/projects")).length;
    const imported = page.getByRole("dialog", { name: "Import a plan" });
    await page.getByRole("button", { name: "Import plan" }).click();
    await imported
      .getByLabel("Plan file")
      .setInputFiles({ name: "bad.yaml", mimeType: "application/yaml", buffer: Buffer.from("project: [\n") });
    await imported.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => imported.getByRole("alert").textContent()).toMatch(/bad\.yaml has/);
    expect(await imported.getByRole("alert").locator("li").first().textContent()).toMatch(
      /^Line \d+, column \d+:/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}import-errors.png` });
    expect((await apiGet<unknown[]>(page, "/api/projects")).length).toBe(count);

    const renamed = yaml.replace(/^(project:\s*\n\s*name:).*$/m, "$1 Imported copy");
    expect(renamed).toContain("Imported copy");
    await imported
      .getByLabel("Plan file")
      .setInputFiles({ name: "copy.yaml", mimeType: "application/yaml", buffer: Buffer.from(renamed) });
    await imported.getByRole("button", { name: "Import" }).click();
    await page.getByRole("heading", { name: "Imported copy" }).waitFor();
    await page.locator(".plan-grid tbody tr").first().waitFor();
    expect((await apiGet<unknown[]>(page, "/api/projects")).length).toBe(count + 1);
  });

  it("imports Microsoft Project XML and shows what was approximated before opening it", async () => {
    const { plan } = parsePlanYaml(
      "project: { name: From MS Project, start: 2027-01-04 }\ntasks:\n  - { id: design, duration: 5d }\n",
      "p.yaml",
    );
    // A manually scheduled task: Keel pins it with a must-start-on constraint and says so.
    const xml = toMspdi(plan, { schedule: schedulePlan(plan) }).replace(
      "<Name>design</Name>",
      "<Name>design</Name><Manual>1</Manual>",
    );
    expect(xml).toContain("<Manual>1</Manual>");
    await page.getByRole("link", { name: "Portfolio" }).click();
    await page.getByRole("button", { name: "Import plan" }).click();
    const dialog = page.getByRole("dialog", { name: "Import a plan" });
    await dialog
      .getByLabel("Plan file")
      .setInputFiles({ name: "from-project.xml", mimeType: "application/xml", buffer: Buffer.from(xml) });
    await dialog.getByRole("button", { name: "Import" }).click();
    const report = page.getByRole("dialog", { name: "Imported, with differences" });
    await report.getByRole("region", { name: "Approximated" }).waitFor();
    expect(await report.getByRole("region", { name: "Approximated" }).textContent()).toMatch(
      /manually scheduled tasks.*must-start-on/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}import-fidelity.png` });
    await report.getByRole("button", { name: "Open the project" }).click();
    await page.getByRole("heading", { name: "From MS Project" }).waitFor();
  });
});
