import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { LinkRecord, TaskRecord } from "../src/api/types.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, cell, ganttRow, importPlan, row, schedule, signIn, usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();

// 2027-03-01 is a Monday: Design Mon–Wed, Build Thu–Tue, Launch on Tuesday the 9th.
const PLAN = `project: { name: Instant plan, start: 2027-03-01 }
tasks:
  - { id: design, name: Design, duration: 3d }
  - { id: build, name: Build, duration: 4d, after: [design] }
  - { id: launch, name: Launch, milestone: true, after: [build] }
`;
const FINISH = 3;

/** Holds the requests that match until `release` is called; the others go through. */
function hold(page: Page, url: string, method: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const passed: Promise<void>[] = [];
  const handler = (route: Route) => {
    if (route.request().method() !== method) return route.continue();
    const through = released.then(() => route.continue());
    passed.push(through);
    return through;
  };
  return {
    start: () => page.route(url, handler),
    held: () => passed.length,
    release: async () => {
      release();
      await Promise.all(passed);
      await page.unroute(url, handler);
    },
  };
}

describe.skipIf(unavailable !== undefined)("plan edits shown before the server answers, in Chromium", () => {
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
  const busy = () => page.locator(".plan-grid").getAttribute("aria-busy");
  const width = async (id: string) =>
    Number(await ganttRow(page, id).locator("rect.bar").getAttribute("width"));
  const panel = () => page.getByRole("complementary").filter({ hasText: "Links of" });

  async function typeDuration(taskId: string, text: string) {
    await cell(page, taskId, 1).click();
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
  }

  it("paints a new duration and the task it moves while the save is still on its way", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "instant.yaml", PLAN);
    // The schedule worker fetches the plan itself; edits show at once once it has it.
    const planLoaded = page.waitForResponse((r) => r.url().endsWith(`/api/projects/${projectId}/plan`));
    await page.goto(`${server.url}/projects/${projectId}`);
    await planLoaded;
    await row(page, "launch").waitFor();
    expect(await cell(page, "launch", FINISH).textContent()).toBe("Mar 9, 2027");
    const designWidth = await width("design");

    const patch = hold(page, "**/tasks/design", "PATCH");
    await patch.start();
    await typeDuration("design", "5d");
    await expect.poll(() => cell(page, "launch", FINISH).textContent()).toBe("Mar 11, 2027");
    expect(await cell(page, "design", 1).textContent()).toBe("5d");
    expect(await width("design")).toBeGreaterThan(designWidth);
    // Nothing is saved yet, and the table says it is waiting.
    expect(patch.held()).toBe(1);
    expect(await busy()).toBe("true");
    expect((await task("design"))?.duration).toEqual({ value: 3, unit: "d", elapsed: false });
    await page.screenshot({ path: `${SCREENSHOTS}plan-instant-pending.png` });

    await patch.release();
    await expect.poll(busy).toBe("false");
    expect((await task("design"))?.duration).toEqual({ value: 5, unit: "d", elapsed: false });
    // The server scheduled the same dates the page shows.
    for (const t of (await schedule(page)).tasks)
      expect(await cell(page, t.id, FINISH).textContent()).toBe(usDate(t.finish));
  });

  it("does not fetch the schedule again after its own edit, but does after someone else's", async () => {
    const fetched: string[] = [];
    const count = (r: { url(): string }) => {
      if (r.url().endsWith(`/api/projects/${projectId}/schedule`)) fetched.push(r.url());
    };
    page.on("request", count);
    try {
      await typeDuration("build", "2d");
      await expect.poll(() => cell(page, "launch", FINISH).textContent()).toBe("Mar 9, 2027");
      await expect.poll(busy).toBe("false");
      await expect.poll(async () => (await task("build"))?.duration.value).toBe(2);
      // The server's announcement of the edit has come and gone meanwhile.
      await page.waitForTimeout(1500);
      expect(fetched).toEqual([]);

      const build = (await task("build")) as TaskRecord;
      await apiSend(page, "PATCH", `/api/projects/${projectId}/tasks/build`, {
        version: build.version,
        duration: { value: 6, unit: "d", elapsed: false },
      });
      // Sent with the same session, so it is "ours" by user, but not an edit this page made.
      await expect.poll(() => cell(page, "build", 1).textContent()).toBe("6d");
      await expect.poll(() => cell(page, "launch", FINISH).textContent()).toBe("Mar 15, 2027");
      expect(fetched.length).toBeGreaterThan(0);
    } finally {
      page.off("request", count);
    }
  });

  it("takes a duration the server refuses back out, and says why in the cell", async () => {
    const patch = hold(page, "**/tasks/design", "PATCH");
    await patch.start();
    await typeDuration("design", "10000w");
    await expect.poll(() => cell(page, "design", 1).textContent()).toBe("10000w");
    expect(await busy()).toBe("true");
    await patch.release();

    const message = row(page, "design").getByRole("alert");
    await expect.poll(() => message.textContent()).toMatch(/beyond the years 1900–2200/);
    const editor = page.getByLabel("Duration", { exact: true });
    expect(await editor.inputValue()).toBe("10000w");
    await page.screenshot({ path: `${SCREENSHOTS}plan-instant-refused.png` });
    await editor.press("Escape");
    await expect.poll(() => cell(page, "design", 1).textContent()).toBe("5d");
    expect(await cell(page, "launch", FINISH).textContent()).toBe("Mar 15, 2027");
    expect((await task("design"))?.duration).toEqual({ value: 5, unit: "d", elapsed: false });
  });

  it("shows a new link at once and takes it back when it closes a cycle", async () => {
    await page.getByRole("button", { name: "Links" }).click();
    await cell(page, "design", 0).click();
    await panel()
      .getByRole("heading", { name: /Links of “Design/ })
      .waitFor();
    const before = await links();
    const post = hold(page, "**/links", "POST");
    await post.start();
    const form = panel().getByRole("form", { name: "Add a link" });
    await form.locator('select[name="direction"]').selectOption("predecessor");
    await form.locator('select[name="other"]').selectOption("launch");
    await form.getByRole("button", { name: "Add link" }).click();
    const predecessors = panel().getByRole("region", { name: "Predecessors" });
    await expect.poll(() => predecessors.textContent()).toContain("Launch");
    await post.release();

    await expect.poll(() => panel().getByRole("alert").textContent()).toMatch(/cycle/);
    expect(await predecessors.textContent()).toContain("None");
    expect(await links()).toEqual(before);
    await page.getByRole("button", { name: "Links" }).click();
  });
});
