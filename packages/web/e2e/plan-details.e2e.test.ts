import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { LinkRecord, ProjectRecord, TaskRecord } from "../src/api/types.js";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, cell, editorClosed, ganttRow, importPlan, row, schedule, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();

// 2027-03-01 is a Monday. Build follows Design; Launch and the release notes follow Build.
const PLAN = `project: { name: Details plan, start: 2027-03-01 }
tasks:
  - { id: design, name: Design, duration: 3d }
  - { id: build, name: Build, duration: 4d, after: [design] }
  - { id: docs, name: Docs, duration: 2d }
  - id: release
    name: Release
    tasks:
      - { id: notes, name: Release notes, duration: 2d, after: [build] }
  - { id: launch, name: Launch, milestone: true, after: [build] }
`;

// Column ids of the task table (packages/web/src/plan/columns.ts).
const DURATION = 1;
const ESTIMATE = 12;
const CONSTRAINT = 13;
const DEADLINE = 14;
const PRIORITY = 15;
const NOTES = 16;

const days = (value: number) => ({ value, unit: "d", elapsed: false });

describe.skipIf(unavailable !== undefined)("task details, undo and the project switcher in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId = "";
  withDemoBrowser({ viewport: { width: 1366, height: 800 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const tasks = () => apiGet<TaskRecord[]>(page, `/api/projects/${projectId}/tasks`);
  const task = async (id: string) => (await tasks()).find((t) => t.id === id);
  const links = () => apiGet<LinkRecord[]>(page, `/api/projects/${projectId}/links`);
  const linkList = async () => (await links()).map((l) => `${l.from}>${l.to} ${l.type}`).sort();
  const bar = (id: string) => ganttRow(page, id).locator("rect.bar");
  const undoButton = () =>
    page.getByRole("toolbar", { name: "Edit tasks" }).getByRole("button", { name: "Undo" });
  const redoButton = () =>
    page.getByRole("toolbar", { name: "Edit tasks" }).getByRole("button", { name: "Redo" });
  const notice = () => page.locator(".plan-notice");

  /** Opens a cell's editor with F2, replaces its text and saves with Enter; answers the message shown, if any. */
  async function typeInto(taskId: string, col: number, text: string): Promise<string | undefined> {
    await cell(page, taskId, col).click();
    await page.keyboard.press("F2");
    const editor = row(page, taskId).locator(".cell-editor");
    await editor.fill(text);
    await editor.press("Enter");
    const outcome = await Promise.race([
      editorClosed(page).then(() => undefined),
      row(page, taskId)
        .getByRole("alert")
        .waitFor()
        .then(() => row(page, taskId).getByRole("alert").textContent()),
    ]);
    return outcome ?? undefined;
  }

  async function theme(name: "light" | "dark") {
    const button = page.getByRole("button", { name: `Switch to ${name} theme` });
    if ((await button.count()) > 0) await button.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(name);
  }

  it("edits a three-point estimate, a constraint (the bar moves), a deadline (missed), a priority and notes", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "details.yaml", PLAN);
    await page.goto(`${server.url}/projects/${projectId}`);
    await page.getByRole("heading", { name: "Details plan" }).waitFor();
    await page.getByRole("button", { name: "Details columns" }).click();
    await page.getByRole("columnheader", { name: "Constraint" }).waitFor();

    // The estimate; the duration becomes its most likely value, as in a plan file.
    expect(await typeInto("design", ESTIMATE, "2d/4d/8d")).toBeUndefined();
    await expect.poll(() => cell(page, "design", ESTIMATE).textContent()).toBe("2d/4d/8d");
    expect(await task("design")).toMatchObject({
      estimate: { optimistic: days(2), mostLikely: days(4), pessimistic: days(8) },
      duration: days(4),
    });
    // One duration is not an estimate: the cell says what it expects.
    expect(await typeInto("build", ESTIMATE, "5d")).toMatch(
      /type three, optimistic\/most likely\/pessimistic/,
    );
    await page.keyboard.press("Escape");
    await editorClosed(page);

    // A new duration scales the estimate so its most likely stays the duration; one undo takes both back.
    await page.getByRole("button", { name: "Schedule columns" }).click();
    expect(await typeInto("design", DURATION, "8d")).toBeUndefined();
    await page.getByRole("button", { name: "Details columns" }).click();
    await expect.poll(() => cell(page, "design", ESTIMATE).textContent()).toBe("4d/8d/16d");
    expect(await task("design")).toMatchObject({
      estimate: { optimistic: days(4), mostLikely: days(8), pessimistic: days(16) },
      duration: days(8),
    });
    await cell(page, "design", 0).click();
    await page.keyboard.press("Control+Z");
    await expect.poll(() => cell(page, "design", ESTIMATE).textContent()).toBe("2d/4d/8d");
    expect(await task("design")).toMatchObject({
      estimate: { optimistic: days(2), mostLikely: days(4), pessimistic: days(8) },
      duration: days(4),
    });

    // A constraint: Docs may not start before Wednesday the 10th, so its bar moves right.
    const before = Number(await bar("docs").getAttribute("x"));
    expect(await typeInto("docs", CONSTRAINT, "snet 2027-03-10")).toBeUndefined();
    await expect.poll(() => cell(page, "docs", CONSTRAINT).textContent()).toBe("SNET Mar 10, 2027");
    expect((await task("docs"))?.constraint).toEqual({ type: "SNET", date: "2027-03-10" });
    await expect.poll(async () => Number(await bar("docs").getAttribute("x"))).toBeGreaterThan(before);
    expect((await schedule(page)).tasks.find((t) => t.id === "docs")?.start).toMatch(/^2027-03-10/);

    // Text it cannot read names the form it expects; a summary task's refusal is the server's.
    const refused = await typeInto("build", CONSTRAINT, "soon");
    expect(refused).toMatch(
      /type ASAP, ALAP, or a type and a date such as SNET 2027-02-01 or FNLT 2027-03-01/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}plan-details-bad-constraint.png` });
    await page.keyboard.press("Escape");
    await editorClosed(page);
    expect(await typeInto("release", CONSTRAINT, "MSO 2027-03-08")).toMatch(
      /summary tasks take only SNET or FNLT/,
    );
    await page.keyboard.press("Escape");
    await editorClosed(page);
    expect((await task("release"))?.constraint).toEqual({ type: "ASAP" });

    // A deadline before Launch can happen: flagged in its row, in the Deadline and Finish cells.
    expect(await typeInto("launch", DEADLINE, "2027-03-05")).toBeUndefined();
    await expect.poll(() => cell(page, "launch", DEADLINE).textContent()).toBe("Mar 5, 2027 ⚠missed");
    expect(await cell(page, "launch", DEADLINE).getAttribute("class")).toContain("deadline-missed");
    expect(await cell(page, "launch", 3).textContent()).toContain("deadline missed");
    expect((await schedule(page)).tasks.find((t) => t.id === "launch")?.deadlineMissed).toBe(true);

    expect(await typeInto("build", PRIORITY, "1001")).toMatch(/whole number from 0 to 1000/);
    await page.keyboard.press("Escape");
    await editorClosed(page);
    expect(await typeInto("build", PRIORITY, "800")).toBeUndefined();
    expect((await task("build"))?.priority).toBe(800);

    // Notes open in a larger box: Shift+Enter starts a line, Enter saves.
    await cell(page, "build", NOTES).click();
    await page.keyboard.press("Enter");
    const notes = page.getByLabel("Notes", { exact: true });
    await notes.waitFor();
    await page.keyboard.type("Ask Ops about the window");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("Freeze starts Mar 20");
    await page.screenshot({ path: `${SCREENSHOTS}plan-details-notes.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await editorClosed(page);
    expect((await task("build"))?.notes).toBe("Ask Ops about the window\nFreeze starts Mar 20");
    await expect
      .poll(() => cell(page, "build", NOTES).getAttribute("title"))
      .toBe("Ask Ops about the window\nFreeze starts Mar 20");
    // Enter moved down a row, as in the other cells.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("tr")?.dataset.task))
      .toBe("docs");

    // Clearing a cell clears the field.
    expect(await typeInto("launch", DEADLINE, "")).toBeUndefined();
    await expect.poll(async () => (await task("launch"))?.deadline).toBeUndefined();
    expect(await typeInto("launch", DEADLINE, "2027-03-05")).toBeUndefined();

    try {
      for (const name of ["light", "dark"] as const) {
        await theme(name);
        await page.screenshot({ path: `${SCREENSHOTS}plan-details-${name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
      }
    } finally {
      await theme("light");
    }
  });

  it("undoes and redoes a duration edit, by the toolbar and by the keyboard", async () => {
    await page.getByRole("button", { name: "Schedule columns" }).click();
    expect(await typeInto("build", DURATION, "6d")).toBeUndefined();
    await expect.poll(() => undoButton().getAttribute("title")).toBe("Undo duration of “Build” (Ctrl+Z)");
    expect(await redoButton().isDisabled()).toBe(true);

    await undoButton().click();
    await expect.poll(async () => (await task("build"))?.duration).toEqual(days(4));
    await expect.poll(() => cell(page, "build", DURATION).textContent()).toBe("4d");
    const said = page.getByRole("toolbar", { name: "Edit tasks" }).getByRole("status");
    await expect.poll(() => said.textContent()).toBe("Undone: duration of “Build”.");
    expect(await redoButton().getAttribute("title")).toBe("Redo duration of “Build” (Ctrl+Shift+Z)");

    // From the table: Ctrl+Shift+Z redoes, Ctrl+Z undoes again.
    await cell(page, "design", 0).click();
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(async () => (await task("build"))?.duration).toEqual(days(6));
    await expect.poll(() => cell(page, "build", DURATION).textContent()).toBe("6d");
    await page.keyboard.press("Control+Z");
    await expect.poll(async () => (await task("build"))?.duration).toEqual(days(4));
    // Ctrl+Z in a cell's editor is the text box's own undo, not the plan's.
    await cell(page, "docs", DURATION).click();
    await page.keyboard.press("F2");
    await page.keyboard.press("Control+Z");
    await page.keyboard.press("Escape");
    await editorClosed(page);
    expect((await task("build"))?.duration).toEqual(days(4));
  });

  it("undoes a deletion: the task comes back with its links, and redo deletes it again", async () => {
    const kept = await task("build");
    const before = await linkList();
    expect(before).toContain("build>launch FS");
    await cell(page, "build", 0).click();
    await page.keyboard.press("Delete");
    const dialog = page.getByRole("dialog", { name: "Delete this task?" });
    await dialog.getByRole("button", { name: "Delete" }).click();
    await row(page, "build").waitFor({ state: "detached" });
    expect((await linkList()).some((l) => l.includes("build"))).toBe(false);

    await expect.poll(() => undoButton().getAttribute("title")).toBe("Undo deletion of “Build” (Ctrl+Z)");
    // The task and its links come back in one request: one transaction, all or nothing.
    const sent: string[] = [];
    const onRequest = (r: Request) => {
      if (r.method() !== "GET" && r.url().includes("/api/"))
        sent.push(`${r.method()} ${new URL(r.url()).pathname}`);
    };
    page.on("request", onRequest);
    await undoButton().click();
    await row(page, "build").waitFor();
    await expect.poll(linkList).toEqual(before);
    page.off("request", onRequest);
    expect(sent).toEqual([`POST /api/projects/${projectId}/bulk`]);
    const { version: _v, ...restored } = (await task("build")) as TaskRecord;
    const { version: _k, ...original } = kept as TaskRecord;
    expect(restored).toEqual(original);
    await expect.poll(() => page.locator(".gantt-links path.link").count()).toBe(before.length);
    await page.screenshot({ path: `${SCREENSHOTS}plan-undo-deletion.png` });

    await redoButton().click();
    await row(page, "build").waitFor({ state: "detached" });
    await undoButton().click();
    await row(page, "build").waitFor();
    await expect.poll(linkList).toEqual(before);
  });

  it("undoes a bar dragged on the Gantt and Mark complete", async () => {
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Day" }).click();
    // Docs starts past the right edge at a day's zoom: the timeline scrolls, the table stays.
    await bar("docs").scrollIntoViewIfNeeded();
    const b = await bar("docs").boundingBox();
    if (b === null) throw new Error("no bar for docs");
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 80, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await task("docs"))?.constraint)
      .toEqual({ type: "SNET", date: "2027-03-12" });
    await expect.poll(() => undoButton().getAttribute("title")).toBe("Undo constraint of “Docs” (Ctrl+Z)");
    await undoButton().click();
    await expect
      .poll(async () => (await task("docs"))?.constraint)
      .toEqual({ type: "SNET", date: "2027-03-10" });

    await cell(page, "docs", 0).click();
    await page.getByRole("button", { name: "Mark complete" }).click();
    await expect.poll(async () => (await task("docs"))?.percentComplete).toBe(100);
    await undoButton().click();
    await expect.poll(async () => (await task("docs"))?.percentComplete).toBeUndefined();
    const docs = (await task("docs")) as TaskRecord;
    expect([docs.actualStart, docs.actualFinish]).toEqual([undefined, undefined]);
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Week" }).click();
  });

  it("refuses to undo over someone else's change to the same task, and says so", async () => {
    expect(await typeInto("build", 0, "Build service")).toBeUndefined();
    await expect.poll(() => undoButton().getAttribute("title")).toBe("Undo name of “Build” (Ctrl+Z)");
    const current = (await task("build")) as TaskRecord;
    await apiSend(page, "PATCH", `/api/projects/${projectId}/tasks/build`, {
      version: current.version,
      duration: days(7),
    });
    await expect.poll(() => cell(page, "build", DURATION).textContent()).toBe("7d");

    await undoButton().click();
    await expect
      .poll(() => notice().textContent())
      .toMatch(/Could not undo name of “Build”: “Build service” has changed since .* Nothing was changed/);
    await page.screenshot({ path: `${SCREENSHOTS}plan-undo-refused.png` });
    expect(await task("build")).toMatchObject({ name: "Build service", duration: days(7) });
    // Build's steps are gone; the edits of other tasks can still be undone.
    expect(await undoButton().getAttribute("title")).not.toContain("Build");
    expect(await undoButton().isDisabled()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await notice().getByRole("button", { name: "Dismiss" }).click();

    // The next undo takes back the deadline of Launch.
    await undoButton().click();
    await expect.poll(async () => (await task("launch"))?.deadline).toBeUndefined();
  });

  it("switches projects with the switcher in the top bar, keeping the view", async () => {
    await page
      .getByRole("navigation", { name: "Project views" })
      .getByRole("link", { name: "Tracking" })
      .click();
    await page.waitForURL(`**/projects/${projectId}/tracking`);
    const button = page.getByRole("button", { name: /^Project:/ });
    await expect.poll(() => button.textContent()).toContain("Details plan");
    expect(await button.getAttribute("aria-haspopup")).toBe("menu");

    // Keyboard: ↓ opens on the current project, Escape closes and goes back to the button.
    await button.focus();
    await page.keyboard.press("ArrowDown");
    const menu = page.getByRole("menu", { name: "Projects" });
    await menu.waitFor();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-current")))
      .toBe("page");
    const names = await menu.getByRole("menuitem").allTextContents();
    const projects = await apiGet<ProjectRecord[]>(page, "/api/projects");
    for (const p of projects) expect(names).toContain(p.project.name);
    // The theme button would close the menu: the theme is set as it would set it.
    const setTheme = (t: string) =>
      page.evaluate((name) => {
        document.documentElement.dataset.theme = name;
      }, t);
    try {
      for (const name of ["light", "dark"] as const) {
        await setTheme(name);
        await page.screenshot({ path: `${SCREENSHOTS}project-switcher-${name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
      }
    } finally {
      await setTheme("light");
    }
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-haspopup")))
      .toBe("menu");

    // Arrows and a letter move in the menu; Enter opens the project, on the same view.
    await page.keyboard.press("Enter");
    await menu.waitFor();
    await page.keyboard.press("o");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/cloud migration/i);
    const cloud = projects.find((p) => /cloud migration/i.test(p.project.name)) as ProjectRecord;
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/projects/${cloud.id}/tracking`);
    await expect.poll(() => button.textContent()).toContain(cloud.project.name);
    await menu.waitFor({ state: "detached" });

    // By mouse, back to the plan of the first project.
    await page.getByRole("navigation", { name: "Project views" }).getByRole("link", { name: "Plan" }).click();
    await page.waitForURL(`**/projects/${cloud.id}`);
    await button.click();
    await menu.getByRole("menuitem", { name: "Details plan" }).click();
    await page.waitForURL(`**/projects/${projectId}`);
    await page.getByRole("heading", { name: "Details plan" }).waitFor();
  });
});
