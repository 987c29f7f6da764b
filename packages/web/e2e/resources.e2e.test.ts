import type { LoadReport } from "@keel/engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AssignmentRecord, ResourceRecord } from "../src/api/types.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, cell, editorClosed, ganttRow, importPlan, row, signIn, TEAM_PLAN } from "./steps.js";

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable !== undefined)("resources, load and leveling in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId = "";
  withDemoBrowser({ viewport: { width: 1366, height: 800 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const base = () => `/api/projects/${projectId}`;
  const resources = () => apiGet<ResourceRecord[]>(page, `${base()}/resources`);
  const assignments = () => apiGet<AssignmentRecord[]>(page, `${base()}/assignments`);
  const load = () => apiGet<LoadReport>(page, `${base()}/load`);
  const tabs = () => page.getByRole("navigation", { name: "Project views" });
  const loadPanel = () => page.locator(".load-panel");

  it("lists a plan's resources and edits them in place", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "team.yaml", TEAM_PLAN);
    await page.goto(`${server.url}/projects/${projectId}`);
    await page.getByRole("heading", { name: "Team load" }).waitFor();
    await tabs().getByRole("link", { name: "Resources" }).click();
    const table = page.locator(".resource-table");
    await table.waitFor();
    expect(await table.locator("tbody tr[data-resource]").count()).toBe(3);
    expect(await table.locator("tbody tr[data-resource='alice']").textContent()).toMatch(
      /Alice Chen.*alice.*Work.*Backend.*100%.*Project.*90.*2 days.*2/,
    );

    // Max units: what cannot be read is refused in place; 150% is saved.
    await page.getByRole("button", { name: /^Max units of Bob Park/ }).click();
    const editor = page.getByLabel("Max units of Bob Park");
    await editor.fill("lots");
    await editor.press("Enter");
    await expect
      .poll(() => table.getByRole("alert").textContent())
      .toBe('expected units such as 50%, 100% or 1.5, got "lots"');
    await editor.fill("150%");
    await editor.press("Enter");
    await expect.poll(async () => (await resources()).find((r) => r.id === "bob")?.maxUnits).toBe(1.5);
    await expect
      .poll(() => page.getByRole("button", { name: /^Max units of Bob Park/ }).textContent())
      .toBe("150%");

    // Time off: a day for Cara.
    await page.getByRole("button", { name: "Time off of Cara Diaz: none" }).click();
    await page.getByRole("button", { name: "Add time off" }).click();
    await page.getByLabel("First day, row 1").fill("2027-03-19");
    await page.getByLabel("What, row 1").fill("Conference");
    await page.getByRole("button", { name: "Save time off" }).click();
    await expect
      .poll(async () => (await resources()).find((r) => r.id === "cara")?.timeOff)
      .toEqual([{ from: "2027-03-19", to: "2027-03-19", name: "Conference" }]);

    // A new person, added and deleted again.
    await page.getByLabel("Name", { exact: true }).fill("Dan Eng");
    await page.getByLabel("Group", { exact: true }).fill("Mobile");
    await page.getByRole("button", { name: "Add resource" }).click();
    await table.locator("tr[data-resource='dan-eng']").waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}resources.png` });
    await page.getByRole("button", { name: "Delete Dan Eng" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete Dan Eng?" });
    await confirm.getByText("It is not assigned to any task.").waitFor();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect.poll(async () => (await resources()).map((r) => r.id)).toEqual(["alice", "bob", "cara"]);
  });

  it("assigns people in the plan table, with a message naming an unknown one", async () => {
    await tabs().getByRole("link", { name: "Plan" }).click();
    await row(page, "build").waitFor();
    expect(await cell(page, "api", 6).textContent()).toBe("alice");
    expect(await cell(page, "build", 5).textContent()).toBe("4d");

    await cell(page, "build", 6).dblclick();
    const editor = page.getByLabel("Resources", { exact: true });
    await editor.fill("alcie, bob 50%");
    await editor.press("Enter");
    await expect
      .poll(() => row(page, "build").getByRole("alert").textContent())
      .toBe("unknown resource “alcie”; did you mean “alice”?");
    await editor.fill("alice, bob 50%");
    await editor.press("Enter");
    await editorClosed(page);
    const saved = (await assignments()).filter((a) => a.task === "build");
    expect(saved.map((a) => [a.resource, a.units]).sort()).toEqual([
      ["alice", 1],
      ["bob", 0.5],
    ]);
    await expect.poll(() => cell(page, "build", 6).textContent()).toMatch(/alice, bob 50%$/);
  });

  it("shows the over-allocated days in the load panel under the Gantt", async () => {
    const toggle = page.getByRole("button", { name: "Resource load" });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await loadPanel().getByLabel("Resource").selectOption("alice");
    await expect.poll(() => loadPanel().locator(".load-bar.over").count()).toBeGreaterThan(0);
    await expect
      .poll(() => loadPanel().locator(".load-over").textContent())
      .toMatch(/Over-allocated Mar 1, 2027 – Mar 3, 2027.*API design, Build service/);
    // The tasks that overbook someone are marked in the table.
    await expect.poll(() => row(page, "build").locator(".over-marker").count()).toBe(1);
    // The bars sit under the Gantt's days: the first over-allocated day starts at midnight before the
    // first task's bar, which starts at 09:00 (14 px a day in the week zoom).
    const bar = await loadPanel().locator(".load-bar.over").first().boundingBox();
    const ganttBar = await ganttRow(page, "api").locator("rect.bar").boundingBox();
    expect(Math.abs((bar?.x ?? 0) - 0.5 - ((ganttBar?.x ?? 100) - (14 * 9) / 24))).toBeLessThan(1);
    await page.screenshot({ path: `${SCREENSHOTS}load-histogram.png` });
  });

  it("levels with a preview and its reasons, applies it, and undoes it", async () => {
    await page.getByRole("button", { name: "Level…" }).click();
    const dialog = page.getByRole("dialog", { name: "Level resources" });
    await dialog.getByLabel("Delay only — by priority").check();
    // A search can take seconds: the dialog says it is working meanwhile.
    await page.route(
      "**/level",
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      },
      { times: 1 },
    );
    await dialog.getByRole("button", { name: "Preview" }).click();
    await dialog.getByRole("progressbar", { name: "Leveling the plan" }).waitFor();
    expect(await dialog.getByRole("button", { name: "Previewing…" }).isDisabled()).toBe(true);
    const preview = dialog.getByRole("status", { name: "Leveling preview" });
    await preview.waitFor();
    await expect.poll(() => preview.locator("tbody tr").first().textContent()).toMatch(/Build service/);
    expect(await preview.textContent()).toMatch(/alice is on api 2027-03-01 to 2027-03-03/);
    await page.screenshot({ path: `${SCREENSHOTS}level-preview.png` });

    const apply = dialog.getByRole("button", { name: /^Apply/ });
    const moved = /Apply \((\d+) tasks\)/.exec((await apply.textContent()) ?? "")?.[1];
    expect(Number(moved)).toBeGreaterThanOrEqual(2);
    await apply.click();
    const toast = page.locator(".toast");
    await expect.poll(() => toast.textContent()).toMatch(new RegExp(`Leveled ${moved} tasks`));
    expect(await dialog.isVisible()).toBe(false);
    expect((await load()).overAllocations).toEqual([]);
    await expect.poll(() => loadPanel().locator(".load-bar.over").count()).toBe(0);
    await loadPanel().getByText("No over-allocation").waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}level-applied.png` });

    // The leveling is one edit in the plan's undo history: the toast's Undo and the toolbar's are the same step.
    const edit = page.getByRole("toolbar", { name: "Edit tasks" });
    await expect
      .poll(() => edit.getByRole("button", { name: "Undo" }).getAttribute("title"))
      .toBe(`Undo leveling of ${moved} tasks (Ctrl+Z)`);
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => toast.count()).toBe(0);
    await expect
      .poll(() => edit.getByRole("status").textContent())
      .toBe(`Undone: leveling of ${moved} tasks.`);
    await expect.poll(async () => (await load()).overAllocations.length).toBeGreaterThan(0);
    await expect.poll(() => loadPanel().locator(".load-bar.over").count()).toBeGreaterThan(0);

    // Redo levels again, in one step; undo takes it back again.
    await edit.getByRole("button", { name: "Redo" }).click();
    await expect.poll(async () => (await load()).overAllocations).toEqual([]);
    await edit.getByRole("button", { name: "Undo" }).click();
    await expect.poll(async () => (await load()).overAllocations.length).toBeGreaterThan(0);
    await expect
      .poll(() => edit.getByRole("status").textContent())
      .toBe(`Undone: leveling of ${moved} tasks.`);
  });

  it("refuses to apply a preview once the plan has changed", async () => {
    await page.getByRole("button", { name: "Level…" }).click();
    const dialog = page.getByRole("dialog", { name: "Level resources" });
    await dialog.getByRole("button", { name: "Preview" }).click();
    await dialog.getByRole("status", { name: "Leveling preview" }).waitFor();
    // Someone else changes the plan meanwhile.
    const docs = (await apiGet<{ id: string; version: number }[]>(page, `${base()}/tasks`)).find(
      (t) => t.id === "docs",
    );
    const session = await apiGet<{ csrfToken: string }>(page, "/api/session");
    await page.request.fetch(new URL(`${base()}/tasks/docs`, page.url()).href, {
      method: "PATCH",
      headers: { "x-csrf-token": session.csrfToken, "content-type": "application/json" },
      data: JSON.stringify({ version: docs?.version, name: "Write the docs" }),
    });
    await dialog.getByRole("button", { name: /^Apply/ }).click();
    await expect
      .poll(() => dialog.getByRole("alert").textContent())
      .toBe("The plan changed since the preview; preview again.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  it("shows the capacity heat map and one person's weeks", async () => {
    await tabs().getByRole("link", { name: "Capacity" }).click();
    const map = page.locator(".heat-map");
    await map.waitFor();
    expect(await map.locator("tbody tr").count()).toBe(3);
    // Alice is booked twice over in the first week.
    const first = map.locator("tbody tr[data-person='alice'] td.heat").first();
    expect(await first.getAttribute("class")).toContain("heat-over");
    expect(await first.textContent()).toMatch(/^\d+%$/);
    // The team as a whole has room that week (Bob and Cara are not fully booked), so no week is over.
    const lists = await page.locator(".week-lists").textContent();
    expect(lists).toMatch(/Over capacityNo week: the team's demand fits its capacity\./);
    expect(lists).toMatch(/Under half used/);
    const before = await first.textContent();
    await page.getByLabel("Focus factor").fill("50");
    await expect.poll(() => first.textContent()).not.toBe(before);
    await page.getByRole("button", { name: "Alice Chen" }).click();
    await page.getByRole("heading", { name: /Alice Chen: available and planned hours/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}capacity.png`, fullPage: true });
  });
});
