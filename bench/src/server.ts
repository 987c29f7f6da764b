import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "@keel/model";
import { PostgresDatabase } from "@keel/store";
import autocannon, { type Options, type Request } from "autocannon";
import { benchPlan } from "./bench-plan.js";
import { editBreakdowns } from "./edit-breakdown.js";
import { call, type KeelServer, startKeel } from "./server-process.js";
import { quantile } from "./stats.js";

/**
 * `npm run bench:server`: `keel serve` in its own process with a 2,000-task project, loaded over
 * HTTP with autocannon: reads of one task at a fixed 1,000 requests/s and flat out, reads of the whole
 * schedule, and task edits (each one reschedules the whole plan in its transaction) from one and
 * from four clients. Embedded PGlite always; PostgreSQL when KEEL_BENCH_DATABASE_URL (or
 * KEEL_TEST_DATABASE_URL) is set, in a schema of its own that is dropped afterwards.
 * `node bench/dist/server.js --seconds 5` shortens every phase.
 */
const TASKS = 2_000;
const READ_RATE = 1_000;
const READ_P99_TARGET_MS = 25;
const EDIT_P99_TARGET_MS = 50;

interface Phase {
  readonly name: string;
  readonly load: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  /** Processor time of the server process per request (user + system), in ms. */
  readonly cpu: number;
  readonly target?: { readonly limit: number; readonly met: boolean };
}

interface Setup {
  readonly server: KeelServer;
  readonly projectId: string;
  readonly readIds: readonly string[];
  /** Leaf tasks (not milestones) nearest the middle of the plan, with their version and duration. */
  readonly editable: { id: string; version: number; days: number }[];
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const SECONDS = option("--seconds", 15);

async function prepare(server: KeelServer): Promise<Setup> {
  const plan: Plan = benchPlan(TASKS, "working");
  const project = await call<{ id: string; version: number }>(
    server,
    "POST",
    `/api/workspaces/${server.workspaceId}/projects`,
    { name: plan.project.name, start: plan.project.start },
  );
  await call(server, "PUT", `/api/projects/${project.id}/plan`, { plan });
  const tasks = await call<
    {
      id: string;
      version: number;
      milestone: boolean;
      parent: string | null;
      duration: { value: number; unit: string };
    }[]
  >(server, "GET", `/api/projects/${project.id}/tasks`);
  if (tasks.length !== TASKS) throw new Error(`expected ${TASKS} tasks, the server has ${tasks.length}`);
  const parents = new Set(tasks.map((t) => t.parent));
  const middle = tasks.length / 2;
  const editable = tasks
    .map((t, index) => ({ t, index }))
    .filter(({ t }) => !t.milestone && !parents.has(t.id) && t.duration.unit === "d")
    .sort((a, b) => Math.abs(a.index - middle) - Math.abs(b.index - middle))
    .slice(0, 64)
    .map(({ t }) => ({ id: t.id, version: t.version, days: t.duration.value }));
  return { server, projectId: project.id, readIds: tasks.map((t) => t.id), editable };
}

/** User + system processor time of process `pid` so far, in ms (Linux, 100 ticks per second). */
function cpuTime(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Runs one autocannon phase against `server`, timing every response itself (to 0.01 ms; autocannon's
 * histogram rounds to 1 ms) and the server's processor time per request.
 */
async function phase(
  server: KeelServer,
  name: string,
  load: string,
  options: Options,
  target?: number,
): Promise<Phase> {
  const samples: number[] = [];
  const pid = server.child.pid as number;
  const cpuBefore = cpuTime(pid);
  const instance = autocannon(options);
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) samples.push(ms);
  });
  const result = await instance;
  const cpu = (cpuTime(pid) - cpuBefore) / Math.max(1, samples.length);
  const p99 = quantile(samples, 0.99);
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0) process.stderr.write(`  errors: ${JSON.stringify(result.statusCodeStats)}\n`);
  return {
    name,
    load,
    requests: samples.length,
    perSecond: samples.length / result.duration,
    p50: quantile(samples, 0.5),
    p99,
    max: Math.max(...samples),
    errors,
    cpu,
    ...(target === undefined ? {} : { target: { limit: target, met: p99 <= target && errors === 0 } }),
  };
}

/** Reads the editable tasks' current versions (an edit cut off at the end of a phase may have committed). */
async function refreshVersions(setup: Setup): Promise<void> {
  for (const task of setup.editable) {
    const current = await call<{ version: number }>(
      setup.server,
      "GET",
      `/api/projects/${setup.projectId}/tasks/${encodeURIComponent(task.id)}`,
    );
    task.version = current.version;
  }
}

function readRequests(setup: Setup): Request[] {
  let next = 0;
  return [
    {
      method: "GET",
      setupRequest: (request) => {
        const id = setup.readIds[next++ % setup.readIds.length] as string;
        return { ...request, path: `/api/projects/${setup.projectId}/tasks/${encodeURIComponent(id)}` };
      },
    },
  ];
}

/**
 * Each request takes a task no other connection is editing, changes its duration by a day (back and
 * forth, so the plan does not drift) at the version last seen, and hands it back with the new version.
 */
function editRequests(setup: Setup): Request[] {
  const free = [...setup.editable];
  const byId = new Map(setup.editable.map((t) => [t.id, t]));
  return [
    {
      method: "PATCH",
      setupRequest: (request, context) => {
        const task = free.shift();
        if (task === undefined) throw new Error("more connections than editable tasks");
        context.task = task.id;
        const days = task.version % 2 === 0 ? task.days + 1 : task.days;
        return {
          ...request,
          path: `/api/projects/${setup.projectId}/tasks/${encodeURIComponent(task.id)}`,
          body: JSON.stringify({
            duration: { value: days, unit: "d", elapsed: false },
            version: task.version,
          }),
        };
      },
      onResponse: (status, body, context) => {
        const task = byId.get(context.task as string);
        if (task === undefined) return;
        if (status === 200) task.version = (JSON.parse(body) as { version: number }).version;
        // An edit cut off at the end of an earlier phase may have committed: carry on from the current one.
        if (status === 409) {
          task.version = (
            JSON.parse(body) as { error: { current: { version: number } } }
          ).error.current.version;
        }
        free.push(task);
      },
    },
  ];
}

async function runDriver(label: string, env: Record<string, string>): Promise<Phase[]> {
  process.stderr.write(`${label}: starting keel serve …\n`);
  const server = await startKeel(env);
  try {
    const started = performance.now();
    const setup = await prepare(server);
    process.stderr.write(
      `${label}: ${TASKS}-task project loaded in ${Math.round(performance.now() - started)} ms\n`,
    );
    const base = {
      url: server.url,
      headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json" },
    };
    // Warm-up: JIT, plan caches of the database, connection pools.
    await phase(server, "warm-up", "", {
      ...base,
      connections: 4,
      amount: 2000,
      requests: readRequests(setup),
    });
    await phase(server, "warm-up", "", {
      ...base,
      connections: 2,
      amount: 100,
      requests: editRequests(setup),
    });

    const phases: Phase[] = [];
    const run = async (name: string, load: string, options: Options, target?: number) => {
      process.stderr.write(`${label}: ${name}, ${load} …\n`);
      if (name.startsWith("edit")) await refreshVersions(setup);
      phases.push(await phase(server, name, load, options, target));
    };
    await run(
      "read one task",
      `${READ_RATE} req/s, 10 connections`,
      { ...base, connections: 10, overallRate: READ_RATE, duration: SECONDS, requests: readRequests(setup) },
      READ_P99_TARGET_MS,
    );
    await run("read one task", "flat out, 10 connections", {
      ...base,
      connections: 10,
      duration: SECONDS,
      requests: readRequests(setup),
    });
    await run("read the whole schedule", "flat out, 4 connections", {
      ...base,
      connections: 4,
      duration: SECONDS,
      method: "GET",
      requests: [{ method: "GET", path: `/api/projects/${setup.projectId}/schedule` }],
    });
    await run(
      "edit a task + reschedule",
      "1 client, one edit after another",
      { ...base, connections: 1, duration: SECONDS, requests: editRequests(setup) },
      EDIT_P99_TARGET_MS,
    );
    await run("edit a task + reschedule", "4 clients on the same project", {
      ...base,
      connections: 4,
      duration: SECONDS,
      requests: editRequests(setup),
    });
    // Edits cut off at the end of the last phase may still commit: let them land before checking.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const project = await call<{ planVersion: number }>(server, "GET", `/api/projects/${setup.projectId}`);
    const schedule = await call<{ planVersion: number }>(
      server,
      "GET",
      `/api/projects/${setup.projectId}/schedule`,
    );
    if (schedule.planVersion !== project.planVersion) {
      throw new Error(`schedule at plan version ${schedule.planVersion}, project at ${project.planVersion}`);
    }
    return phases;
  } finally {
    await server.stop();
  }
}

function ms(value: number): string {
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

function table(label: string, phases: readonly Phase[]): string {
  const rows = phases.map((p) =>
    [
      label,
      p.name,
      p.load,
      p.requests.toLocaleString("en"),
      Math.round(p.perSecond).toLocaleString("en"),
      ms(p.p50),
      ms(p.p99),
      ms(p.max),
      ms(p.cpu),
      String(p.errors),
      p.target === undefined ? "" : `${p.target.met ? "**met**" : "**missed**"} (p99 ≤ ${p.target.limit} ms)`,
    ].join(" | "),
  );
  return rows.map((r) => `| ${r} |`).join("\n");
}

async function main(): Promise<void> {
  const postgresUrl = process.env.KEEL_BENCH_DATABASE_URL || process.env.KEEL_TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), "keel-bench-server-"));
  const out: string[] = [
    "| database | request | load | requests | req/s | p50 | p99 | max | server CPU per request | errors | target |",
    "| -------- | ------- | ---- | -------: | ----: | --: | --: | --: | ---------------------: | -----: | ------ |",
  ];
  try {
    out.push(
      table("PGlite", await runDriver("PGlite", { KEEL_DATA_DIR: join(dir, "data"), DATABASE_URL: "" })),
    );
    if (postgresUrl) {
      const schema = `keel_bench_${randomBytes(6).toString("hex")}`;
      const admin = await PostgresDatabase.open({ connectionString: postgresUrl, schema, maxConnections: 1 });
      try {
        const url = new URL(postgresUrl);
        url.searchParams.set("options", `-c search_path=${schema}`);
        out.push(
          table(
            "PostgreSQL",
            await runDriver("PostgreSQL", { DATABASE_URL: url.toString(), KEEL_DATA_DIR: dir }),
          ),
        );
      } finally {
        await admin.dropSchema();
        await admin.close();
      }
    } else {
      process.stderr.write("PostgreSQL skipped: set KEEL_BENCH_DATABASE_URL=postgres://… to run it too.\n");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write("where the time of an edit goes (in-process) …\n");
  const breakdown = await editBreakdowns(TASKS, postgresUrl);
  for (const { database, steps } of breakdown) {
    out.push(
      "",
      `| ${database}: one task edit, ${TASKS.toLocaleString("en")} tasks | ms per edit | statements per edit |`,
      "| --- | ---: | ---: |",
      ...steps.map(
        (s) => `| ${s.step} | ${ms(s.ms)} | ${s.statements === undefined ? "" : s.statements.toFixed(1)} |`,
      ),
    );
  }
  process.stdout.write(
    `${out.join("\n")}\n\n${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, Node ${process.version}, ${SECONDS} s per phase.\n`,
  );
}

await main();
