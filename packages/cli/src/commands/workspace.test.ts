import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlan } from "@keel/formats";
import { accounts, listWorkspaces, Store } from "@keel/store";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "@keel/store/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { run } from "../run.js";
import { TINY_PLAN } from "../testing/plan-files.js";
import type { OpenStore } from "./open-store.js";
import { workspaceExport, workspaceImport } from "./workspace.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-workspace-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The command's view of a test database; closing is left to the test. */
const opener =
  (store: Store): OpenStore =>
  async () => ({ store, close: async () => undefined });

describe.each(TEST_DRIVERS)("keel workspace on %s", (driver) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let from: Store;
  let into: Store;
  let owner: string;

  beforeEach(async () => {
    source = await openTestDatabase(driver);
    target = await openTestDatabase(driver);
    from = await Store.open(source.db);
    into = await Store.open(target.db);
    owner = (
      await accounts.createUser(from.db, null, { email: "ada@example.com", name: "Ada", passwordHash: "h" })
    ).id;
    const ws = await from.db.transaction((tx) => accounts.createWorkspace(tx, owner, "Platform"));
    await from.createProjectFromPlan(owner, ws.id, readPlan(TINY_PLAN, "tiny.yaml").plan);
  }, 60_000); // the first test of a process builds the PGlite template (initdb)
  afterEach(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it("exports the only workspace as JSON and imports it as a new workspace elsewhere", async () => {
    const exported = bufferedOutput();
    expect(await workspaceExport({}, exported, opener(from))).toBe(ExitCode.ok);
    const document = JSON.parse(exported.stdout);
    expect(document).toMatchObject({
      format: "keel-workspace",
      formatVersion: 1,
      workspace: { name: "Platform" },
    });
    expect(document.projects[0].tasks.map((t: { id: string }) => t.id)).toEqual([
      "eng",
      "design",
      "build",
      "docs",
      "ga",
    ]);
    expect(exported.stderr).toBe('Exported workspace "Platform": 1 project, 1 member.\n');

    const file = join(dir, `${driver}-ws.json`);
    await writeFile(file, exported.stdout);
    const imported = bufferedOutput();
    expect(await workspaceImport(file, { name: "Restored" }, imported, opener(into))).toBe(ExitCode.ok);
    expect(imported.stdout).toMatch(
      /^Imported workspace "Restored" \([0-9a-f-]{36}\): 1 project, 1 member\.\n/,
    );
    expect(imported.stdout).toContain("keel admin reset-password <email>:\n  ada@example.com\n");

    const again = bufferedOutput();
    expect(await workspaceExport({ workspace: "Restored" }, again, opener(into))).toBe(ExitCode.ok);
    const second = JSON.parse(again.stdout);
    expect({ ...second, exportedAt: 0, workspace: 0 }).toEqual({ ...document, exportedAt: 0, workspace: 0 });
  });

  it("asks which workspace when there are several, listing them", async () => {
    const research = await from.db.transaction((tx) => accounts.createWorkspace(tx, owner, "Research"));
    const output = bufferedOutput();
    const attempt = workspaceExport({}, output, opener(from));
    await expect(attempt).rejects.toThrow(/there are 2 workspaces; choose one with --workspace <id\|name>/);
    await attempt.catch((e: Error) => {
      expect(e.message).toContain("  Platform (1 project)");
      expect(e.message).toContain(`${research.id}  Research (0 projects)`);
    });
    expect(output.stdout).toBe("");
    await expect(workspaceExport({ workspace: "Nope" }, output, opener(from))).rejects.toThrow(
      /no workspace has the id or name "Nope"/,
    );
    const byId = bufferedOutput();
    expect(await workspaceExport({ workspace: research.id }, byId, opener(from))).toBe(ExitCode.ok);
    expect(JSON.parse(byId.stdout).workspace).toEqual({ name: "Research" });
  });

  it("refuses an invalid file, naming the JSON path, and stores nothing", async () => {
    const exported = bufferedOutput();
    await workspaceExport({}, exported, opener(from));
    const document = JSON.parse(exported.stdout);
    document.projects[0].tasks[2].duration = { value: 2, unit: "x", elapsed: false };
    const file = join(dir, `${driver}-bad.json`);
    await writeFile(file, JSON.stringify(document));
    const output = bufferedOutput();
    expect(await workspaceImport(file, {}, output, opener(into))).toBe(ExitCode.planFailed);
    expect(output.stderr).toMatch(
      new RegExp(
        `^keel: ${file}: invalid workspace export; nothing was imported\n  projects\\[0\\]\\.tasks\\[2\\]\\.duration\\.unit: `,
      ),
    );
    expect(output.stdout).toBe("");
    expect(await listWorkspaces(into.db)).toEqual([]);
    expect(await accounts.countUsers(into.db)).toBe(0);

    await writeFile(file, "{ not json");
    const notJson = bufferedOutput();
    expect(await workspaceImport(file, {}, notJson, opener(into))).toBe(ExitCode.planFailed);
    expect(notJson.stderr).toMatch(/: not valid JSON: /);
    await expect(workspaceImport(join(dir, "missing.json"), {}, notJson, opener(into))).rejects.toThrow(
      /cannot read .*missing\.json: no such file/,
    );
  });
});

describe("keel workspace and the embedded database", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("reports a data directory locked by a running server, exit 69", async () => {
    const dataDir = await mkdtemp(join(dir, "locked-"));
    // The lock names a live process (our parent), as a running `keel serve` would.
    await writeFile(join(dataDir, "keel.pid"), String(process.ppid));
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("KEEL_DATA_DIR", dataDir);
    const output = bufferedOutput();
    expect(await run(["workspace", "export"], output)).toBe(ExitCode.unavailable);
    expect(output.stderr).toBe(
      `keel: cannot open the database: another Keel (process ${process.ppid}) is using the data directory ${dataDir}; stop it, or set KEEL_DATA_DIR to another directory\n`,
    );
    expect(output.stdout).toBe("");
  });

  it("does not create a database to export from", async () => {
    const dataDir = join(dir, "nothing-here");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("KEEL_DATA_DIR", dataDir);
    const output = bufferedOutput();
    expect(await run(["workspace", "export", "--workspace", "x"], output)).toBe(ExitCode.unavailable);
    expect(output.stderr).toBe(
      `keel: there is no Keel database in ${dataDir}; set KEEL_DATA_DIR to the directory keel serve uses, or DATABASE_URL for a PostgreSQL server\n`,
    );
  });
});
