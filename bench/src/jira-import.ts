import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { readJiraCsv } from "@keel/formats";
import { DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { importJira } from "@keel/server";
import { accounts, openDatabase, Store } from "@keel/store";

/**
 * `npm run bench:jira`: a generated Jira "Export CSV" of 100,000 issues (two Sprint and two Labels
 * columns, a multi-line cell every 50th row, CRLF) read by the importer, then stored in a new
 * project on the embedded database (and on PostgreSQL when DATABASE_URL is set), then imported
 * again unchanged. No peer runs here (Jira's importer is a hosted service), so the figures stand
 * alone. `node bench/dist/jira-import.js 20000` runs another size.
 */
const ROWS = Number(process.argv[2] ?? 100_000);
const HEADER =
  "Summary,Issue key,Issue id,Issue Type,Status,Sprint,Sprint,Custom field (Story Points),Created,Resolved,Labels,Labels,Description";
const CHUNK_ROWS = 2_000;

/** The export as a stream of text chunks, so the reader sees what an upload or a file read gives it. */
async function* exportCsv(rows: number): AsyncGenerator<string> {
  yield `${HEADER}\r\n`;
  for (let from = 1; from <= rows; from += CHUNK_ROWS) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(from + CHUNK_ROWS, rows + 1); i++) {
      const done = i % 3 === 0;
      const sprint = 1 + Math.floor(i / 5_000);
      const description = i % 50 === 0 ? '"First line,\r\nsecond line with ""quotes"""' : "Plain text";
      lines.push(
        `"Story ${i}, with a comma",BIG-${i},${10_000 + i},${i % 10 === 0 ? "Bug" : "Story"},${done ? "Done" : "To Do"},` +
          `BIG Sprint ${sprint - 1},BIG Sprint ${sprint},${i % 8},04/Jan/27 9:00 AM,${done ? "06/Jan/27 4:00 PM" : ""},backend,api,${description}`,
      );
    }
    yield `${lines.join("\r\n")}\r\n`;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.log(`load ${loadavg()[0]?.toFixed(1)}, ${ROWS.toLocaleString("en-US")} rows`);
const t0 = performance.now();
let bytes = 0;
const parsed = await readJiraCsv(exportCsv(ROWS), {
  workflow: DEFAULT_AGILE_SETTINGS.workflow,
  onProgress: (_rows, read) => {
    bytes = read;
  },
});
const read = performance.now() - t0;
if (parsed.items.length !== ROWS) throw new Error(`read ${parsed.items.length} items, expected ${ROWS}`);
console.log("| step | database | time | rows/s |");
console.log("|---|---|---|---|");
console.log(
  `| read ${(bytes / 1024 / 1024).toFixed(1)} MiB | — | ${seconds(read)} | ${Math.round(ROWS / (read / 1000)).toLocaleString("en-US")} |`,
);

async function storeOn(label: string, databaseUrl: string | undefined): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "keel-bench-jira-"));
  const db = await openDatabase({ databaseUrl, dataDir });
  try {
    const store = await Store.open(db);
    const user = await accounts.createUser(db, null, {
      email: `bench-${Date.now()}@example.com`,
      name: "Bench",
      passwordHash: null,
    });
    const ws = await db.transaction((tx) => accounts.createWorkspace(tx, user.id, "Bench"));
    const project = await store.createProject(user.id, ws.id, {
      name: "Jira import bench",
      start: "2027-01-04",
    });
    for (const step of ["import", "import again"]) {
      const t = performance.now();
      const result = await importJira(store, user.id, project.id, exportCsv(ROWS));
      const ms = performance.now() - t;
      const expected = step === "import" ? result.created : result.unchanged;
      if (expected !== ROWS) throw new Error(`${step}: ${JSON.stringify(result)}`);
      console.log(
        `| ${step} | ${label} | ${seconds(ms)} | ${Math.round(ROWS / (ms / 1000)).toLocaleString("en-US")} |`,
      );
    }
    // Leave PostgreSQL as it was: the project and everything in it go with the workspace's owner.
    await db.query("DELETE FROM projects WHERE id = $1", [project.id]);
    await db.query("DELETE FROM workspaces WHERE id = $1", [ws.id]);
    await db.query("DELETE FROM users WHERE id = $1", [user.id]);
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await storeOn("embedded (PGlite)", undefined);
if (process.env.DATABASE_URL) await storeOn("PostgreSQL", process.env.DATABASE_URL);
