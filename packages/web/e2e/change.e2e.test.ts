import type { PlanSchedule } from "@keel/engine";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ChangeRecord } from "../src/change/change-api.js";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, importPlan, signIn, usDate } from "./steps.js";

const unavailable = browserTestsUnavailable();

/**
 * Design → Build API → Integration test → Launch is the critical path (Build UI has float); Build API
 * has a three-point estimate so the P80 moves too, the launch a deadline it meets by three days, and
 * everyone a rate so the cost moves.
 */
const CHANGE_PLAN = `project: { name: Payments release, start: 2027-03-01 }
resources:
  - { id: alice, name: Alice Chen, costPerHour: 100 }
  - { id: bob, name: Bob Park, costPerHour: 80 }
tasks:
  - { id: design, name: Design, duration: 3d, assign: [alice] }
  - { id: api, name: Build API, duration: 8d/10d/14d, after: [design], assign: [alice] }
  - { id: ui, name: Build UI, duration: 6d, after: [design], assign: [bob] }
  - { id: test, name: Integration test, duration: 4d, after: [api, ui], assign: [bob] }
  - { id: launch, name: Launch, milestone: true, after: [test], deadline: 2027-03-26 }
`;

describe.skipIf(unavailable !== undefined)("change requests in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let projectId = "";
  let before: PlanSchedule;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    browser = started.browser;
    page = started.page;
  });

  const tabs = () => page.getByRole("navigation", { name: "Project views" });
  const plan = () =>
    apiGet<{ schedule: PlanSchedule }>(page, `/api/projects/${projectId}/schedule`).then((r) => r.schedule);
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string) {
    await page.setViewportSize({ width: 1366, height: 1400 });
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  it("shows what adding five days to a critical task does to the finish before anyone approves it", async () => {
    await signIn(page, server);
    projectId = await importPlan(page, "payments.yaml", CHANGE_PLAN);
    before = await plan();
    expect(before.criticalPaths[0]).toEqual(["design", "api", "test", "launch"]);
    await page.goto(`${server.url}/projects/${projectId}`);
    await page.getByRole("heading", { name: "Payments release" }).waitFor();
    await tabs().getByRole("link", { name: "Changes" }).click();
    await page.getByRole("heading", { name: "No change requests yet" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}changes-empty.png` });

    await page.getByRole("button", { name: "New change request" }).click();
    const created = page.getByRole("dialog", { name: "New change request" });
    await created.getByLabel("Title").fill("Partner OAuth scopes");
    expect(await created.getByLabel("Requested by").inputValue()).not.toBe("");
    await created.getByLabel("Requested by").fill("Priya (Partnerships)");
    await created.getByLabel("Reason").fill("Partner Acme cannot launch without per-scope tokens.");
    await created.getByRole("button", { name: "Create draft" }).click();
    const detail = page.getByRole("article");
    await detail.getByRole("heading", { name: "CR-1 Partner OAuth scopes" }).waitFor();
    expect(new URL(page.url()).search).toBe("?request=CR-1");

    // The edit form: a critical task's duration, chosen by name.
    await detail.getByLabel("Edit", { exact: true }).selectOption({ label: "Change the duration of a task" });
    await detail.getByLabel("Task", { exact: true }).selectOption({ label: "Build API" });
    await detail.getByText("Now 10d").waitFor();
    await detail.getByLabel("New duration").fill("15");
    await detail.getByRole("button", { name: "Add edit" }).click();
    await detail
      .getByRole("alert")
      .getByText(/has no unit/)
      .waitFor();
    await detail.getByLabel("New duration").fill("15d");
    await detail.getByRole("button", { name: "Add edit" }).click();
    await detail.locator(".change-edits li", { hasText: "Build API: duration 10d → 15d" }).waitFor();

    // The impact, computed on a fork of the plan: five working days later, and what follows from that.
    const impact = detail.locator(".change-impact");
    await expect
      .poll(() => impact.locator(".change-headline .change-shift").textContent(), { timeout: 20_000 })
      .toBe("+5 working days");
    await expect.poll(() => impact.getAttribute("aria-busy")).toBe("false");
    expect(await impact.locator("tr[data-figure='finish']").textContent()).toBe(
      `Finish${usDate(before.project.finish)}${usDate("2027-03-30")}+5 working days`,
    );
    expect(await impact.locator("tr[data-figure='p80']").count()).toBe(1);
    // Five more working days of Alice at 100 an hour.
    const extraCost = ((5 * before.project.minutesPerDay) / 60) * 100;
    expect(await impact.locator("tr[data-figure='cost'] td").last().textContent()).toBe(
      `+${extraCost.toLocaleString("en-US", { minimumFractionDigits: 2 })}`,
    );
    expect(await impact.locator(".change-effects").textContent()).toContain(
      `Launch: deadline ${usDate("2027-03-26")} now missed (finishes ${usDate("2027-03-30")})`,
    );
    expect(await impact.locator(".change-effects").textContent()).toContain(
      `Launch: ${usDate("2027-03-23")} → ${usDate("2027-03-30")} (+5 working days)`,
    );
    // The Gantt diff: the moved tasks, each with its old bar outlined and its new one solid (critical).
    expect(
      await impact.locator(".gantt-diff-labels li").evaluateAll((li) => li.map((l) => l.dataset.task)),
    ).toEqual(["api", "test", "launch"]);
    expect(await impact.locator(".gantt-diff-bars rect.diff-after.critical").count()).toBe(2);
    expect(await impact.locator(".gantt-diff-bars rect.diff-before").count()).toBe(2);
    // Nothing is merged yet.
    expect((await plan()).project.finish).toBe(before.project.finish);
    await tallScreenshot("changes-impact.png");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("changes-impact-dark.png");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("approves the request with a reason, which moves the plan's finish and logs the decision", async () => {
    const detail = page.getByRole("article");
    await detail.getByRole("button", { name: "Submit for decision" }).click();
    await detail.locator(".change-status", { hasText: "Submitted" }).waitFor();
    await detail.getByRole("button", { name: "Approve…" }).click();
    const dialog = page.getByRole("dialog", { name: "Decide on CR-1" });
    expect(await dialog.locator(".change-decision-impact").textContent()).toContain("Finish +5 working days");
    // A decision needs a reason.
    await dialog.getByRole("button", { name: "Approve and merge" }).click();
    await dialog.getByText("Say why you decide so.").waitFor();
    await dialog.getByLabel("Why").fill("Acme is 30% of next year's revenue; the launch slips a week.");
    await dialog.getByLabel(/Save a new baseline/).check();
    await page.screenshot({ path: `${SCREENSHOTS}changes-decision.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Approve and merge" }).click();
    await page
      .getByRole("status")
      .getByText("CR-1 approved and merged into the plan: finish +5 working days; new baseline saved.")
      .waitFor();

    const after = await plan();
    expect(after.project.finish.slice(0, 10)).toBe("2027-03-30");
    expect(after.project.durationWorkingDays - before.project.durationWorkingDays).toBe(5);
    const approved = await apiGet<ChangeRecord>(page, `/api/projects/${projectId}/changes/CR-1`);
    expect(approved.status).toBe("approved");
    expect(approved.decision).toMatchObject({
      status: "approved",
      rebaselined: true,
      impact: { finishDays: 5 },
    });
    await detail.locator(".change-decision h4", { hasText: /^Approved by / }).waitFor();
    // Decided: read only, no edit form, the edit as merged.
    expect(await detail.getByRole("button", { name: "Add edit" }).count()).toBe(0);
    expect(await detail.locator(".change-edits li").first().textContent()).toBe("Build API: duration 15d");
    await tallScreenshot("changes-approved.png");

    await page.getByRole("button", { name: "Change log" }).click();
    const entry = page.locator(".change-log tr[data-change='CR-1']");
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(
      /^\w{3} \d+, \d{4}CR-1 Partner OAuth scopesApproved · new baseline.+Acme is 30% of next year's revenue; the launch slips a week\.\+5 working days\+\d working days?\+[\d,]+\.00$/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}changes-log.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.screenshot({ path: `${SCREENSHOTS}changes-log-dark.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();

    // The plan view shows the new finish.
    await tabs().getByRole("link", { name: "Plan" }).click();
    await expect.poll(() => page.locator(".plan-title .muted").textContent()).toContain(usDate("2027-03-30"));
  });

  it("lists stale edits with a re-base, and says why a fork cannot be scheduled", async () => {
    await apiSend(page, "POST", `/api/projects/${projectId}/changes`, {
      id: "CR-3",
      name: "Loop back to design",
      requester: "QA",
      reason: "Findings go back to design",
      edits: [
        { op: "updateTask", id: "ghost", set: { duration: { value: 2, unit: "d", elapsed: false } } },
        {
          op: "addLink",
          link: { from: "launch", to: "design", type: "FS", lag: { value: 0, unit: "d", elapsed: false } },
        },
      ],
    });
    await page.goto(`${server.url}/projects/${projectId}/changes?request=CR-3`);
    const detail = page.getByRole("article");
    const impact = detail.locator(".change-impact");
    await impact.locator(".change-warning").getByText("1 edit no longer fits the plan").waitFor();
    expect(await impact.locator(".change-alert").textContent()).toMatch(
      /^With these edits the plan cannot be scheduled\..*cycle/i,
    );
    expect(await detail.locator(".change-edits li.is-stale").textContent()).toMatch(
      /^ghost: duration 2dNo longer fits the plan: /,
    );
    await tallScreenshot("changes-stale.png");
    expect(await seriousViolations(page)).toEqual([]);

    await impact.getByRole("button", { name: "Re-base (drop this edit)" }).click();
    await page.getByRole("status").getByText("Dropped 1 edit that no longer fit the plan.").waitFor();
    await expect
      .poll(() => detail.locator(".change-edits li").allTextContents())
      .toEqual(["Link Launch → DesignRemove"]);
    await detail.getByRole("button", { name: "Remove edit: Link Launch → Design" }).click();
    await detail.getByText("No edits yet.").waitFor();
    await impact.getByText("Nothing changes yet").waitFor();

    // A new task after another; its link goes with it.
    const lines = () => detail.locator(".change-edits .change-edit-line").allTextContents();
    await detail.getByLabel("Edit", { exact: true }).selectOption({ label: "Add a task" });
    await detail.getByLabel("Task name").fill("Security review");
    await detail.getByLabel("Duration").fill("3d");
    await detail.getByLabel("After").selectOption({ label: "Integration test" });
    await detail.getByRole("button", { name: "Add edit" }).click();
    await expect
      .poll(lines)
      .toEqual(["Add task “Security review” (3d)", "Link Integration test → Security review"]);
    await expect
      .poll(() => impact.locator(".change-headline .change-shift").textContent(), { timeout: 20_000 })
      .toBe("+3 working days");
    await impact.locator(".gantt-diff-labels li[data-task='security-review']").getByText("new").waitFor();
    await detail
      .getByLabel("Edit", { exact: true })
      .selectOption({ label: "Start a task no earlier than a date" });
    await detail.getByLabel("Task", { exact: true }).selectOption({ label: "Build UI" });
    await detail.getByLabel("Start no earlier than").fill("2027-03-22");
    await detail.getByRole("button", { name: "Add edit" }).click();
    await expect.poll(lines).toContain(`Build UI: start no earlier than ${usDate("2027-03-22")}`);
    await detail.getByRole("button", { name: "Remove edit: Add task “Security review” (3d)" }).click();
    await expect.poll(lines).toEqual([`Build UI: start no earlier than ${usDate("2027-03-22")}`]);
  });

  it("lets a member raise and read requests but not decide them", async () => {
    await apiSend(page, "POST", `/api/projects/${projectId}/changes`, {
      id: "CR-2",
      name: "Polish the UI",
      requester: "Design team",
      reason: "Usability test findings",
      status: "submitted",
      edits: [{ op: "updateTask", id: "ui", set: { duration: { value: 8, unit: "d", elapsed: false } } }],
    });
    const session = await apiGet<{ workspaces: { id: string }[] }>(page, "/api/session");
    const member = { email: "mia@keel.local", password: "member-password-1" };
    await apiSend(page, "POST", `/api/workspaces/${session.workspaces[0]?.id}/members`, {
      ...member,
      name: "Mia Member",
      role: "member",
    });

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
    try {
      const other = await context.newPage();
      await other.goto(`${server.url}/sign-in`);
      await other.getByLabel("Email").fill(member.email);
      await other.getByLabel("Password").fill(member.password);
      await other.getByRole("button", { name: "Sign in" }).click();
      await other.getByRole("heading", { name: "Portfolio" }).waitFor();
      await other.goto(`${server.url}/projects/${projectId}/changes?request=CR-2`);
      const detail = other.getByRole("article");
      await detail.getByRole("heading", { name: "CR-2 Polish the UI" }).waitFor();
      await detail.getByText("Waiting for a manager’s decision.").waitFor();
      expect(await detail.getByRole("button", { name: "Approve…" }).count()).toBe(0);
      // Build UI has float: two more days do not move the finish.
      await expect
        .poll(() => detail.locator(".change-headline .change-shift").textContent(), { timeout: 20_000 })
        .toBe("unchanged");
      await other.screenshot({ path: `${SCREENSHOTS}changes-member.png` });

      // The server refuses a member's decision whatever the page shows.
      const { csrfToken } = (await (await other.request.get(`${server.url}/api/session`)).json()) as {
        csrfToken: string;
      };
      const refused = await other.request.post(
        `${server.url}/api/projects/${projectId}/changes/CR-2/decision`,
        {
          headers: { "x-csrf-token": csrfToken, "content-type": "application/json" },
          data: JSON.stringify({ decision: "approved", why: "I think so", version: 1 }),
        },
      );
      expect(refused.status()).toBe(403);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
        "this needs the manager role or higher; you are a member",
      );
    } finally {
      await context.close();
    }
  });
});
