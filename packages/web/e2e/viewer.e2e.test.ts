import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { TaskRecord } from "../src/api/types.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, cell, ganttRow, importPlan, row, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();

// 2027-03-01 is a Monday. Build follows Design.
const PLAN = `project: { name: Viewer plan, start: 2027-03-01 }
tasks:
  - { id: design, name: Design, duration: 3d }
  - { id: build, name: Build, duration: 4d, after: [design] }
  - { id: docs, name: Docs, duration: 2d }
`;
const VIEWER = { email: "vera@keel.local", name: "Vera Viewer", password: "read only, thank you" };

describe.skipIf(unavailable !== undefined)("a viewer's plan in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let owner: Page;
  let viewer: Page;
  let projectId = "";
  withDemoBrowser({ viewport: { width: 1366, height: 800 }, locale: "en-US" }, (started) => {
    server = started.server;
    browser = started.browser;
    owner = started.page;
  });
  afterAll(() => viewer?.close());

  const tasks = (page: Page) => apiGet<TaskRecord[]>(page, `/api/projects/${projectId}/tasks`);
  /** The writes the page sends: none may leave a viewer's page. */
  const writes: string[] = [];

  it("the owner adds a viewer, who signs in and sees the plan", async () => {
    await signIn(owner, server);
    projectId = await importPlan(owner, "viewer.yaml", PLAN);
    const { workspaceId } = await apiGet<{ workspaceId: string }>(owner, `/api/projects/${projectId}`);
    const member = await apiSend<{ role: string }>(owner, "POST", `/api/workspaces/${workspaceId}/members`, {
      ...VIEWER,
      role: "viewer",
    });
    expect(member.role).toBe("viewer");

    // A browser of the viewer's own: their own session.
    viewer = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: "en-US" });
    viewer.on("request", (r) => {
      if (r.method() !== "GET" && new URL(r.url()).pathname.startsWith("/api/projects/"))
        writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await viewer.goto(`${server.url}/sign-in`);
    await viewer.getByLabel("Email").fill(VIEWER.email);
    await viewer.getByLabel("Password").fill(VIEWER.password);
    await viewer.getByRole("button", { name: "Sign in" }).click();
    await viewer.getByRole("heading", { name: "Portfolio" }).waitFor();
    await viewer.goto(`${server.url}/projects/${projectId}`);
    await viewer.getByRole("heading", { name: "Viewer plan" }).waitFor();
    await row(viewer, "build").waitFor();
    expect(await cell(viewer, "design", 0).textContent()).toContain("Design");
    expect(await cell(viewer, "build", 2).textContent()).toBe("Mar 4, 2027");
    await ganttRow(viewer, "build").locator("rect.bar").waitFor();
    await viewer.screenshot({ path: `${SCREENSHOTS}viewer-plan.png` });
  });

  it("shows no edit affordance: no edit toolbar, no new-task row, no upload, the status date as text", async () => {
    expect(await viewer.getByRole("note").textContent()).toMatch(
      /^View only: your role on this project is viewer/,
    );
    expect(await viewer.getByRole("grid", { name: "Tasks" }).getAttribute("aria-readonly")).toBe("true");
    expect(await viewer.getByRole("toolbar", { name: "Edit tasks" }).count()).toBe(0);
    for (const name of ["Undo", "Insert task", "Delete", "Indent", "Outdent", "Level…", "Upload YAML"])
      expect(await viewer.getByRole("button", { name, exact: true }).count(), name).toBe(0);
    expect(await viewer.getByPlaceholder("Add a task…").count()).toBe(0);
    expect(await viewer.locator(".status-date-control input").count()).toBe(0);
    expect(await viewer.locator(".status-date-control").textContent()).toBe("Status date: not set");
    // Reading stays: zoom, exports, column sets.
    await viewer.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Day" }).click();
    expect(await viewer.getByRole("button", { name: "Details columns" }).isEnabled()).toBe(true);
  });

  it("opens no cell editor: by double-click, F2, typing, Delete or the keyboard moves", async () => {
    await cell(viewer, "design", 1).dblclick();
    await cell(viewer, "design", 0).click();
    await viewer.keyboard.press("F2");
    await viewer.keyboard.type("Redesign");
    await viewer.keyboard.press("Enter");
    await viewer.keyboard.press("Delete");
    await viewer.keyboard.press("Alt+ArrowRight");
    await viewer.keyboard.press("Alt+=");
    await viewer.keyboard.press("Control+Z");
    expect(await viewer.locator(".plan-grid .cell-editor").count()).toBe(0);
    expect(await viewer.getByRole("dialog", { name: "Delete this task?" }).isVisible()).toBe(false);
    expect(await cell(viewer, "design", 0).textContent()).toContain("Design");
  });

  it("drags nothing on the Gantt: no grips or link dots, a pressed bar stays put", async () => {
    const bar = ganttRow(viewer, "design").locator("rect.bar");
    expect(await viewer.locator(".gantt-row .link-handle, .gantt-row .resize-grip").count()).toBe(0);
    expect(await bar.getAttribute("class")).not.toContain("draggable");
    const before = await bar.boundingBox();
    if (before === null) throw new Error("no bar for design");
    await viewer.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await viewer.mouse.down();
    await viewer.mouse.move(before.x + before.width / 2 + 120, before.y + before.height / 2, { steps: 8 });
    expect(await viewer.locator(".gantt-drag").count()).toBe(0);
    await viewer.mouse.up();
    expect((await bar.boundingBox())?.x).toBe(before.x);

    // Nothing was sent, and the plan is as it was.
    expect(writes).toEqual([]);
    const stored = await tasks(viewer);
    expect(stored.map((t) => [t.id, t.name, t.version, t.constraint.type])).toEqual([
      ["design", "Design", 1, "ASAP"],
      ["build", "Build", 1, "ASAP"],
      ["docs", "Docs", 1, "ASAP"],
    ]);
  });

  it("is refused with 403 when writing through the API directly, and nothing changes", async () => {
    const session = await apiGet<{ csrfToken: string }>(viewer, "/api/session");
    const send = (method: string, path: string, body: unknown) =>
      viewer.request.fetch(new URL(path, viewer.url()).href, {
        method,
        headers: { "x-csrf-token": session.csrfToken, "content-type": "application/json" },
        data: JSON.stringify(body),
      });
    const base = `/api/projects/${projectId}`;
    const day = { value: 1, unit: "d", elapsed: false };
    const answers = [
      await send("PATCH", `${base}/tasks/design`, { version: 1, name: "Redesign" }),
      await send("POST", `${base}/tasks`, { id: "sneaky", name: "Sneaky", duration: day }),
      await send("POST", `${base}/links`, { from: "docs", to: "build" }),
      await send("POST", `${base}/bulk`, {
        steps: [{ kind: "tasks", delete: [{ id: "docs", version: 1 }] }],
      }),
      await send("DELETE", `${base}/tasks/docs?version=1`, undefined),
    ];
    expect(answers.map((a) => a.status())).toEqual([403, 403, 403, 403, 403]);
    expect(await answers[0]?.text()).toMatch(/role|permission|viewer|member/i);
    expect((await tasks(owner)).map((t) => [t.id, t.name, t.version])).toEqual([
      ["design", "Design", 1],
      ["build", "Build", 1],
      ["docs", "Docs", 1],
    ]);
    expect((await apiGet<unknown[]>(owner, `${base}/links`)).length).toBe(1);
  });
});
