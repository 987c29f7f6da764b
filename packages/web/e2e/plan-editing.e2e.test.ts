import { formatLag, type Link } from "@keel/model";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { LinkRecord, TaskRecord } from "../src/api/types.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, cell, editorClosed, projectIdOf, row, saved, schedule, signIn, usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();

const VIEWPORT = { viewport: { width: 1366, height: 800 }, locale: "en-US" } as const;

describe.skipIf(unavailable !== undefined)("editing a plan in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let other: BrowserContext | undefined;
  withDemoBrowser(VIEWPORT, (started) => {
    server = started.server;
    browser = started.browser;
    page = started.page;
  });
  afterAll(async () => {
    await other?.close();
  });

  const tasks = () => apiGet<TaskRecord[]>(page, `/api/projects/${projectIdOf(page)}/tasks`);
  const links = () => apiGet<LinkRecord[]>(page, `/api/projects/${projectIdOf(page)}/links`);
  const panel = () => page.getByRole("complementary").filter({ hasText: "Links of" });

  /** Selects a task by clicking its name, then adds a predecessor in the links panel. */
  async function addPredecessor(taskId: string, from: string, type: Link["type"], lag: string) {
    await cell(page, taskId, 0).click();
    await panel()
      .getByRole("heading", { name: new RegExp(`Links of “${taskId}`, "i") })
      .waitFor();
    const form = panel().getByRole("form", { name: "Add a link" });
    await form.locator('select[name="direction"]').selectOption("predecessor");
    await form.locator('select[name="other"]').selectOption(from);
    await form.locator('select[name="type"]').selectOption(type);
    await form.locator('input[name="lag"]').fill(lag);
    await form.getByRole("button", { name: "Add link" }).click();
  }

  it("creates a project from the portfolio and types its tasks and durations", async () => {
    await signIn(page, server);
    await page.getByRole("button", { name: "New project" }).click();
    await page.getByLabel("Name").fill("Website relaunch");
    await page.getByLabel("Start date").fill("2027-03-01");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByRole("heading", { name: "Website relaunch" }).waitFor();
    await page.getByText("This plan has no tasks yet").waitFor();

    const names = ["Design", "Build", "Test", "Docs", "Launch"];
    const add = page.getByLabel("New task name");
    for (const name of names) {
      await add.fill(name);
      await add.press("Enter");
      await row(page, name.toLowerCase()).waitFor();
      await expect.poll(() => add.inputValue()).toBe("");
    }
    expect((await tasks()).map((t) => t.name)).toEqual(names);

    // Spreadsheet-style entry: go to the first duration, type over it, Enter saves and moves down.
    await cell(page, "design", 0).click();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-col"))).toBe("1");
    for (const duration of ["3d", "5d", "4h", "3ed", "0"]) {
      await page.keyboard.type(duration);
      await page.keyboard.press("Enter");
      await editorClosed(page);
    }
    // Tab walks along the row; Shift+Tab back.
    await cell(page, "test", 0).click();
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-col"))).toBe("1");
    const stored = new Map((await tasks()).map((t) => [t.id, t.duration]));
    expect(stored.get("design")).toEqual({ value: 3, unit: "d", elapsed: false });
    expect(stored.get("test")).toEqual({ value: 4, unit: "h", elapsed: false });
    expect(stored.get("docs")).toEqual({ value: 3, unit: "d", elapsed: true });
    expect(stored.get("launch")).toEqual({ value: 0, unit: "d", elapsed: false });
    await expect.poll(() => cell(page, "docs", 1).textContent()).toBe("3ed");
    await expect.poll(() => row(page, "launch").getAttribute("class")).toContain("milestone");
    await page.screenshot({ path: `${SCREENSHOTS}plan-tasks.png` });
  });

  it("refuses a duration it cannot read, in place, and saves nothing", async () => {
    const before = (await tasks()).find((t) => t.id === "build");
    await cell(page, "build", 1).click();
    await page.keyboard.press("F2");
    const editor = page.getByLabel("Duration", { exact: true });
    await editor.fill("five days");
    await editor.press("Enter");
    const message = row(page, "build").getByRole("alert");
    await expect.poll(() => message.textContent()).toMatch(/"five days" is not a duration/);
    expect(await editor.getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: `${SCREENSHOTS}plan-bad-duration.png` });
    await editor.press("Escape");
    await editorClosed(page);
    expect(await cell(page, "build", 1).textContent()).toBe("5d");
    expect((await tasks()).find((t) => t.id === "build")).toEqual(before);
  });

  it("adds links of the four types and shows the dates the server scheduled", async () => {
    await page.getByRole("button", { name: "Links" }).click();
    await addPredecessor("build", "design", "FS", "0d");
    await addPredecessor("test", "build", "SS", "2d");
    await addPredecessor("docs", "build", "FF", "-1d");
    await addPredecessor("launch", "test", "SF", "0d");
    await addPredecessor("launch", "docs", "FS", "1d");
    await expect.poll(() => panel().locator("tbody tr").count()).toBe(2);
    // A link added by mistake is removed from the same panel.
    await addPredecessor("launch", "design", "FS", "0d");
    await expect.poll(() => panel().locator("tbody tr").count()).toBe(3);
    await panel().getByRole("button", { name: "Remove FS link Design → Launch" }).click();
    await expect.poll(() => panel().locator("tbody tr").count()).toBe(2);
    await saved(page);

    const stored = (await links()).map((l) => `${l.from}>${l.to} ${l.type} ${formatLag(l.lag)}`).sort();
    expect(stored).toEqual([
      "build>docs FF -1d",
      "build>test SS 2d",
      "design>build FS 0d",
      "docs>launch FS 1d",
      "test>launch SF 0d",
    ]);
    const planned = await schedule(page);
    // The links really moved the tasks: Build starts after Design, Launch after Docs.
    expect(planned.tasks.find((t) => t.id === "build")?.start).not.toBe(planned.tasks[0]?.start);
    for (const t of planned.tasks) {
      await expect.poll(() => cell(page, t.id, 2).textContent()).toBe(usDate(t.start));
      await expect.poll(() => cell(page, t.id, 3).textContent()).toBe(usDate(t.finish));
    }
    await expect.poll(() => page.locator(".gantt-links path.link").count()).toBe(5);
    await page.screenshot({ path: `${SCREENSHOTS}plan-links.png` });
  });

  it("refuses a link that would close a cycle, in place, and stores nothing", async () => {
    const before = await links();
    await addPredecessor("design", "launch", "FS", "0d");
    const alert = panel().getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/cycle/);
    expect(await links()).toEqual(before);
    const predecessors = panel().getByRole("region", { name: "Predecessors" });
    expect(await predecessors.textContent()).toContain("None");
    await page.screenshot({ path: `${SCREENSHOTS}plan-cycle.png` });
    await page.getByRole("button", { name: "Links" }).click();
  });

  it("inserts, indents, outdents and deletes tasks from the keyboard, refusing what the plan cannot take", async () => {
    // Test under Build would tie Build's own link to its child: the server refuses, the table stays.
    await cell(page, "test", 0).click();
    await page.keyboard.press("Alt+Shift+ArrowRight");
    const notice = page.locator(".plan-notice");
    await expect.poll(() => notice.textContent()).toMatch(/summary task/);
    expect((await tasks()).find((t) => t.id === "test")?.parent).toBeNull();
    await page.screenshot({ path: `${SCREENSHOTS}plan-indent-refused.png` });
    await notice.getByRole("button", { name: "Dismiss" }).click();

    // Insert above Design opens the new task's name for typing.
    await cell(page, "design", 0).click();
    await page.keyboard.press("Insert");
    const name = page.getByLabel("Task name", { exact: true });
    await expect.poll(() => name.inputValue()).toBe("New task");
    await name.fill("Plan the work");
    await name.press("Enter");
    await editorClosed(page);
    await expect.poll(async () => (await schedule(page)).tasks[0]?.name).toBe("Plan the work");
    const summary = (await tasks()).find((t) => t.name === "Plan the work") as TaskRecord;

    // Enter moved down to Design: indent it under the new task, then outdent it again.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("tr")?.dataset.task))
      .toBe("design");
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await expect.poll(async () => (await tasks()).find((t) => t.id === "design")?.parent).toBe(summary.id);
    await expect.poll(() => row(page, summary.id).getAttribute("class")).toContain("summary");
    await page.screenshot({ path: `${SCREENSHOTS}plan-indented.png` });
    await page.keyboard.press("Alt+Shift+ArrowLeft");
    await expect.poll(async () => (await tasks()).find((t) => t.id === "design")?.parent).toBeNull();
    const outline = async () => (await schedule(page)).tasks.map((t) => t.id);
    expect(await outline()).toEqual([summary.id, "design", "build", "test", "docs", "launch"]);

    // Delete asks first; Cancel keeps the task, Delete removes it.
    await cell(page, summary.id, 0).click();
    await page.keyboard.press("Delete");
    const dialog = page.getByRole("dialog", { name: "Delete this task?" });
    await dialog.waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}plan-delete-confirm.png` });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await tasks()).length).toBe(6);
    await cell(page, summary.id, 0).click();
    await page.keyboard.press("Delete");
    await dialog.getByRole("button", { name: "Delete" }).click();
    await row(page, summary.id).waitFor({ state: "detached" });
    expect(await outline()).toEqual(["design", "build", "test", "docs", "launch"]);
  });

  it("indents and deletes several rows in one bulk request", async () => {
    const add = page.getByLabel("New task name");
    for (const name of ["Phase", "Step A", "Step B"]) {
      await add.fill(name);
      await add.press("Enter");
      await row(page, name.toLowerCase().replace(" ", "-")).waitFor();
    }
    await cell(page, "step-a", 0).click();
    await page.keyboard.press("Shift+ArrowDown");
    await expect.poll(() => page.locator('.plan-grid tbody tr[aria-selected="true"]').count()).toBe(2);
    const bulk = () => page.waitForRequest((r) => r.url().endsWith("/tasks/bulk") && r.method() === "POST");
    const indented = bulk();
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await indented;
    await expect
      .poll(async () => (await tasks()).filter((t) => t.parent === "phase").map((t) => t.id))
      .toEqual(["step-a", "step-b"]);
    await expect.poll(() => row(page, "phase").getAttribute("class")).toContain("summary");

    await cell(page, "phase", 0).click();
    await page.keyboard.press("Delete");
    const dialog = page.getByRole("dialog", { name: "Delete this task?" });
    await expect.poll(() => dialog.textContent()).toContain("The 2 tasks inside go too.");
    const deleted = bulk();
    await dialog.getByRole("button", { name: "Delete" }).click();
    await deleted;
    await expect.poll(async () => (await tasks()).length).toBe(5);
    // Focus stays in the table, on the row above the deleted ones.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("tr")?.dataset.task))
      .toBe("launch");
  });

  it("shows an edit made in another browser without a reload", async () => {
    other = await browser.newContext(VIEWPORT);
    const second = await other.newPage();
    await signIn(second, server);
    await second.goto(page.url());
    await row(second, "docs").waitFor();
    await expect.poll(() => second.getByRole("status").filter({ hasText: "Live" }).count()).toBe(1);

    await cell(page, "docs", 0).click();
    await page.keyboard.press("F2");
    await page.getByLabel("Task name", { exact: true }).fill("Write the docs");
    await page.keyboard.press("Enter");
    await editorClosed(page);
    await cell(page, "build", 1).click();
    await page.keyboard.type("8d");
    await page.keyboard.press("Enter");
    await editorClosed(page);

    await expect.poll(() => cell(second, "docs", 0).textContent()).toBe("Write the docs");
    await expect.poll(() => cell(second, "build", 1).textContent()).toBe("8d");
    const planned = await schedule(second);
    for (const t of planned.tasks)
      await expect.poll(() => cell(second, t.id, 3).textContent()).toBe(usDate(t.finish));
    await second.screenshot({ path: `${SCREENSHOTS}plan-live.png` });
  });

  it("tells the user when someone else changed the task first, and shows their change", async () => {
    // A browser that misses live updates still holds version n of Build while the other saves n+1.
    const stale = await (other as BrowserContext).newPage();
    await stale.route("**/events", (route) => route.abort());
    await stale.goto(page.url());
    await row(stale, "build").waitFor();

    await cell(page, "build", 0).click();
    await page.keyboard.press("F2");
    await page.getByLabel("Task name", { exact: true }).fill("Build the site");
    await page.keyboard.press("Enter");
    await editorClosed(page);

    await cell(stale, "build", 0).click();
    await stale.keyboard.press("F2");
    await stale.getByLabel("Task name", { exact: true }).fill("Build it");
    await stale.keyboard.press("Enter");
    const alert = row(stale, "build").getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/Someone else changed “Build the site”/);
    await stale.screenshot({ path: `${SCREENSHOTS}plan-conflict.png` });
    expect((await tasks()).find((t) => t.id === "build")?.name).toBe("Build the site");
    // Saving again now builds on their version.
    await stale.keyboard.press("Enter");
    await editorClosed(stale);
    await expect.poll(async () => (await tasks()).find((t) => t.id === "build")?.name).toBe("Build it");
  });

  it("undoes and redoes an indent and a link added in the links panel", async () => {
    const add = page.getByLabel("New task name");
    for (const name of ["Closing", "Handover"]) {
      await add.fill(name);
      await add.press("Enter");
      await row(page, name.toLowerCase()).waitFor();
    }
    const parent = async () => (await tasks()).find((t) => t.id === "handover")?.parent;
    await cell(page, "handover", 0).click();
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await expect.poll(parent).toBe("closing");
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    await expect.poll(() => undo.getAttribute("title")).toBe("Undo outline level of “Handover” (Ctrl+Z)");
    await page.keyboard.press("Control+Z");
    await expect.poll(parent).toBeNull();
    await expect.poll(() => row(page, "closing").getAttribute("class")).not.toContain("summary");
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(parent).toBe("closing");

    await page.getByRole("button", { name: "Links" }).click();
    await addPredecessor("handover", "launch", "FS", "0d");
    const handoverLinks = async () => (await links()).filter((l) => l.to === "handover").map((l) => l.from);
    await expect.poll(handoverLinks).toEqual(["launch"]);
    await undo.click();
    await expect.poll(handoverLinks).toEqual([]);
    await expect
      .poll(() => panel().getByRole("region", { name: "Predecessors" }).textContent())
      .toContain("None");
    await page.getByRole("button", { name: "Redo", exact: true }).click();
    await expect.poll(handoverLinks).toEqual(["launch"]);
    const said = page.getByRole("toolbar", { name: "Edit tasks" }).getByRole("status");
    await expect.poll(() => said.textContent()).toBe("Redone: link Launch → Handover.");
    await expect
      .poll(() => panel().getByRole("region", { name: "Predecessors" }).textContent())
      .toContain("Launch");
    await page.screenshot({ path: `${SCREENSHOTS}plan-redo-link.png` });
    await page.getByRole("button", { name: "Links" }).click();
  });
});
