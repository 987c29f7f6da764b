import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import { BENCH_SEED } from "./bench-plan.js";
import { generatePlan } from "./generate.js";
import { call, type KeelServer, OWNER, startKeel } from "./server-process.js";
import { quantile } from "./stats.js";

/**
 * `npm run bench:web`: the web app on a 10,000-task plan, in Debian's Chromium against `keel serve`
 * (embedded database in a temporary directory). It measures what a user feels: from the schedule's
 * arrival to the first Gantt bars painted, frame times while scrolling the table and Gantt, from
 * pressing Enter on a changed duration to the moved bars painted, and the JavaScript the first page
 * load downloads (gzipped). A benchmark, not a test: it prints figures against the targets.
 * `node bench/dist/web.js --tasks 2000 --runs 3 --seconds 5` changes the plan size, repetitions and
 * scroll time.
 */
const CHROMIUM = process.env.KEEL_CHROMIUM ?? "/usr/bin/chromium";
const WEB_DIST = fileURLToPath(new URL("../../packages/web/dist/", import.meta.url));

const TARGETS = { firstPaintMs: 1000, scrollP95Ms: 18, scrollFps: 55, editMs: 100, initialJsKb: 400 };

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}
const TASKS = option("--tasks", 10_000);
const RUNS = option("--runs", 3);
const SCROLL_SECONDS = option("--seconds", 5);

// The page-side scripts are strings: the bench project is compiled without the DOM library.

/** Installed before the app loads: resolves when the first Gantt bar has been painted. */
const WATCH_FIRST_BARS = `
window.__firstBars = new Promise((resolve) => {
  const found = () => {
    if (document.querySelector(".gantt-row rect.bar") === null) return;
    observer.disconnect();
    const committed = performance.now();
    // A task queued from an animation frame runs after that frame has been painted.
    requestAnimationFrame(() => setTimeout(() => resolve({ committed, painted: performance.now() }), 0));
  };
  const observer = new MutationObserver(found);
  observer.observe(document, { childList: true, subtree: true });
});`;

const FIRST_BARS = `window.__firstBars.then(({ committed, painted }) => {
  const schedule = performance.getEntriesByType("resource").find((e) => /\\/schedule$/.test(e.name));
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    received: schedule.responseEnd,
    transfer: schedule.responseEnd - schedule.requestStart,
    bytes: schedule.encodedBodySize || schedule.transferSize,
    committed,
    painted,
    domContentLoaded: nav.domContentLoadedEventEnd,
  };
})`;

/** Scrolls the plan down (and a little sideways) on every animation frame; answers the frame deltas. */
const SCROLL = (ms: number) => `new Promise((resolve) => {
  const body = document.querySelector(".plan-body");
  const deltas = [];
  let start, last, rows = 0;
  const step = (t) => {
    if (start === undefined) start = last = t;
    else { deltas.push(t - last); last = t; }
    if (t - start >= ${ms}) return resolve({ deltas, scrolledTo: body.scrollTop });
    body.scrollTop += 40;
    body.scrollLeft = (body.scrollLeft + 6) % 2000;
    if (body.scrollTop + body.clientHeight >= body.scrollHeight) body.scrollTop = 0;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

/**
 * Arms the edit measurement on one row: from the Enter that saves the duration to the first frame
 * painted with the new duration in the cell and the row's bar at its new width.
 */
const ARM_EDIT = (taskId: string, text: string) => `new Promise((resolve) => {
  const row = () => document.querySelector('.plan-grid tbody tr[data-task="${taskId}"]');
  const barOf = () => document.querySelector('.gantt-rows svg[data-task="${taskId}"] rect.bar');
  const widthBefore = barOf().getAttribute("width");
  let pressed;
  document.addEventListener("keydown", (e) => { if (e.key === "Enter") pressed = performance.now(); }, { capture: true, once: true });
  const check = () => {
    const r = row();
    const cell = r && r.querySelector('[data-col="1"]');
    const bar = barOf();
    if (pressed === undefined || !cell || !bar || cell.querySelector("input") !== null) return;
    if (cell.textContent !== "${text}" || bar.getAttribute("width") === widthBefore) return;
    observer.disconnect();
    const committed = performance.now();
    requestAnimationFrame(() => setTimeout(() => resolve({ pressed, committed, painted: performance.now() }), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document.querySelector(".plan-sheet"), { childList: true, subtree: true, characterData: true, attributes: true });
  window.__editArmed = true;
})`;

interface Figures {
  firstPaint: number[];
  firstPaintDetail: { transfer: number; bytes: number; fromNavigation: number }[];
  frames: number[];
  edit: number[];
}

async function prepare(server: KeelServer): Promise<{ projectId: string; editable: string[] }> {
  const plan = generatePlan({ tasks: TASKS, seed: BENCH_SEED, summaries: true, elapsed: false });
  const project = await call<{ id: string }>(
    server,
    "POST",
    `/api/workspaces/${server.workspaceId}/projects`,
    {
      name: `Web bench, ${TASKS} tasks`,
      start: plan.project.start,
    },
  );
  await call(server, "PUT", `/api/projects/${project.id}/plan`, { plan });
  const tasks = await call<
    { id: string; parent: string | null; milestone: boolean; duration: { unit: string } }[]
  >(server, "GET", `/api/projects/${project.id}/tasks`);
  if (tasks.length !== TASKS) throw new Error(`expected ${TASKS} tasks, the server has ${tasks.length}`);
  const parents = new Set(tasks.map((t) => t.parent));
  // Leaf tasks in days near the top of the outline: on screen without scrolling.
  const editable = tasks
    .slice(0, 20)
    .filter((t) => !t.milestone && !parents.has(t.id) && t.duration.unit === "d")
    .map((t) => t.id);
  return { projectId: project.id, editable };
}

async function openPlan(browser: Browser, server: KeelServer, projectId: string) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: "en-US" });
  const signIn = await context.request.post(`${server.url}/api/session`, {
    data: { email: OWNER.email, password: OWNER.password },
  });
  if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()}`);
  const page = await context.newPage();
  await page.addInitScript(WATCH_FIRST_BARS);
  const started = Date.now();
  await page.goto(`${server.url}/projects/${projectId}`);
  const bars = (await page.evaluate(FIRST_BARS)) as {
    received: number;
    transfer: number;
    bytes: number;
    painted: number;
  };
  if (Date.now() - started > 60_000) throw new Error("the plan took over a minute to open");
  return { context, page, bars };
}

async function editDuration(page: Page, taskId: string, run: number): Promise<number> {
  const cell = page.locator(`.plan-grid tbody tr[data-task="${taskId}"] [data-col="1"]`);
  const current = (await cell.textContent()) ?? "";
  const days = Number.parseInt(current, 10) + 3 + run;
  const text = `${days}d`;
  await cell.click();
  await page.keyboard.type(text);
  const measured = page.evaluate(ARM_EDIT(taskId, text)) as Promise<{ pressed: number; painted: number }>;
  await page.waitForFunction("window.__editArmed === true");
  await page.evaluate("window.__editArmed = false");
  await page.keyboard.press("Enter");
  const { pressed, painted } = await measured;
  return painted - pressed;
}

async function jsSizes(): Promise<{ initial: number; total: number; files: string[] }> {
  const html = readFileSync(join(WEB_DIST, "index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const all = readdirSync(join(WEB_DIST, "assets")).filter((f) => f.endsWith(".js"));
  const gz = (file: string) => gzipSync(readFileSync(join(WEB_DIST, file)), { level: 9 }).length;
  return {
    initial: initial.reduce((sum, f) => sum + gz(f), 0),
    total: all.reduce((sum, f) => sum + gz(join("assets", f)), 0),
    files: initial.map((f) => `${f} (${Math.round(statSync(join(WEB_DIST, f)).size / 1024)} KB raw)`),
  };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const verdict = (met: boolean) => (met ? "met" : "MISSED");

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "keel-bench-web-"));
  const server = await startKeel({ KEEL_DATA_DIR: join(dir, "data"), DATABASE_URL: "" });
  const browser = await chromium.launch({
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
  const version = `Chromium ${browser.version()}`;
  const figures: Figures = { firstPaint: [], firstPaintDetail: [], frames: [], edit: [] };
  try {
    // The setup's owner signs in with a password; the bench signs in as them.
    process.stderr.write(`web bench: creating a ${TASKS}-task project …\n`);
    const { projectId, editable } = await prepare(server);
    if (editable.length === 0) throw new Error("no editable task near the top of the plan");
    for (let run = 0; run < RUNS; run++) {
      process.stderr.write(`web bench: run ${run + 1} of ${RUNS} …\n`);
      const { context, page, bars } = await openPlan(browser, server, projectId);
      figures.firstPaint.push(bars.painted - bars.received);
      figures.firstPaintDetail.push({
        transfer: bars.transfer,
        bytes: bars.bytes,
        fromNavigation: bars.painted,
      });
      await page.waitForTimeout(300);
      const scroll = (await page.evaluate(SCROLL(SCROLL_SECONDS * 1000))) as { deltas: number[] };
      figures.frames.push(...scroll.deltas);
      await page.evaluate('document.querySelector(".plan-body").scrollTo(0, 0)');
      await page.waitForTimeout(300);
      for (const id of editable.slice(0, 3)) figures.edit.push(await editDuration(page, id, run));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const js = await jsSizes();
  const frames = figures.frames;
  const p50 = quantile(frames, 0.5);
  const p95 = quantile(frames, 0.95);
  const fps = (frames.length * 1000) / frames.reduce((a, b) => a + b, 0);
  const firstPaint = quantile(figures.firstPaint, 0.5);
  const edit = quantile(figures.edit, 0.5);
  const editMax = Math.max(...figures.edit);
  const lines = [
    `Web app, ${TASKS}-task plan (generatePlan seed ${BENCH_SEED}, summaries), ${RUNS} runs`,
    `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
    "",
    "| Measure | Result | Target | |",
    "| --- | --- | --- | --- |",
    `| Schedule received → first Gantt bars painted (median of ${RUNS}) | ${ms(firstPaint)} (runs: ${figures.firstPaint.map(ms).join(", ")}) | ≤ ${TARGETS.firstPaintMs} ms | ${verdict(firstPaint <= TARGETS.firstPaintMs)} |`,
    `| Scrolling ${SCROLL_SECONDS} s × ${RUNS}: frame p50 / p95 / max | ${ms(p50)} / ${ms(p95)} / ${ms(Math.max(...frames))} | p95 ≤ ${TARGETS.scrollP95Ms} ms | ${verdict(p95 <= TARGETS.scrollP95Ms)} |`,
    `| Scrolling: frames per second | ${fps.toFixed(1)} | ≥ ${TARGETS.scrollFps} | ${verdict(fps >= TARGETS.scrollFps)} |`,
    `| Enter on a new duration → moved bars painted (median / max of ${figures.edit.length}) | ${ms(edit)} / ${ms(editMax)} | ≤ ${TARGETS.editMs} ms | ${verdict(edit <= TARGETS.editMs)} |`,
    `| Initial JavaScript, gzipped | ${(js.initial / 1024).toFixed(1)} KB | ≤ ${TARGETS.initialJsKb} KB | ${verdict(js.initial / 1024 <= TARGETS.initialJsKb)} |`,
    "",
    `Schedule response: ${(figures.firstPaintDetail[0]?.bytes ?? 0) / 1024 > 1024 ? `${((figures.firstPaintDetail[0]?.bytes ?? 0) / 2 ** 20).toFixed(1)} MiB` : `${Math.round((figures.firstPaintDetail[0]?.bytes ?? 0) / 1024)} KiB`} on the wire, fetched in ${figures.firstPaintDetail.map((d) => ms(d.transfer)).join(", ")}; first bars ${figures.firstPaintDetail.map((d) => ms(d.fromNavigation)).join(", ")} after navigation started.`,
    `Initial scripts: ${js.files.join(", ")}; all JavaScript gzipped ${(js.total / 1024).toFixed(1)} KB.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
