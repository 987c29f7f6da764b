import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserTestsUnavailable, type DemoServer, SCREENSHOTS, withDemoBrowser } from "./harness.js";
import { apiGet, apiSend, signIn } from "./steps.js";

const unavailable = browserTestsUnavailable();
const VIEWER = { email: "vic@keel.local", name: "Vic Viewer", password: "only looking, thanks" };

interface VisionAnswer {
  readonly version: number;
  readonly vision: {
    readonly objectives: readonly { readonly id: string; readonly keyResults: readonly object[] }[];
  };
}

describe.skipIf(unavailable !== undefined)("the product vision in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let viewer: Page | undefined;
  let projectId = "";
  withDemoBrowser({ viewport: { width: 1366, height: 900 }, locale: "en-US" }, (started) => {
    server = started.server;
    browser = started.browser;
    page = started.page;
  });
  afterAll(() => viewer?.close());

  const vision = () => apiGet<VisionAnswer>(page, `/api/projects/${projectId}/vision`);
  const objective = (id: string) => page.getByRole("group", { name: `Objective ${id}`, exact: true });
  const keyResult = (id: string, n: number) => page.getByRole("group", { name: `${id} key result ${n}` });
  async function exerciseDone(): Promise<boolean | undefined> {
    const exercises = await apiGet<{ id: string; progress: { projectId: string; done: boolean }[] }[]>(
      page,
      "/api/me/career/exercises",
    );
    return exercises.find((e) => e.id === "product-vision")?.progress.find((p) => p.projectId === projectId)
      ?.done;
  }
  async function fillKeyResult(id: string, n: number, values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      await keyResult(id, n).getByLabel(label, { exact: true }).fill(value);
    }
  }
  async function save() {
    await page.getByRole("button", { name: "Save vision" }).click();
  }
  /** The page scrolls inside the shell, so a full-page screenshot needs a window as tall as the view. */
  async function tallScreenshot(name: string) {
    await page.setViewportSize({ width: 1366, height: 2600 });
    await page.screenshot({ path: `${SCREENSHOTS}${name}` });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  it("starts the exercise on a vision half written, opened in the Vision tab", async () => {
    await signIn(page, server);
    const session = await apiGet<{ workspaces: { id: string }[] }>(page, "/api/session");
    const started = await apiSend<{ projectId: string; link: string }>(
      page,
      "POST",
      "/api/me/career/exercises/product-vision/start",
      { workspaceId: session.workspaces[0]?.id },
    );
    projectId = started.projectId;
    expect(started.link).toBe(`/projects/${projectId}/vision`);
    await page.goto(`${server.url}${started.link}`);
    await page.getByRole("heading", { name: "Objectives and key results" }).waitFor();
    expect(await page.getByLabel("Product", { exact: true }).inputValue()).toBe("Tally");
    expect(await objective("O1").getByLabel("Title", { exact: true }).inputValue()).toBe(
      "Closing the day is quick",
    );
    const current = page
      .getByRole("navigation", { name: "Project views" })
      .getByRole("link", { name: "Vision" });
    expect(await current.getAttribute("aria-current")).toBe("page");
    expect(await exerciseDone()).toBe(false);
  });

  it("fills three objectives with key results and a roadmap, saves, and shows it after a reload", async () => {
    await page
      .getByLabel("Vision: what will be true for them", { exact: true })
      .fill(
        "A shop owner closes the day in five minutes, with stock figures they trust in store and online.",
      );
    await page.getByLabel("Horizon (years)", { exact: true }).fill("4");
    const year = Number(await objective("O1").getByLabel("Year", { exact: true }).inputValue());
    for (const [id, title, metric] of [
      ["O2", "Stock is right everywhere", "stock accuracy"],
      ["O3", "Online and in store are one shop", "orders from both channels"],
    ] as const) {
      await page.getByRole("button", { name: "Add objective" }).click();
      await objective(id).getByLabel("Title", { exact: true }).fill(title);
      await objective(id)
        .getByLabel("Year", { exact: true })
        .fill(String(year + 1));
      await fillKeyResult(id, 1, {
        "Key result": `Improve ${metric}`,
        Metric: metric,
        Baseline: "80",
        Target: "98",
        Unit: "%",
      });
    }
    await page.getByRole("button", { name: "Add roadmap item" }).click();
    const item = page.getByRole("group", { name: "Roadmap item 1" });
    await item.getByLabel("Item", { exact: true }).fill("One-tap close");
    await item.getByLabel("Quarter", { exact: true }).fill(`${year}-Q3`);
    await item.getByLabel("O1", { exact: true }).check();
    await page.getByRole("button", { name: "Add roadmap item" }).click();
    const second = page.getByRole("group", { name: "Roadmap item 2" });
    await second.getByLabel("Item", { exact: true }).fill("Live stock sync");
    await second.getByLabel("Quarter", { exact: true }).fill(`${year + 1}-Q1`);
    await second.getByLabel("O2", { exact: true }).check();
    await second.getByLabel("O3", { exact: true }).check();
    await page.getByRole("button", { name: "Add what you will not do" }).click();
    await page.getByLabel("Not doing 1", { exact: true }).fill("A marketplace for other shops");
    await save();
    await page.getByText("Vision saved.").waitFor();
    expect((await vision()).vision.objectives.map((o) => [o.id, o.keyResults.length])).toEqual([
      ["O1", 1],
      ["O2", 1],
      ["O3", 1],
    ]);

    await page.reload();
    await page.getByRole("heading", { name: "Objectives and key results" }).waitFor();
    expect(await page.getByLabel("Horizon (years)", { exact: true }).inputValue()).toBe("4");
    expect(await objective("O3").getByLabel("Title", { exact: true }).inputValue()).toBe(
      "Online and in store are one shop",
    );
    expect(await keyResult("O2", 1).getByLabel("Target", { exact: true }).inputValue()).toBe("98");
    const strip = page.getByRole("table", { name: "Roadmap by quarter" });
    expect(await strip.getByRole("row", { name: /O2 Stock is right everywhere/ }).textContent()).toContain(
      "Live stock sync",
    );
    expect(await strip.getByRole("columnheader").allTextContents()).toEqual([
      "Objective",
      `${year}-Q3`,
      `${year}-Q4`,
      `${year + 1}-Q1`,
    ]);
    expect(await exerciseDone()).toBe(true);
  });

  it("refuses a key result without a target, next to the field, and stores nothing", async () => {
    const before = (await vision()).version;
    await keyResult("O2", 1).getByLabel("Target", { exact: true }).fill("");
    await page
      .getByRole("group", { name: "Roadmap item 1" })
      .getByLabel("Quarter", { exact: true })
      .fill("next summer");
    await save();
    await page
      .getByRole("alert")
      .getByText("Not saved: 2 fields need attention, marked at each field.")
      .waitFor();
    const target = keyResult("O2", 1).getByLabel("Target", { exact: true });
    expect(await target.getAttribute("aria-invalid")).toBe("true");
    expect(await keyResult("O2", 1).getByText("expected a number").isVisible()).toBe(true);
    const quarterError = page
      .getByRole("group", { name: "Roadmap item 1" })
      .getByText(/expected a quarter YYYY-Qn/);
    expect(await quarterError.isVisible()).toBe(true);
    expect((await vision()).version).toBe(before);
    // The first field marked takes the focus, so the person lands on it.
    expect(await target.evaluate((e) => e === document.activeElement)).toBe(true);
    await tallScreenshot("vision-refused.png");
    expect(await seriousViolations(page)).toEqual([]);

    await target.fill("95");
    await page
      .getByRole("group", { name: "Roadmap item 1" })
      .getByLabel("Quarter", { exact: true })
      .fill("2027-Q3");
    await save();
    await page.getByText("Vision saved.").waitFor();
    expect((await vision()).version).toBe(before + 1);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("keeps what is being typed when someone else saves, and offers their version instead", async () => {
    // Freshly opened, before any save of its own.
    await page.reload();
    const statement = page.getByLabel("Vision: what will be true for them", { exact: true });
    await statement.fill("Typed here, not saved yet.");
    const { vision: theirs, version } = await vision();
    await apiSend(page, "PUT", `/api/projects/${projectId}/vision`, {
      vision: { ...theirs, statement: "Saved by someone else." },
      version,
    });
    await page.getByText("Someone saved a newer version of the vision.").waitFor();
    expect(await statement.inputValue()).toBe("Typed here, not saved yet.");
    await save();
    await page
      .getByRole("alert")
      .getByText(/^Someone saved the vision since you opened it/)
      .waitFor();
    expect((await vision()).vision).toMatchObject({ statement: "Saved by someone else." });
    await page.getByRole("button", { name: "Show the newer version" }).click();
    await expect.poll(() => statement.inputValue()).toBe("Saved by someone else.");
    expect(await page.getByText("Someone saved a newer version of the vision.").count()).toBe(0);
  });

  it("looks right and passes axe in light and dark", async () => {
    await tallScreenshot("vision-light.png");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await tallScreenshot("vision-dark.png");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("shows a viewer the vision read-only", async () => {
    const { workspaceId } = await apiGet<{ workspaceId: string }>(page, `/api/projects/${projectId}`);
    await apiSend(page, "POST", `/api/workspaces/${workspaceId}/members`, { ...VIEWER, role: "viewer" });
    viewer = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
    await viewer.goto(`${server.url}/sign-in`);
    await viewer.getByLabel("Email", { exact: true }).fill(VIEWER.email);
    await viewer.getByLabel("Password", { exact: true }).fill(VIEWER.password);
    await viewer.getByRole("button", { name: "Sign in" }).click();
    await viewer.getByRole("heading", { name: "Portfolio" }).waitFor();
    await viewer.goto(`${server.url}/projects/${projectId}/vision`);
    await viewer.getByText(/^View only/).waitFor();
    expect(await viewer.getByLabel("Product", { exact: true }).isEditable()).toBe(false);
    expect(await viewer.getByRole("button", { name: "Save vision" }).count()).toBe(0);
    expect(await viewer.getByRole("button", { name: "Add objective" }).count()).toBe(0);
    expect(await viewer.getByRole("table", { name: "Roadmap by quarter" }).isVisible()).toBe(true);
  });
});
