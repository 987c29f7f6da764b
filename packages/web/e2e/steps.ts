import type { PlanSchedule } from "@keel/engine";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { DemoServer } from "./harness.js";

/** Signs in from the sign-in page as the demo user and waits for the portfolio. */
export async function signIn(page: Page, server: DemoServer): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill(server.email);
  await page.getByLabel("Password").fill(server.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Portfolio" }).waitFor();
}

/** A plan date as the app shows it with the en-US locale: `2027-03-01T09:00` → "Mar 1, 2027". */
export function usDate(localDateTime: string): string {
  const [y, m, d] = localDateTime.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric" }).format(
    new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

/** The id of the project whose plan the page shows. */
export function projectIdOf(page: Page): string {
  return new URL(page.url()).pathname.split("/").pop() as string;
}

/** GETs an API path with the page's session, as JSON. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(new URL(path, page.url()).href);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

export function schedule(page: Page): Promise<PlanSchedule> {
  return apiGet<{ schedule: PlanSchedule }>(page, `/api/projects/${projectIdOf(page)}/schedule`).then(
    (r) => r.schedule,
  );
}

export function row(page: Page, taskId: string): Locator {
  return page.locator(`.plan-grid tbody tr[data-task="${taskId}"]`);
}

/** A task's row of the Gantt beside the table. */
export function ganttRow(page: Page, taskId: string): Locator {
  return page.locator(`.gantt-rows svg.gantt-row[data-task="${taskId}"]`);
}

export function cell(page: Page, taskId: string, col: number): Locator {
  return row(page, taskId).locator(`[data-col="${col}"]`);
}

/**
 * Waits until no cell editor is open in the table and the edits it shows are saved (a refused edit
 * opens its cell again).
 */
export async function editorClosed(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.plan-grid tbody .cell-editor, .plan-grid[aria-busy="true"]').count())
    .toBe(0);
}

/** Waits until the plan's edits, shown before the server answers, have all been answered. */
export async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.plan-grid[aria-busy="true"]').count()).toBe(0);
}

/** Sends a write to the API with the page's session (and its CSRF token), as JSON; fails the test on an error. */
export async function apiSend<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const session = await apiGet<{ csrfToken: string }>(page, "/api/session");
  const response = await page.request.fetch(new URL(path, page.url()).href, {
    method,
    headers: { "x-csrf-token": session.csrfToken, "content-type": "application/json" },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A small team plan: three people, one of them booked on two tasks at once once the plan's
 * assignments are typed in (`build` has no one yet), and a day of time off.
 */
export const TEAM_PLAN = `project: { name: Team load, start: 2027-03-01 }
resources:
  - { id: alice, name: Alice Chen, group: Backend, costPerHour: 90, timeOff: [{ from: 2027-03-15, to: 2027-03-16, name: PTO }] }
  - { id: bob, name: Bob Park, group: Backend, costPerHour: 80 }
  - { id: cara, name: Cara Diaz, group: QA, costPerHour: 70 }
tasks:
  - { id: api, name: API design, duration: 3d, assign: [alice], priority: 800 }
  - { id: build, name: Build service, work: 4d }
  - { id: tests, name: Test plan, duration: 2d, assign: [cara], after: [build] }
  - { id: docs, name: Write docs, duration: 2d, assign: [bob] }
  - { id: rollout, name: Staged rollout, duration: 5d, assign: [alice, bob], after: [tests] }
  - { id: handover, name: Handover to support, duration: 4d, assign: [{ resource: cara, units: 50% }], after: [rollout] }
`;

/** Imports a plan file into the demo user's first workspace; answers the new project's id. */
export async function importPlan(page: Page, fileName: string, content: string): Promise<string> {
  const session = await apiGet<{ workspaces: { id: string }[] }>(page, "/api/session");
  const workspace = session.workspaces[0]?.id ?? "";
  const created = await apiSend<{ id: string }>(
    page,
    "POST",
    `/api/workspaces/${workspace}/projects/import`,
    {
      fileName,
      content,
    },
  );
  return created.id;
}

/** Three-point estimates, a deadline on the launch and a risk on the build. */
export const FORECAST_PLAN = `project: { name: Launch forecast, start: 2027-03-01 }
tasks:
  - { id: design, name: Design, duration: 3d/5d/9d }
  - { id: build, name: Build, duration: 5d/8d/15d, after: [design] }
  - { id: docs, name: Write docs, duration: 2d/4d/6d, after: [design] }
  - { id: test, name: Test, duration: 2d/3d/6d, after: [build] }
  - { id: launch, name: Launch, milestone: true, after: [test, docs], deadline: 2027-03-26 }
risks:
  - { id: vendor-late, probability: 2, impact: 4, chance: 30%, delay: 5d, tasks: [build] }
`;

/** Items finished over four weeks, about two a working day, and one row finished before it was created. */
export function throughputCsv(): string {
  const rows = ["key,created,finished"];
  let n = 0;
  for (let d = 1; d <= 28; d++) {
    const day = `2027-02-${String(d).padStart(2, "0")}`;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let k = 0; k < 1 + (d % 3); k++) rows.push(`K-${++n},2027-01-15,${day}`);
    if (d === 10) rows.push(`K-bad,2027-02-20,${day}`);
  }
  return rows.join("\n");
}
