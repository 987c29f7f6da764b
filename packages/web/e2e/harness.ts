import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const KEEL_BIN = fileURLToPath(new URL("../../cli/bin/keel.js", import.meta.url));
const WEB_BUILD = fileURLToPath(new URL("../dist/index.html", import.meta.url));
export const CHROMIUM = process.env.KEEL_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

/** Why browser tests cannot run here, or undefined when they can. */
export function browserTestsUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM))
    return `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set KEEL_CHROMIUM)`;
  if (!existsSync(WEB_BUILD)) return "the web app is not built (npm run build)";
  return undefined;
}

export interface DemoServer {
  readonly url: string;
  readonly email: string;
  readonly password: string;
  stop(): Promise<void>;
}

/** `keel serve --demo` on a free port with its own embedded database, as a newcomer would start it. */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "keel-e2e-"));
  const child: ChildProcess = spawn(process.execPath, [KEEL_BIN, "serve", "--demo"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", KEEL_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const ready = await new Promise<{ url: string; password: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`keel serve --demo did not start:\n${stderr}`)), 90_000);
    child.once("exit", (code) => reject(new Error(`keel serve exited with ${code}:\n${stderr}`)));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const url = /listening on (\S+?)\)/.exec(stderr)?.[1];
      const password = /Sign in as \S+ \/ (\S+)/.exec(stderr)?.[1];
      if (url !== undefined && password !== undefined) {
        clearTimeout(timer);
        resolve({ url: url.replace("0.0.0.0", "127.0.0.1"), password });
      }
    });
  });
  return {
    ...ready,
    email: "demo@keel.local",
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface DemoBrowser {
  readonly server: DemoServer;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * For one describe block: starts `keel serve --demo` and Chromium before its tests, opens a page,
 * hands all three to `ready`, and stops the browser and the server after the tests.
 */
export function withDemoBrowser(page: BrowserContextOptions, ready: (started: DemoBrowser) => void): void {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    ready({ server, browser, page: await browser.newPage(page) });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
