import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();
if (unavailable !== undefined) console.info(`Browser tests skipped: ${unavailable}.`);

interface Item {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly sprint?: string;
}

/** The browser's date, `days` from today, as `YYYY-MM-DD`. */
function localDate(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe.skipIf(unavailable !== undefined)("agile work in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId: string;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  const agilePath = (path: string) => `/api/projects/${projectId}${path}`;
  const items = () => apiGet<Item[]>(page, agilePath("/backlog-items"));
  const idOf = async (name: string) => {
    // The list can lag the item's row on a busy machine: ask until it is there.
    await expect
      .poll(async () => (await items()).some((i) => i.name === name), { message: `an item named ${name}` })
      .toBe(true);
    return (await items()).find((i) => i.name === name)?.id ?? "";
  };
  const section = (name: string) =>
    page.getByRole("navigation", { name: "Agile sections" }).getByRole("link", { name }).click();
  const toast = () => page.locator(".toast");
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string, height = 1500) {
    await page.setViewportSize({ width: 1366, height });
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }
  /** Chooses a card's status on the board and waits until the server has it. */
  async function moveCard(id: string, status: string) {
    await page.getByLabel(`Status of ${id}`).selectOption(status);
    await expect.poll(async () => (await items()).find((i) => i.id === id)?.status).toBe(status);
    await expect.poll(() => page.getByLabel(`Status of ${id}`).inputValue()).toBe(status);
  }

  it("applies the greenfield template and switches the team to hour estimates", async () => {
    await signIn(page, server);
    const projects = await apiGet<{ id: string; project: { name: string } }[]>(page, "/api/projects");
    projectId = projects.find((p) => p.project.name === "Discovery team Q3 2027")?.id ?? "";
    expect(projectId).not.toBe("");
    await page.goto(`${server.url}/projects/${projectId}`);
    await page
      .getByRole("navigation", { name: "Project views" })
      .getByRole("link", { name: "Agile" })
      .click();
    await page.getByRole("heading", { name: "Backlog", exact: true }).waitFor();
    await section("Setup");
    await page.getByRole("heading", { name: "Team template" }).waitFor();
    expect(await page.locator(".template-card").count()).toBe(3);
    await page.getByRole("button", { name: "Apply Greenfield product (Scrum)" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply Greenfield product (Scrum)?" });
    await dialog.getByRole("button", { name: "Apply template" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => toast().textContent()).toContain("Greenfield product (Scrum) applied.");
    // The template's workflow is in the table, with its WIP limits.
    await expect.poll(() => page.getByLabel("WIP limit of In Progress").inputValue()).toBe("4");
    expect(await page.getByLabel("WIP limit of In Review").inputValue()).toBe("3");
    await tallScreenshot("agile-setup.png", 1700);

    // Without a closed sprint there is no velocity; in hours, the team's focused time is the limit.
    await page.getByLabel("Estimate unit").selectOption("hours");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => toast().textContent()).toContain("Settings saved.");
    const agile = await apiGet<{ settings: { estimateUnit: string; template: string } }>(
      page,
      agilePath("/agile"),
    );
    expect(agile.settings).toMatchObject({ estimateUnit: "hours", template: "greenfield-product" });
  });

  let sprintHours = 0;
  const names = ["Sign in with SSO", "Password reset", "Audit log", "Profile page", "Rate limiting"];
  const big = "Data export";

  it("adds backlog items and plans the sprint within its capacity, warning when over", async () => {
    await section("Backlog");
    // The template planned a first sprint; it is moved to have started a week ago, so the
    // burndown has days behind it.
    const planning = page.locator(".sprint-plan");
    await planning.getByRole("heading", { name: "Planning Sprint 1" }).waitFor();
    await planning.getByRole("button", { name: "Edit Sprint 1" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Sprint 1" });
    await edit.getByLabel("Start").fill(localDate(-7));
    await edit.getByLabel("Goal").fill("People can sign in and manage their account");
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.waitFor({ state: "detached" });
    await planning.getByText("Goal: People can sign in and manage their account").waitFor();

    const sprints = await apiGet<{ id: string; name: string }[]>(page, agilePath("/sprints"));
    const sprintId = sprints.find((s) => s.name === "Sprint 1")?.id ?? "";
    const plan = await apiGet<{ capacity: { hours: number } }>(page, agilePath(`/sprints/${sprintId}/plan`));
    sprintHours = plan.capacity.hours;
    expect(sprintHours).toBeGreaterThan(50);
    // Five items filling 90 % of the team's focused hours, and one that takes it over.
    const each = Math.floor((sprintHours * 0.9) / names.length);
    const quickAdd = page.locator("form.agile-quick-add");
    for (const [name, hours] of [
      ...names.map((n) => [n, each] as const),
      [big, Math.ceil(sprintHours * 0.3)] as const,
    ]) {
      await quickAdd.getByLabel("Name of the new item").fill(name);
      await quickAdd.getByLabel("Hours").fill(String(hours));
      await quickAdd.getByLabel("Name of the new item").press("Enter");
      await page.locator(".backlog-list li", { hasText: name }).waitFor();
    }
    expect(await page.locator(".backlog-list li").count()).toBe(6);
    const ids = await Promise.all(names.map(idOf));
    const bigId = await idOf(big);

    // Re-rank: the last item moves up one place.
    const order = () =>
      page.locator(".backlog-list li").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-item")));
    await page.getByRole("button", { name: `Move ${bigId} up` }).click();
    await expect.poll(order).toEqual([...ids.slice(0, 4), bigId, ids[4]]);
    await page.getByRole("button", { name: `Move ${bigId} down` }).click();
    await expect.poll(order).toEqual([...ids, bigId]);
    await tallScreenshot("agile-backlog.png");

    for (const id of ids) {
      await page.getByRole("button", { name: `Add ${id} to sprint` }).click();
      await planning.locator(`li[data-item="${id}"]`).waitFor();
    }
    await expect
      .poll(() => planning.locator('[data-figure="committed"]').textContent())
      .toBe(`${(each * names.length).toLocaleString("en-US")} h`);
    expect(await planning.locator(".agile-warning").count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}agile-planning.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // The large one is dragged in, as a planner would.
    // By its handle: the row's middle holds boxes and selects.
    await page
      .locator(`.backlog-list li[data-item="${bigId}"] .drag-handle`)
      .dragTo(planning.locator(".sprint-items"));
    await planning.locator(`li[data-item="${bigId}"]`).waitFor();
    const warning = planning.getByRole("alert");
    await expect
      .poll(() => warning.textContent())
      .toMatch(/^Over capacity\. Committed .* h of the team's .* h/);
    await page.screenshot({ path: `${SCREENSHOTS}agile-planning-over.png` });
    await page.getByRole("button", { name: `Take ${bigId} out` }).click();
    await expect.poll(() => planning.locator(".agile-warning").count()).toBe(0);
    await page.locator(`.backlog-list li[data-item="${bigId}"]`).waitFor();

    await planning.getByRole("button", { name: "Start sprint" }).click();
    await expect.poll(() => toast().textContent()).toContain("Sprint 1 started.");
    // The next sprint, for what is not finished.
    await planning.getByRole("button", { name: "Create sprint" }).click();
    const create = page.getByRole("dialog", { name: "Create sprint" });
    expect(await create.getByLabel("Length (days)").inputValue()).toBe("14");
    await create.getByRole("button", { name: "Create sprint" }).click();
    await create.waitFor({ state: "detached" });
    await planning.getByRole("heading", { name: "Planning Sprint 2" }).waitFor();
  });

  it("moves cards on the board, refusing a skipped column and warning over a WIP limit", async () => {
    await section("Board");
    await page.getByRole("heading", { name: /^Sprint 1/ }).waitFor();
    await page.getByText(/\d+ days? left/).waitFor();
    const ids = await Promise.all(names.map(idOf));
    expect(await page.locator(".board-card").count()).toBe(5);
    // Lanes by assignee are the template's default; give the first card someone.
    await page.getByRole("button", { name: `Edit ${ids[0]}` }).click();
    const quick = page.getByRole("dialog", { name: new RegExp(`${ids[0]}`) });
    await quick.getByLabel("Assignee").fill("Ana");
    await quick.getByRole("button", { name: "Save" }).click();
    await quick.waitFor({ state: "detached" });
    await page.getByRole("heading", { name: /^Ana/ }).waitFor();

    // Done means reviewed: the workflow refuses a card skipping the review, and it stays.
    await page.getByLabel(`Status of ${ids[1]}`).selectOption("done");
    const refusal = page.locator(".agile-error");
    await expect.poll(() => refusal.textContent()).toMatch(/does not allow a move from "Backlog" to "Done"/);
    expect((await items()).find((i) => i.id === ids[1])?.status).toBe("backlog");
    await expect.poll(() => page.getByLabel(`Status of ${ids[1]}`).inputValue()).toBe("backlog");
    await page.screenshot({ path: `${SCREENSHOTS}agile-board-refused.png` });

    // Ana's card is dragged to To Do in her lane (the first); the rest go by their status box.
    await page
      .locator(`.board-card[data-item="${ids[0]}"] .board-card-name`)
      .dragTo(page.locator('.board-cell[data-status="todo"]').first());
    await expect.poll(async () => (await items()).find((i) => i.id === ids[0])?.status).toBe("todo");
    for (const id of ids) {
      if (id !== ids[0]) await moveCard(id, "todo");
      await moveCard(id, "in-progress");
    }
    // The fifth card takes In Progress over its limit of 4: moved, with a warning naming it.
    await expect
      .poll(() => toast().textContent())
      .toMatch(/"In Progress" would hold 5 cards; its WIP limit is 4/);
    const head = page.locator('.board-column-head[data-status="in-progress"]');
    expect(await head.getAttribute("class")).toContain("is-over");
    expect(await head.textContent()).toContain("5 / 4");
    expect(await head.textContent()).toContain("Over WIP limit");
    await tallScreenshot("agile-board-over.png", 1100);
    expect(await seriousViolations(page)).toEqual([]);

    for (const id of ids.slice(0, 4)) {
      await moveCard(id, "in-review");
      await moveCard(id, "done");
    }
    expect(await page.locator('.board-column-head[data-status="done"]').textContent()).toContain("4");
    await tallScreenshot("agile-board.png", 1100);
  });

  // ── Workflow transitions (Setup page matrix): a status added to the template's flow is linked into it. ──
  it("adds a status between In Review and Done, linked in and out, and moves a card into it", async () => {
    await section("Setup");
    await page.getByRole("heading", { name: "Transitions" }).waitFor();
    const matrix = page.getByRole("table", { name: /^Moves allowed/ });
    const moves = page.locator('.transitions [data-figure="moves"]');
    const warning = page.locator(".transitions .agile-warning");
    expect(await moves.textContent()).toBe("8 of 20 moves allowed");
    await page.getByLabel("New status").fill("In Test");
    await page.getByLabel("Place", { exact: true }).selectOption({ label: "After In Review" });
    await page.getByRole("button", { name: "Add status", exact: true }).click();
    await expect.poll(() => page.getByLabel("Name of status 5").inputValue()).toBe("In Test");
    // Reachable from In Review and leaving for Done, and nothing more.
    expect(await matrix.getByLabel("from In Review to In Test").isChecked()).toBe(true);
    expect(await matrix.getByLabel("from In Test to Done").isChecked()).toBe(true);
    expect(await matrix.getByLabel("from In Progress to In Test").isChecked()).toBe(false);
    expect(await moves.textContent()).toBe("10 of 30 moves allowed");
    expect(await warning.count()).toBe(0);
    // Without its one way in, the matrix names it as unreachable.
    await matrix.getByLabel("from In Review to In Test").uncheck();
    await expect
      .poll(() => warning.textContent())
      .toContain("No card starting in Backlog can reach In Test.");
    await page.locator(".transitions").screenshot({ path: `${SCREENSHOTS}agile-setup-unreachable.png` });
    await matrix.getByLabel("from In Review to In Test").check();
    await warning.waitFor({ state: "detached" });
    await tallScreenshot("agile-setup-transitions.png", 2000);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => toast().textContent()).toContain("Settings saved.");
    const { workflow } = (
      await apiGet<{
        settings: { workflow: { statuses: { id: string }[]; transitions: { from: string; to: string }[] } };
      }>(page, agilePath("/agile"))
    ).settings;
    expect(workflow.statuses.map((s) => s.id)).toEqual([
      "backlog",
      "todo",
      "in-progress",
      "in-review",
      "in-test",
      "done",
    ]);
    expect(workflow.transitions).toContainEqual({ from: "in-review", to: "in-test" });
    expect(workflow.transitions).toContainEqual({ from: "in-test", to: "done" });
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await matrix.waitFor();
    await tallScreenshot("agile-setup-transitions-dark.png", 2000);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();

    // The unfinished card goes through review into the new column.
    await section("Board");
    const last = await idOf(names[4] ?? "");
    await moveCard(last, "in-review");
    await moveCard(last, "in-test");
    expect(await page.locator('.board-column-head[data-status="in-test"]').textContent()).toContain(
      "In Test",
    );
  });
  // ── End of workflow transitions. ──

  it("closes the sprint, carrying the unfinished item over and raising retrospective actions", async () => {
    await page.getByRole("button", { name: "Close sprint" }).click();
    await page.getByRole("dialog", { name: "Close Sprint 1" }).waitFor();
    // Named by its heading, which says "closed" once it is.
    const dialog = page.locator("dialog.close-dialog");
    const each = Math.floor((sprintHours * 0.9) / names.length);
    expect(await dialog.locator('[data-figure="committed"]').textContent()).toBe(
      `${(each * 5).toLocaleString("en-US")} h`,
    );
    expect(await dialog.locator('[data-figure="done"]').textContent()).toBe(
      `${(each * 4).toLocaleString("en-US")} h`,
    );
    expect(await dialog.locator(".carry-over li").count()).toBe(1);
    await dialog.getByLabel("Carry over to").selectOption({ label: "Sprint 2" });
    await dialog.getByLabel("Sprint review notes").fill("Demoed sign-in and reset to the product owner.");
    await dialog.getByLabel("Went well").fill("Pairing on SSO\nSmall stories");
    await dialog.getByLabel("To improve").fill("Reviews waited a day");
    await dialog.getByLabel("Actions").fill("Agree a review rota\nAdd a staging smoke test");
    await page.screenshot({ path: `${SCREENSHOTS}agile-close.png` });
    await dialog.getByRole("button", { name: "Close sprint" }).click();
    await dialog.getByRole("heading", { name: "Sprint 1 closed" }).waitFor();
    const links = dialog.locator(".close-issues a");
    expect(await links.count()).toBe(2);
    expect(await links.first().getAttribute("href")).toBe(`/projects/${projectId}/raid?tab=issues`);
    await page.screenshot({ path: `${SCREENSHOTS}agile-closed.png` });
    const carried = await idOf(names[4] ?? "");
    const sprints = await apiGet<{ id: string; name: string }[]>(page, agilePath("/sprints"));
    expect((await items()).find((i) => i.id === carried)?.sprint).toBe(
      sprints.find((s) => s.name === "Sprint 2")?.id,
    );
    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("reports the sprint's burndown and the velocity of committed against done", async () => {
    await section("Reports");
    const each = Math.floor((sprintHours * 0.9) / names.length);
    const committed = `${(each * 5).toLocaleString("en-US")} h`;
    const done = `${(each * 4).toLocaleString("en-US")} h`;
    const burndown = page.locator(".chart-card", {
      has: page.getByRole("heading", { name: "Burndown · Sprint 1" }),
    });
    await expect.poll(() => burndown.locator('[data-figure="committed"]').textContent()).toBe(committed);
    expect(await burndown.locator('[data-figure="completed"]').textContent()).toBe(done);
    expect(await burndown.getByRole("img").getAttribute("aria-label")).toContain(`${committed} committed`);
    const velocity = page.locator(".chart-card", { has: page.getByRole("heading", { name: "Velocity" }) });
    await expect
      .poll(() => velocity.getByRole("img").getAttribute("aria-label"))
      .toContain(`Sprint 1: committed ${committed}, done ${done}`);
    const row = velocity.locator("table tr", { has: page.getByRole("rowheader", { name: "Sprint 1" }) });
    expect(await row.locator("td").allTextContents()).toEqual([
      (each * 5).toLocaleString("en-US"),
      (each * 4).toLocaleString("en-US"),
    ]);
    await tallScreenshot("agile-reports.png", 1600);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("previews a Jira export with a progress bar, then imports it", async () => {
    await section("Import from Jira");
    const csv = [
      "Summary,Issue key,Issue Type,Status,Priority",
      "Checkout flow,SHOP-1,Story,In QA,High",
      "Cart total wrong,SHOP-2,Bug,To Do,Medium",
      "Payment retries,SHOP-3,Story,Done,Low",
    ].join("\n");
    await page
      .getByLabel("Jira CSV export")
      .setInputFiles({ name: "shop.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview (nothing is saved)" }).click();
    await page.getByRole("heading", { name: "Preview" }).waitFor();
    expect(await page.locator("progress").getAttribute("value")).toBe("100");
    expect(await page.locator('[data-figure="items"]').textContent()).toBe("3");
    await page.screenshot({ path: `${SCREENSHOTS}agile-import-preview.png` });
    const guessed = page.getByLabel("Workflow status for Jira status In QA");
    if ((await guessed.count()) > 0) await guessed.selectOption("in-review");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Imported" }).waitFor();
    expect(await page.locator('[data-figure="created"]').textContent()).toBe("3");
    expect((await items()).find((i) => i.id === "SHOP-1")?.status).toBe("in-review");
    await page.screenshot({ path: `${SCREENSHOTS}agile-imported.png` });
  });

  it("reads well in the dark theme", async () => {
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await section("Reports");
    await page.getByRole("heading", { name: "Burndown · Sprint 1" }).waitFor();
    await tallScreenshot("agile-reports-dark.png", 1600);
    expect(await seriousViolations(page)).toEqual([]);
    await section("Backlog");
    await page.locator(".sprint-plan").getByRole("heading", { name: "Planning Sprint 2" }).waitFor();
    // The item carried over is planned in it.
    await page.locator(".sprint-plan .sprint-items li[data-item]").first().waitFor();
    await tallScreenshot("agile-backlog-dark.png", 1100);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });
});
