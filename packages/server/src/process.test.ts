import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schedulePlan } from "@keel/engine";
import type { Plan } from "@keel/model";
import { PostgresDatabase } from "@keel/store";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type ApiClient, type ServerProcess, setUpOwner, spawnServer } from "./testing/spawn-server.js";
import { SseReader } from "./testing/sse.js";

/**
 * `keel serve` as real processes: two instances on one PostgreSQL sharing live updates, and a
 * server killed with SIGKILL under concurrent writes that comes back with every acknowledged write.
 */

const POSTGRES_URL = process.env.KEEL_TEST_DATABASE_URL;
const HAS_POSTGRES = POSTGRES_URL !== undefined && POSTGRES_URL !== "";
const DAY = (value: number) => ({ value, unit: "d", elapsed: false });

const servers: ServerProcess[] = [];
const readers: SseReader[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer(env);
  servers.push(server);
  return server;
}

afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.cancel();
  for (const server of servers.splice(0)) await server.stop("SIGKILL").catch(() => undefined);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  for (const server of servers.splice(0)) await server.stop("SIGKILL").catch(() => undefined);
});

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "keel-process-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "data");
}

/** A fresh PostgreSQL schema, selected through DATABASE_URL's `options`, dropped after the test. */
async function tempSchema(): Promise<{ databaseUrl: string; admin: PostgresDatabase; schema: string }> {
  const schema = `keel_process_${randomBytes(6).toString("hex")}`;
  // Opening on the schema creates it; this connection also drops it afterwards.
  const admin = await PostgresDatabase.open({
    connectionString: POSTGRES_URL as string,
    schema,
    maxConnections: 1,
  });
  cleanups.push(async () => {
    await admin.dropSchema();
    await admin.close();
  });
  const url = new URL(POSTGRES_URL as string);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { databaseUrl: url.toString(), admin, schema };
}

async function subscribe(client: ApiClient, projectId: string): Promise<SseReader> {
  const res = await client.request("GET", `/api/projects/${projectId}/events`);
  expect(res.status).toBe(200);
  const reader = new SseReader(res.body as ReadableStream<Uint8Array>);
  readers.push(reader);
  expect((await reader.next()).event).toBe("ready");
  return reader;
}

async function newProject(client: ApiClient, workspaceId: string): Promise<string> {
  const project = await client.json<{ id: string }>("POST", `/api/workspaces/${workspaceId}/projects`, {
    name: "Crash test",
    start: "2027-01-04",
  });
  return project.id;
}

describe.skipIf(!HAS_POSTGRES)(
  "two keel serve instances on one PostgreSQL (needs KEEL_TEST_DATABASE_URL)",
  () => {
    it("pushes an edit made through one instance to event streams of the other within a second", async () => {
      const { databaseUrl, admin, schema } = await tempSchema();
      const env = { DATABASE_URL: databaseUrl, KEEL_DATA_DIR: tempDataDir() };
      // One after the other: the first creates the schema's tables and prints the setup link.
      const a = await start(env);
      const { client, workspaceId } = await setUpOwner(a);
      const b = await start(env);
      const onA = client;
      const onB = client.on(b.url);

      const projectId = await newProject(onA, workspaceId);
      await onA.json("POST", `/api/projects/${projectId}/tasks`, { id: "t", name: "t", duration: DAY(1) });
      const fromB = await subscribe(onB, projectId);
      const fromA = await subscribe(onA, projectId);

      // Each edit reaches the streams of both instances, whichever instance took it.
      let version = 1;
      for (const writer of [onA, onB, onA, onB]) {
        const sent = performance.now();
        const task = await writer.json<{ version: number }>("PATCH", `/api/projects/${projectId}/tasks/t`, {
          duration: DAY(version + 1),
          version,
        });
        version = task.version;
        const project = await writer.json<{ planVersion: number }>("GET", `/api/projects/${projectId}`);
        for (const listener of [fromA, fromB]) {
          const change = JSON.parse((await listener.nextOf("change", 1000)).data);
          expect(performance.now() - sent).toBeLessThan(1000);
          expect(change).toMatchObject({
            projectId,
            planVersion: project.planVersion,
            changes: [{ entity: "task", id: "t", action: "update" }],
          });
        }
      }

      // DATABASE_URL's search_path put Keel's tables in the test's schema.
      const tables = await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'projects'",
        [schema],
      );
      expect(tables[0]?.n).toBe(1);

      // SIGTERM with event streams open: the streams end and the process exits cleanly.
      expect(await b.stop("SIGTERM", 10_000)).toEqual({ code: 0, signal: null });
      await fromB.ended(1000);
      expect(await a.stop("SIGTERM", 10_000)).toEqual({ code: 0, signal: null });
      await fromA.ended(1000);
    });
  },
);

/** What the writers of the crash test were told was stored. */
interface Acknowledged {
  count: number;
  readonly tasks: Map<string, number>;
  readonly links: [string, string][];
  /** Per writer: the duration of its own task last acknowledged, and the one last sent. */
  readonly own: Map<string, { acked: number; sent: number }>;
}

const WRITERS = 8;
const KILL_AFTER = 600;

/**
 * Eight clients write concurrently (create a task, link it after their previous one, change the
 * duration of a task of their own) until 600 writes are acknowledged; then the server is killed
 * with SIGKILL while writes are still in flight.
 */
async function writeUntilKilled(server: ServerProcess, client: ApiClient, projectId: string) {
  const ack: Acknowledged = { count: 0, tasks: new Map(), links: [], own: new Map() };
  let inFlight = 0;
  let inFlightAtKill = -1;
  let killed: Promise<unknown> | undefined;
  const base = `/api/projects/${projectId}`;

  async function send(method: string, path: string, body: unknown): Promise<unknown> {
    inFlight++;
    try {
      return await client.json(method, path, body);
    } finally {
      inFlight--;
    }
  }

  function acknowledged(): void {
    ack.count++;
    if (ack.count === KILL_AFTER) {
      inFlightAtKill = inFlight;
      killed = server.stop("SIGKILL");
    }
  }

  async function writer(w: number): Promise<void> {
    const own = `own-${w}`;
    let ownVersion = (
      (await client.json("POST", `${base}/tasks`, { id: own, name: own, duration: DAY(1) })) as {
        version: number;
      }
    ).version;
    ack.own.set(own, { acked: 1, sent: 1 });
    let previous: string | undefined;
    try {
      for (let i = 0; ; i++) {
        const id = `w${w}-${i}`;
        const days = 1 + ((w + i) % 5);
        await send("POST", `${base}/tasks`, { id, name: id, duration: DAY(days) });
        acknowledged();
        ack.tasks.set(id, days);
        if (previous !== undefined) {
          await send("POST", `${base}/links`, { from: previous, to: id });
          acknowledged();
          ack.links.push([previous, id]);
        }
        previous = id;
        const ownDays = 2 + (i % 9);
        (ack.own.get(own) as { sent: number }).sent = ownDays;
        ownVersion = (
          (await send("PATCH", `${base}/tasks/${own}`, { duration: DAY(ownDays), version: ownVersion })) as {
            version: number;
          }
        ).version;
        acknowledged();
        (ack.own.get(own) as { acked: number }).acked = ownDays;
      }
    } catch (error) {
      // The server is gone: the write in flight was not acknowledged. Anything else is a failure.
      if (killed === undefined) throw error;
    }
  }

  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  await killed;
  return { ack, inFlightAtKill };
}

async function crashAndRecover(env: Record<string, string>): Promise<void> {
  const first = await start(env);
  const { client, workspaceId } = await setUpOwner(first);
  const projectId = await newProject(client, workspaceId);
  const before = await client.json<{ planVersion: number }>("GET", `/api/projects/${projectId}`);

  const { ack, inFlightAtKill } = await writeUntilKilled(first, client, projectId);
  expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
  expect(ack.count).toBeGreaterThanOrEqual(500);
  expect(inFlightAtKill).toBeGreaterThan(0);

  const second = await start(env);
  const again = client.on(second.url);
  const base = `/api/projects/${projectId}`;

  // Every acknowledged write is there.
  const tasks = new Map(
    (await again.json<{ id: string; duration: { value: number } }[]>("GET", `${base}/tasks`)).map((t) => [
      t.id,
      t.duration.value,
    ]),
  );
  for (const [id, days] of ack.tasks) expect(tasks.get(id), `task ${id}`).toBe(days);
  for (const [id, { acked, sent }] of ack.own) expect([acked, sent], `task ${id}`).toContain(tasks.get(id));
  const links = new Set(
    (await again.json<{ from: string; to: string }[]>("GET", `${base}/links`)).map(
      (l) => `${l.from}->${l.to}`,
    ),
  );
  for (const [from, to] of ack.links) expect(links.has(`${from}->${to}`), `link ${from}->${to}`).toBe(true);

  // Each write was one edit, one plan version: the acknowledged ones and at most those in flight.
  const project = await again.json<{ planVersion: number }>("GET", base);
  const writes = project.planVersion - before.planVersion - WRITERS;
  expect(writes).toBeGreaterThanOrEqual(ack.count);
  expect(writes).toBeLessThanOrEqual(ack.count + inFlightAtKill);

  // The stored schedule belongs to the stored plan: same plan version, same result as a fresh run.
  const stored = await again.json<{ planVersion: number; schedule: unknown }>("GET", `${base}/schedule`);
  expect(stored.planVersion).toBe(project.planVersion);
  const plan = await again.json<Plan>("GET", `${base}/plan`);
  expect(plan.tasks.length).toBe(tasks.size);
  expect(stored.schedule).toEqual(JSON.parse(JSON.stringify(schedulePlan(plan))));

  // And it carries on: one more edit, then a clean stop.
  await again.json("POST", `${base}/tasks`, { id: "after", name: "after", duration: DAY(1) });
  expect(await second.stop("SIGTERM")).toEqual({ code: 0, signal: null });
}

describe("keel serve killed with SIGKILL under concurrent writes", () => {
  it("keeps every acknowledged write and a consistent schedule on PGlite (data directory on disk)", async () => {
    await crashAndRecover({ KEEL_DATA_DIR: tempDataDir(), DATABASE_URL: "" });
  });

  it.skipIf(!HAS_POSTGRES)(
    "keeps every acknowledged write and a consistent schedule on PostgreSQL (needs KEEL_TEST_DATABASE_URL)",
    async () => {
      const { databaseUrl } = await tempSchema();
      await crashAndRecover({ DATABASE_URL: databaseUrl, KEEL_DATA_DIR: tempDataDir() });
    },
  );
});
