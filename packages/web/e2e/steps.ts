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

export function cell(page: Page, taskId: string, col: number): Locator {
  return row(page, taskId).locator(`[data-col="${col}"]`);
}

/** Waits until no cell editor is open in the table (a save has finished and the table refetched). */
export async function editorClosed(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".plan-grid tbody .cell-editor").count()).toBe(0);
}
