import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, importPlan, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();
const POSTING = readFileSync(
  new URL("../../engine/src/career/match/fixtures/technical-project-coordinator.txt", import.meta.url),
  "utf8",
);
const PDF = "/tmp/keel-career-portfolio.pdf";
const PNG = "/tmp/keel-career-portfolio-page";

/** `YYYY-MM-DD`, `days` from today (UTC, as the server judges dates). */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday on or before `date`, so the plan's working days are plain to count. */
function monday(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `days`. */
function plus(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A finished piece of work, some weeks back: two tasks and the milestones they lead to. */
const START = monday(day(-70));
const PLAN = `project: { name: Billing cutover, start: ${START} }
resources:
  - { id: ana, name: Ana Lopes }
  - { id: ben, name: Ben Okafor }
tasks:
  - { id: design, name: Design the cutover, duration: 5d, assign: [ana] }
  - { id: design-done, name: Design signed off, milestone: true, after: [design] }
  - { id: migrate, name: Migrate the accounts, duration: 10d, after: [design-done], assign: [ben] }
  - { id: cutover, name: Cutover, milestone: true, after: [migrate] }
`;

interface TaskRecord {
  readonly id: string;
  readonly version: number;
}

describe.skipIf(unavailable !== undefined)("the career hub in Chromium", () => {
  let server: DemoServer;
  let page: Page;
  let projectId: string;
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    page = started.page;
  });

  /** A career section's link; Evidence's name carries the count of waiting suggestions, if any. */
  const section = (name: string) =>
    page
      .getByRole("navigation", { name: "Career sections" })
      .getByRole("link", { name: new RegExp(`^${name}( ?\\d+ suggested)?$`) });
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string, height = 1800) {
    await page.setViewportSize({ width: 1366, height });
    await page.locator(".shell-main").evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }
  const storedProfile = () => apiGet<{ profile: unknown }>(page, "/api/me/career/profile");
  /** The score on a readiness tab: "Technical project coordinator · 12". */
  async function readinessScore(role: string): Promise<number> {
    const tab = page.getByRole("tab", { name: new RegExp(`^${role} · \\d+$`) });
    await tab.waitFor();
    return Number(((await tab.textContent()) ?? "").split("·")[1]);
  }

  it("opens from the top navigation on an empty profile that says what to do", async () => {
    await signIn(page, server);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Career" }).click();
    await page.getByRole("heading", { name: "Profile", exact: true }).waitFor();
    await page.getByText(/^No profile yet\./).waitFor();
    await page.getByText(/Private by default: only you see it\./).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}career-profile-empty.png` });

    await section("Certifications").click();
    await page.getByText(/^Eligibility needs your profile\./).waitFor();
    await section("Readiness").click();
    await page.getByRole("link", { name: "Choose your target roles in your profile" }).waitFor();
    await section("Evidence").click();
    await page.getByText(/^No evidence yet\./).waitFor();
    await section("Profile").click();
  });

  it("refuses bad input beside its field and stores nothing", async () => {
    await page.getByLabel("Current role").fill("Senior backend engineer");
    await page.getByLabel("Highest education").selectOption("bachelor");
    await page.getByRole("checkbox", { name: "Technical project coordinator" }).check();
    await page.getByRole("checkbox", { name: "Technical project manager" }).check();
    await page.getByRole("button", { name: "Add experience" }).click();
    await page.getByLabel("Experience 1 from").fill(day(-730).slice(0, 7));
    await page.getByLabel("Experience 1 project").fill("Payments platform");
    await page.getByRole("button", { name: "Add experience" }).click();
    await page.getByLabel("Experience 2 kind").selectOption("agile");
    await page.getByLabel("Experience 2 from").fill("2023-05");
    await page.getByLabel("Experience 2 to").fill("2023-01");
    await page.getByRole("button", { name: "Add training" }).click();
    await page.getByLabel("Training 1 course").fill("Project management fundamentals");
    await page.getByLabel("Training 1 provider").fill("Coursera");
    await page.getByLabel("Training 1 hours").fill("-5");
    await page.getByLabel("Training 1 completed").fill("2025-06-01");
    await page.getByRole("button", { name: "Save profile" }).click();

    await page.getByText("ends (2023-01) before it starts (2023-05)").waitFor();
    await page.getByText("hours must be more than 0").waitFor();
    await page.getByText("Not saved: 2 fields need another look.").waitFor();
    expect(await page.getByLabel("Experience 2 to").getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: `${SCREENSHOTS}career-profile-bad-input.png` });
    expect((await storedProfile()).profile).toBeNull();

    // Months after this one have not happened yet.
    await page.getByLabel("Experience 2 to").fill("2023-09");
    await page.getByLabel("Training 1 hours").fill("12");
    const future = plus(day(0), 62).slice(0, 7);
    await page.getByLabel("Experience 2 from").fill(future);
    await page.getByLabel("Experience 2 to").fill("");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText(new RegExp(`^${future} is in the future`)).waitFor();
    expect((await storedProfile()).profile).toBeNull();
  });

  it("saves the profile once it is right", async () => {
    await page.getByLabel("Experience 2 from").fill("2023-01");
    await page.getByLabel("Experience 2 to").fill("2023-09");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText(/^Saved\. Readiness and certifications are up to date\./).waitFor();
    const saved = (await storedProfile()) as {
      profile: { experience: unknown[]; training: { hours: number }[]; visibility: string };
    };
    expect(saved.profile.experience).toHaveLength(2);
    expect(saved.profile.training[0]?.hours).toBe(12);
    expect(saved.profile.visibility).toBe("private");
    await tallScreenshot("career-profile.png", 1300);
  });

  it("shows the PMP gap in months and the earliest month, with sources and unconfirmed claims labelled", async () => {
    await section("Certifications").click();
    const pmp = page.locator("#cert-PMP");
    await pmp.waitFor();
    expect(await pmp.locator(".career-status").textContent()).toBe("Not yet");
    const text = (await pmp.textContent()) ?? "";
    // Two years leading projects with a four-year degree: about a year short of 36 months.
    expect(text).toMatch(/\d+ more months leading projects \(have 2[45] in the last 8 years, 36 needed/);
    expect(text).toMatch(/earliest \d{4}-\d{2}/);
    expect(text).toContain("Sources (as of 2026-11)");
    expect(await pmp.getByText("unconfirmed", { exact: true }).count()).toBeGreaterThan(0);
    await page.locator(".career-path-summary").waitFor();
    await tallScreenshot("career-certifications.png");
  });

  it("suggests a delivered milestone from a project; accepted after an edit, readiness for the coordinator role rises", async () => {
    await section("Readiness").click();
    const before = await readinessScore("Technical project coordinator");
    await tallScreenshot("career-readiness-before.png", 1500);

    projectId = await importPlan(page, "billing.yaml", PLAN);
    await apiSend(page, "POST", `/api/projects/${projectId}/baselines`, { name: "Plan of record" });
    const tasks = await apiGet<TaskRecord[]>(page, `/api/projects/${projectId}/tasks`);
    const version = (id: string) => tasks.find((t) => t.id === id)?.version;
    const progress: Record<string, object> = {
      design: { percentComplete: 100, actualStart: START, actualFinish: plus(START, 4) },
      "design-done": { percentComplete: 100, actualFinish: plus(START, 4) },
      migrate: { percentComplete: 100, actualStart: plus(START, 7), actualFinish: plus(START, 16) },
      cutover: { percentComplete: 100, actualFinish: plus(START, 16) },
    };
    for (const [id, fields] of Object.entries(progress)) {
      await apiSend(page, "PATCH", `/api/projects/${projectId}/tasks/${id}`, {
        ...fields,
        version: version(id),
      });
    }

    await section("Evidence").click();
    // Both suggestions name the project, Billing cutover: told apart by their titles.
    const titled = (title: RegExp) => page.getByRole("heading", { name: title });
    const card = page.locator(".career-suggestion").filter({ has: titled(/^Delivered Cutover/) });
    await card.waitFor();
    expect(await card.getByRole("link", { name: "Billing cutover" }).getAttribute("href")).toBe(
      `/projects/${projectId}/tracking`,
    );
    expect(await card.locator(".career-chip-metric").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}career-evidence-suggested.png` });

    await card.getByRole("button", { name: /^Edit, then accept “Delivered Cutover/ }).click();
    const dialog = page.getByRole("dialog", { name: "Edit, then accept" });
    await dialog.waitFor();
    await dialog
      .getByLabel("Action", { exact: true })
      .fill("I split the migration into three waves and ran a daily cutover check-in with support.");
    await dialog.getByLabel("Your role").fill("Tech lead");
    await page.screenshot({ path: `${SCREENSHOTS}career-evidence-accept.png` });
    await dialog.getByRole("button", { name: "Accept into inventory" }).click();
    await dialog.waitFor({ state: "detached" });

    const entry = page.locator(".career-entry").filter({ hasText: "Cutover" });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("I split the migration into three waves");
    expect(
      await page
        .locator(".career-suggestion")
        .filter({ has: titled(/^Delivered Cutover/) })
        .count(),
    ).toBe(0);
    const stored = await apiGet<{ source?: { kind: string; projectId: string } }[]>(
      page,
      "/api/me/career/evidence",
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source).toMatchObject({ kind: "keel", projectId });
    await tallScreenshot("career-evidence.png", 1200);

    await section("Readiness").click();
    await expect.poll(() => readinessScore("Technical project coordinator")).toBeGreaterThan(before);
    await tallScreenshot("career-readiness.png");
  });

  it("undoes a dismissal from its toast, and restores one from the dismissed list", async () => {
    await section("Evidence").click();
    const card = page.locator(".career-suggestion").filter({ hasText: "Design signed off" });
    await card.waitFor();
    const title = (await card.locator("h3").textContent()) ?? "";
    const toast = page.locator(".toast");
    await card.getByRole("button", { name: /^Dismiss “/ }).click();
    await card.waitFor({ state: "detached" });
    await toast.getByText(`Dismissed “${title}”.`).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}career-evidence-dismissed.png` });
    await toast.getByRole("button", { name: "Undo" }).click();
    await card.waitFor();
    await toast.getByText(`“${title}” is back in your suggestions.`).waitFor();
    expect(await apiGet<unknown[]>(page, "/api/me/career/suggestions/dismissed")).toEqual([]);

    await card.getByRole("button", { name: /^Dismiss “/ }).click();
    await card.waitFor({ state: "detached" });
    await toast.getByRole("button", { name: "Dismiss" }).click();
    const dismissed = page.locator(".career-dismissed");
    await dismissed.getByText("Dismissed (1)").click();
    const restore = dismissed.getByRole("button", { name: `Restore “${title}”` });
    await restore.waitFor();
    await tallScreenshot("career-evidence-dismissed-list.png", 1300);
    await restore.click();
    await card.waitFor();
    await dismissed.waitFor({ state: "detached" });

    // Dismissed for good this time: the later pages (and their accessibility check) show the list.
    await card.getByRole("button", { name: /^Dismiss “/ }).click();
    await dismissed.getByText("Dismissed (1)").waitFor();
  });

  it("adds a win by hand; a date after today is refused in place", async () => {
    await section("Evidence").click();
    await page.getByRole("button", { name: "+ Add evidence" }).click();
    const dialog = page.getByRole("dialog", { name: "New evidence" });
    await dialog.getByLabel("Title").fill("Cut release lead time with a weekly release train");
    await dialog
      .getByLabel("Situation")
      .fill("Releases took 9 days from merge to production across three teams");
    await dialog
      .getByLabel("Action", { exact: true })
      .fill("I set up a weekly release train and agreed the cut-off with the three team leads");
    await dialog.getByLabel("Result", { exact: true }).fill("Cut release lead time from 9 to 4 days");
    await dialog.getByRole("button", { name: "+ Add metric" }).click();
    await dialog.getByLabel("Metric 1 name").fill("release lead time");
    await dialog.getByLabel("Metric 1 value").fill("4");
    await dialog.getByLabel("Metric 1 unit").fill("days");
    await dialog.getByLabel("Teams").fill("3");
    await dialog.getByRole("checkbox", { name: "Dependency management" }).check();
    await dialog.getByRole("checkbox", { name: "Status reporting" }).check();
    await dialog.getByLabel("Date of the result").fill(day(30));
    await dialog.getByRole("button", { name: "Add to inventory" }).click();
    await dialog.getByText(/is in the future \(today is/).waitFor();
    expect(await apiGet<unknown[]>(page, "/api/me/career/evidence")).toHaveLength(1);

    await dialog.getByLabel("Date of the result").fill(day(-20));
    await dialog.getByRole("button", { name: "Add to inventory" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator(".career-entry").filter({ hasText: "weekly release train" }).waitFor();
  });

  it("checks a weak bullet line by line and suggests a rewrite with placeholders, never applied", async () => {
    await section("Resume coach").click();
    const bullet = page.getByLabel("Resume bullet", { exact: true });
    await page.getByRole("button", { name: "Check bullet" }).click();
    await page.getByText("Paste or write a bullet first.").waitFor();
    await bullet.fill("Responsible for the deployment pipeline and worked on Kubernetes migrations.");
    await page.getByRole("button", { name: "Check bullet" }).click();
    await page.getByRole("heading", { name: "Checklist" }).waitFor();
    const check = (id: string) => page.locator(`.career-checklist li[data-check="${id}"]`);
    expect(await check("strong-verb").getAttribute("class")).toBe("check-fail");
    expect(await check("strong-verb").textContent()).toContain('Opens with "Responsible for"');
    expect(await check("measurable-result").getAttribute("class")).toBe("check-fail");
    expect(await check("no-first-person").getAttribute("class")).toBe("check-pass");
    const score = Number(await page.locator(".career-bullet-result .score-number").textContent());
    expect(score).toBeLessThan(40);
    expect(await page.locator(".career-rewrite mark.placeholder").count()).toBeGreaterThan(0);
    // The suggestion is shown beside the bullet, which stays as typed.
    expect(await bullet.inputValue()).toBe(
      "Responsible for the deployment pipeline and worked on Kubernetes migrations.",
    );
    await page
      .getByRole("group", { name: /Wins, newest first/ })
      .getByRole("checkbox")
      .first()
      .check();
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/me/career/resume"));
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Word (.docx)" }).click();
    expect((await answer).headers()["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect((await download).suggestedFilename()).toBe("resume-bullets.docx");
    await page.getByRole("heading", { name: "Headline and About drafts" }).waitFor();
    await tallScreenshot("career-resume.png", 2000);
  });

  it("matches a posting with found, missing and where found; an empty posting is refused", async () => {
    await section("Job match").click();
    await page.getByRole("button", { name: "Match posting" }).click();
    await page.getByText("Paste the job posting's text: there is nothing to read yet.").waitFor();
    await page.getByLabel("Job posting").fill(POSTING);
    await page.getByRole("button", { name: "Match posting" }).click();
    await page.getByRole("heading", { name: "Match score" }).waitFor();
    const parts = await page.locator(".career-parts-table tbody th").allTextContents();
    expect(parts.map((p) => p.trim())).toEqual(
      expect.arrayContaining(["Qualifications", "Responsibilities", "Keywords"]),
    );
    expect(await page.locator(".career-match-items .found").count()).toBeGreaterThan(0);
    expect(await page.locator(".career-match-items .missing").count()).toBeGreaterThan(0);
    await page.getByRole("heading", { name: "Evidence to surface" }).waitFor();
    await tallScreenshot("career-match.png", 2400);
  });

  it("drafts STAR stories, shows coverage and gives a practice question", async () => {
    await section("Interview prep").click();
    await page.getByRole("heading", { name: "Coverage" }).waitFor();
    expect(await page.locator(".career-story-card").count()).toBe(2);
    await page.getByRole("button", { name: "Start practising" }).click();
    await page.locator(".career-question").waitFor();
    await page.getByRole("button", { name: "Start timer" }).click();
    await page.getByRole("radio", { name: "4" }).check();
    await page.getByLabel("Notes").fill("Use the release train story.");
    await page.getByRole("button", { name: "Save attempt" }).click();
    await page.getByText("Saved in this browser.").waitFor();
    await tallScreenshot("career-interview.png");
  });

  it("lists the nine exercises with their status and a way into Keel", async () => {
    await section("Exercises").click();
    await page.getByText(/of 9 done\./).waitFor();
    expect(await page.locator(".career-exercise").count()).toBe(9);
    expect(await page.getByRole("link", { name: "Open in Keel" }).count()).toBeGreaterThan(0);
    await tallScreenshot("career-exercises.png", 2000);
  });

  it("starts the sprint exercise: a practice project opens on its backlog of starter stories", async () => {
    const card = page.locator("#exercise-two-week-sprint");
    await card.getByText(/^A new practice project from examples\/exercises\/two-week-sprint\.yaml/).waitFor();
    await card.getByRole("button", { name: "Start this exercise" }).click();
    await page.waitForURL(/\/projects\/[^/]+\/agile\/backlog$/);
    await page.getByText("As a patient, I see the free appointment slots of the next two weeks").waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${SCREENSHOTS}career-exercise-started.png` });
    const practiceId = new URL(page.url()).pathname.split("/")[2] ?? "";
    expect(await apiGet<unknown[]>(page, `/api/projects/${practiceId}/backlog-items`)).toHaveLength(12);

    // Back on the exercises, the card leads to the practice project.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Career" }).click();
    await section("Exercises").click();
    const open = card.getByRole("link", { name: "Open in Keel" });
    await open.waitFor();
    expect(await open.getAttribute("href")).toBe(`/projects/${practiceId}/agile/backlog`);
    expect(await card.locator(".career-status").textContent()).toBe("In progress");
  });

  it("exports the portfolio as a PDF, and shares and revokes a read-only link", async () => {
    await section("Portfolio").click();
    await page.getByRole("heading", { name: "Portfolio", exact: true }).waitFor();
    for (const box of await page.locator(".career-pick").first().getByRole("checkbox").all())
      await box.check();
    await page.getByRole("checkbox", { name: "Billing cutover" }).check();
    await page.getByLabel("Title").fill("Ana's delivery portfolio");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "PDF" }).click();
    await (await download).saveAs(PDF);
    expect(readFileSync(PDF).subarray(0, 5).toString()).toBe("%PDF-");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", PDF, PNG]);
    expect(statSync(`${PNG}-1.png`).size).toBeGreaterThan(5_000);

    // Both wins are "only me": the link is public, so the button says it puts them on the portfolio.
    await page.getByText(/^2 chosen wins are marked “only me”/).waitFor();
    await page.getByRole("button", { name: "Show 2 private wins on the portfolio and create link" }).click();
    const link = page.locator(".career-share-url a");
    await link.waitFor();
    const visibility = await apiGet<{ visibility: string }[]>(page, "/api/me/career/evidence");
    expect(visibility.map((e) => e.visibility)).toEqual(["portfolio", "portfolio"]);
    const url = (await link.getAttribute("href")) ?? "";
    const token = url.split("/").pop() ?? "";
    await page.screenshot({ path: `${SCREENSHOTS}career-portfolio.png` });

    // Anyone with the link sees the page without signing in.
    const visitor = await page.context().browser()?.newPage();
    if (visitor === undefined) throw new Error("no browser");
    await visitor.goto(url);
    const shared = visitor.frameLocator("iframe[title='Shared portfolio']");
    await shared.getByText("Ana's delivery portfolio").first().waitFor();
    await visitor.screenshot({ path: `${SCREENSHOTS}career-shared-portfolio.png` });

    await page.getByRole("button", { name: "Revoke" }).click();
    await link.waitFor({ state: "detached" });
    expect((await page.request.get(`${server.url}/api/shared/portfolio/${token}`)).status()).toBe(404);
    await visitor.reload();
    await visitor.getByText("This portfolio link does not exist or was revoked by its owner.").waitFor();
    await visitor.close();
  });

  it("proposes the evidence of a done exercise on its card, with the numbers; accepted after an edit", async () => {
    const session = await apiGet<{ workspaces: { id: string; role: string }[] }>(page, "/api/session");
    const workspaceId = session.workspaces.find((w) => w.role === "owner" || w.role === "manager")?.id;
    const started = await apiSend<{ projectId: string }>(
      page,
      "POST",
      "/api/me/career/exercises/requirements-document/start",
      { workspaceId },
    );
    // The starter writes out one requirement; four more make the document done.
    for (const name of [
      "Export one month",
      "Export a date range",
      "Choose the columns",
      "Open in a spreadsheet",
    ]) {
      await apiSend(page, "POST", `/api/projects/${started.projectId}/backlog-items`, {
        name,
        acceptance: [`${name}: the finance team checks it against last month's ledger`],
      });
    }

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Career" }).click();
    await section("Exercises").click();
    const card = page.locator("#exercise-requirements-document");
    // The sprint's practice project meets this exercise's checks with its starter stories alone:
    // that is not the user's work, so only the requirements practice project proposes evidence.
    const proposed = card.locator(".career-suggestion");
    await proposed.waitFor();
    expect(await proposed.count()).toBe(1);
    expect(await card.locator(".career-status").textContent()).toBe("Done");
    expect(await proposed.locator(".career-chip-metric").textContent()).toBe(
      "requirements with acceptance criteria: 5",
    );
    expect(await proposed.textContent()).toContain("Wrote 5 requirements with acceptance criteria");
    expect(
      await proposed.getByRole("link", { name: /^Practice: Technical requirements/ }).getAttribute("href"),
    ).toBe(`/projects/${started.projectId}/agile/backlog`);
    await page.setViewportSize({ width: 1366, height: 1400 });
    await card.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: `${SCREENSHOTS}career-exercise-proposed.png` });
    await page.setViewportSize({ width: 1366, height: 900 });

    await proposed
      .getByRole("button", { name: /^Edit, then accept “Wrote the technical requirements/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Edit, then accept" });
    await dialog.waitFor();
    await dialog
      .getByLabel("Title", { exact: true })
      .fill("Wrote the technical requirements for invoice export");
    await dialog.getByRole("button", { name: "Accept into inventory" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "is in your inventory" }).waitFor();
    await proposed.waitFor({ state: "detached" });

    const stored = await apiGet<{ title: string; metrics: unknown; source?: { rule: string } }[]>(
      page,
      "/api/me/career/evidence",
    );
    expect(stored.find((e) => e.source?.rule === "practice-exercise-done")).toMatchObject({
      title: "Wrote the technical requirements for invoice export",
      metrics: [{ name: "requirements with acceptance criteria", value: 5 }],
    });
  });

  it("has no serious accessibility violations on any career page, light or dark", async () => {
    const pages = [
      "Profile",
      "Evidence",
      "Readiness",
      "Certifications",
      "Resume coach",
      "Job match",
      "Interview prep",
      "Exercises",
      "Portfolio",
    ];
    for (const theme of ["light", "dark"] as const) {
      if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
        await page.getByRole("button", { name: `Switch to ${theme} theme` }).click();
      }
      for (const name of pages) {
        await section(name).click();
        await page.getByRole("heading", { name, exact: true }).waitFor();
        await page.waitForLoadState("networkidle");
        const slug = name.toLowerCase().replace(/ /g, "-");
        await tallScreenshot(`career-${theme}-${slug}.png`);
        expect(await seriousViolations(page), `${theme} ${name}`).toEqual([]);
      }
    }
  });
});
