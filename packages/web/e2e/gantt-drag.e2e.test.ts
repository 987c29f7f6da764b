import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { LinkRecord, TaskRecord } from "../src/api/types.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, cell, ganttRow, importPlan, row, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();

// 2027-03-01 is a Monday; Build follows Design, Docs and Review stand alone.
const DRAG_PLAN = `project: { name: Drag plan, start: 2027-03-01 }
tasks:
  - { id: design, name: Design, duration: 3d }
  - { id: build, name: Build, duration: 4d, after: [design] }
  - { id: docs, name: Docs, duration: 2d }
  - { id: review, name: Review, duration: 2d }
`;
/** Pixels a day in the Day zoom. */
const DAY = 40;

describe.skipIf(unavailable !== undefined)("dragging on the Gantt in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId = "";
  withDemoBrowser({ viewport: { width: 1366, height: 800 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const task = async (id: string) =>
    (await apiGet<TaskRecord[]>(page, `/api/projects/${projectId}/tasks`)).find((t) => t.id === id);
  const links = () => apiGet<LinkRecord[]>(page, `/api/projects/${projectId}/links`);
  const bar = (id: string) => ganttRow(page, id).locator("rect.bar");
  const barX = async (id: string) => Number(await bar(id).getAttribute("x"));
  const box = async (id: string) => {
    const b = await bar(id).boundingBox();
    if (b === null) throw new Error(`no bar for ${id}`);
    return b;
  };

  it("moves a bar two days: the successor follows while dragging, the task gets a start-no-earlier-than date", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "drag.yaml", DRAG_PLAN);
    await page.goto(`${server.url}/projects/${projectId}`);
    await page.getByRole("heading", { name: "Drag plan" }).waitFor();
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Day" }).click();
    await bar("build").waitFor();
    const buildBefore = await barX("build");

    // Escape cancels a drag: nothing is saved.
    let b = await box("design");
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 2 * DAY, b.y + b.height / 2, { steps: 5 });
    await page.locator(".gantt-drag .ghost").waitFor();
    await page.keyboard.press("Escape");
    await page.mouse.up();
    await expect.poll(() => page.locator(".gantt-drag").count()).toBe(0);
    expect((await task("design"))?.constraint).toEqual({ type: "ASAP" });

    b = await box("design");
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 2 * DAY, b.y + b.height / 2, { steps: 8 });
    // The worker's draft moves Build (Wednesday to Friday pushes it over the weekend) before any save.
    await expect.poll(() => barX("build")).toBeGreaterThan(buildBefore + 3 * DAY);
    expect(await page.locator(".gantt-drag-tip").textContent()).toBe("Start no earlier than Mar 3, 2027");
    await page.screenshot({ path: `${SCREENSHOTS}gantt-drag.png` });
    await page.mouse.up();

    await expect
      .poll(async () => (await task("design"))?.constraint)
      .toEqual({ type: "SNET", date: "2027-03-03" });
    await expect.poll(() => barX("build")).toBeGreaterThan(buildBefore + 3 * DAY);
    expect(await cell(page, "build", 2).textContent()).toBe("Mar 8, 2027");
  });

  it("resizes a bar by its right end to whole working days", async () => {
    const b = await box("review");
    await page.mouse.move(b.x + b.width - 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width - 2 + 2 * DAY, b.y + b.height / 2, { steps: 8 });
    await expect
      .poll(() => page.locator(".gantt-drag-tip").textContent())
      .toBe("Duration 4d, finish Mar 4, 2027");
    await page.mouse.up();
    await expect
      .poll(async () => (await task("review"))?.duration)
      .toEqual({ value: 4, unit: "d", elapsed: false });
    expect(await cell(page, "review", 3).textContent()).toBe("Mar 4, 2027");
  });

  it("links two bars by dragging from one's end dot onto the other, and refuses a cycle in place", async () => {
    const from = ganttRow(page, "docs").locator(".link-handle");
    const to = await box("review");
    await row(page, "docs").hover();
    const h = await from.boundingBox();
    if (h === null) throw new Error("no link handle");
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    // Over empty timeline: the draft line follows the pointer from the dot, nothing is outlined yet.
    await page.mouse.move(h.x + h.width / 2 + 60, h.y + h.height / 2 + 80, { steps: 4 });
    const band = page.locator(".gantt-drag .rubber-band");
    await band.waitFor();
    const end = await page.locator(".gantt-drag .rubber-band-end").boundingBox();
    expect(Math.abs((end?.x ?? 0) + 4 - (h.x + h.width / 2 + 60))).toBeLessThan(3);
    expect(Math.abs((end?.y ?? 0) + 4 - (h.y + h.height / 2 + 80))).toBeLessThan(3);
    expect(await page.locator(".gantt-drag .link-target-bar").count()).toBe(0);
    expect(await page.locator(".gantt-drag-tip").textContent()).toBe("Link “Docs” to…");

    // Escape takes the line away and links nothing.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".gantt-drag").count()).toBe(0);
    await page.mouse.up();
    expect((await links()).some((l) => l.from === "docs" && l.to === "review")).toBe(false);

    // Over Review's bar: the bar is outlined and the tooltip names the link.
    await row(page, "docs").hover();
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await band.waitFor();
    const outline = await page.locator(".gantt-drag .link-target-bar").boundingBox();
    if (outline === null) throw new Error("the target bar is not outlined");
    expect(outline.x).toBeLessThan(to.x);
    expect(outline.x + outline.width).toBeGreaterThan(to.x + to.width);
    expect(Number(await band.getAttribute("x1"))).toBeLessThan(Number(await band.getAttribute("x2")));
    expect(await page.locator(".gantt-drag-tip").textContent()).toBe("Link “Docs” → “Review”");
    await page.screenshot({ path: `${SCREENSHOTS}gantt-linking.png` });
    await page.mouse.up();
    await expect.poll(() => page.locator(".gantt-drag").count()).toBe(0);
    await expect
      .poll(async () => (await links()).map((l) => [l.from, l.to, l.type]))
      .toContainEqual(["docs", "review", "FS"]);
    await expect.poll(() => cell(page, "review", 2).textContent()).toBe("Mar 3, 2027");
    await page.screenshot({ path: `${SCREENSHOTS}gantt-linked.png` });

    // Review → Docs would close a loop: the server's refusal shows above the table, nothing is added.
    const before = (await links()).length;
    const back = ganttRow(page, "review").locator(".link-handle");
    const d = await box("docs");
    await row(page, "review").hover();
    const bh = await back.boundingBox();
    if (bh === null) throw new Error("no link handle");
    await page.mouse.move(bh.x + bh.width / 2, bh.y + bh.height / 2);
    await page.mouse.down();
    await page.mouse.move(d.x + d.width / 2, d.y + d.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator(".plan-notice").textContent()).toMatch(/cycle|loop/i);
    expect((await links()).length).toBe(before);
  });

  it("moves and resizes the selected task from the keyboard", async () => {
    await cell(page, "docs", 0).click();
    await page.keyboard.press("Alt+ArrowRight");
    await expect
      .poll(async () => (await task("docs"))?.constraint)
      .toEqual({ type: "SNET", date: "2027-03-02" });
    await page.keyboard.press("Alt+=");
    await expect
      .poll(async () => (await task("docs"))?.duration)
      .toEqual({ value: 3, unit: "d", elapsed: false });
    await expect.poll(() => cell(page, "docs", 1).textContent()).toBe("3d");
    await page.keyboard.press("Alt+ArrowLeft");
    await expect
      .poll(async () => (await task("docs"))?.constraint)
      .toEqual({ type: "SNET", date: "2027-03-01" });
  });

  it("snaps drags to whole weeks at month zoom, the tooltip showing the snapped date", async () => {
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Month" }).click();
    /** Pixels a day in the Month zoom. */
    const MONTH = 4;
    // Design starts on Wednesday March 3: a drag of a week and a bit lands on the Wednesday after.
    let b = await box("design");
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 9 * MONTH, b.y + b.height / 2, { steps: 6 });
    await expect
      .poll(() => page.locator(".gantt-drag-tip").textContent())
      .toBe("Start no earlier than Mar 10, 2027");
    await page.screenshot({ path: `${SCREENSHOTS}gantt-drag-month.png` });
    await page.mouse.up();
    await expect
      .poll(async () => (await task("design"))?.constraint)
      .toEqual({ type: "SNET", date: "2027-03-10" });

    // Review works Thursday March 4 to Tuesday March 9; its end dragged a week on ends a week later.
    b = await box("review");
    await page.mouse.move(b.x + b.width - 1, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width - 1 + 8 * MONTH, b.y + b.height / 2, { steps: 6 });
    await expect
      .poll(() => page.locator(".gantt-drag-tip").textContent())
      .toBe("Duration 9d, finish Mar 16, 2027");
    await page.mouse.up();
    await expect
      .poll(async () => (await task("review"))?.duration)
      .toEqual({ value: 9, unit: "d", elapsed: false });
  });
});
