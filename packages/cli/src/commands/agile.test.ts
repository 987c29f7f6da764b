import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlan } from "@keel/formats";
import { accounts, Store } from "@keel/store";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "@keel/store/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { TINY_PLAN } from "../testing/plan-files.js";
import { UsageError } from "../usage-error.js";
import { importJiraFile } from "./jira-import.js";
import type { OpenStore } from "./open-store.js";
import { sprintReportCommand } from "./sprint.js";

const EXPORT = [
  "Summary,Issue key,Issue id,Issue Type,Status,Sprint,Custom field (Story Points),Created,Resolved",
  "Sign in,APP-1,10001,Story,Done,APP Sprint 1,5,04/Jan/27 9:00 AM,06/Jan/27 4:00 PM",
  "Reset password,APP-2,10002,Bug,In QA,APP Sprint 1,3,04/Jan/27 9:30 AM,",
  "",
].join("\r\n");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-agile-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const opener =
  (store: Store): OpenStore =>
  async () => ({ store, close: async () => undefined });

describe.each(TEST_DRIVERS)("keel import (Jira CSV) and keel sprint report on %s", (driver) => {
  let t: TestDatabase;
  let store: Store;
  let file: string;

  beforeEach(async () => {
    t = await openTestDatabase(driver);
    store = await Store.open(t.db);
    const owner = (
      await accounts.createUser(t.db, null, { email: "ada@example.com", name: "Ada", passwordHash: "h" })
    ).id;
    const ws = await t.db.transaction((tx) => accounts.createWorkspace(tx, owner, "Platform"));
    await store.createProjectFromPlan(owner, ws.id, readPlan(TINY_PLAN, "tiny.yaml").plan);
    file = join(dir, `${driver}-export.csv`);
    await writeFile(file, EXPORT);
  }, 60_000);
  afterEach(() => t.dispose());

  it("reports a Jira export without a project and stores nothing", async () => {
    const out = bufferedOutput();
    expect(await importJiraFile(file, {}, out, opener(store))).toBe(ExitCode.ok);
    expect(out.stdout).toContain("2 rows");
    expect(out.stdout).toContain("In QA");
    expect(out.stdout.split("\n").length).toBeGreaterThan(5);
    expect(out.stdout).not.toContain("\\u000a");
    const [project] = await t.db.query<{ id: string }>("SELECT id FROM projects");
    expect(await store.backlogItems.list(t.db, project?.id as string)).toEqual([]);
  });

  it("imports into a project by name, maps a status, and a second import changes nothing", async () => {
    const out = bufferedOutput();
    const flags = { project: "Tiny launch", statusMap: ["In QA=in-progress"] };
    expect(await importJiraFile(file, flags, out, opener(store))).toBe(ExitCode.ok);
    expect(out.stderr).toContain("2 created, 0 updated, 0 unchanged; 1 new sprint.");
    const again = bufferedOutput();
    expect(await importJiraFile(file, flags, again, opener(store))).toBe(ExitCode.ok);
    expect(again.stderr).toContain("0 created, 0 updated, 2 unchanged");

    const report = bufferedOutput();
    expect(
      await sprintReportCommand(
        "APP Sprint 1",
        { project: "Tiny launch", format: "json" },
        report,
        opener(store),
      ),
    ).toBe(ExitCode.ok);
    const json = JSON.parse(report.stdout);
    expect(json.sprint).toMatchObject({ id: "app-sprint-1", name: "APP Sprint 1" });
    expect(json.unit).toBe("points");
    const text = bufferedOutput();
    await sprintReportCommand(
      "app-sprint-1",
      { project: "Tiny launch", format: "text" },
      text,
      opener(store),
    );
    expect(text.stdout).toContain("APP Sprint 1 (app-sprint-1)");
    expect(text.stdout).toMatch(/Day\s+Scope\s+Done\s+Remaining\s+Ideal/);
  });

  it("refuses a file that is not a Jira export, a bad status map and an unknown project or sprint", async () => {
    const notJira = join(dir, `${driver}-people.csv`);
    await writeFile(notJira, "Name,Age\r\nAda,36\r\n");
    const out = bufferedOutput();
    expect(await importJiraFile(notJira, { project: "Tiny launch" }, out, opener(store))).toBe(
      ExitCode.planFailed,
    );
    expect(out.stderr).toMatch(/^keel: .*Jira/);
    await expect(
      importJiraFile(file, { statusMap: ["In QA"] }, bufferedOutput(), opener(store)),
    ).rejects.toThrow(UsageError);
    await expect(
      importJiraFile(
        file,
        { project: "Tiny launch", statusMap: ["In QA=limbo"] },
        bufferedOutput(),
        opener(store),
      ),
    ).rejects.toThrow(/--status-map: In QA: no status "limbo"/);
    await expect(
      importJiraFile(file, { statusMap: ["In QA=limbo"] }, bufferedOutput(), opener(store)),
    ).rejects.toThrow(/--status-map: .*limbo/);
    await expect(importJiraFile(file, { project: "Nope" }, bufferedOutput(), opener(store))).rejects.toThrow(
      /no project has the id or name "Nope"/,
    );
    await expect(
      sprintReportCommand("S9", { project: "Tiny launch", format: "text" }, bufferedOutput(), opener(store)),
    ).rejects.toThrow(/no sprint "S9"/);
  });
});
