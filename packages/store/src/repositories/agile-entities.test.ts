import { DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../errors.js";
import type { ProjectEdit } from "../project-edit.js";
import { Store } from "../store.js";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "../testing/test-database.js";
import { exportWorkspace, importWorkspace } from "../workspace-transfer.js";
import { accounts } from "./accounts.js";
import { AGILE_SETTINGS_ID, agileSettingsOf } from "./agile-entities.js";

describe.each(TEST_DRIVERS)("agile items on %s", (driver) => {
  let t: TestDatabase;
  let store: Store;
  let userId: string;
  let workspaceId: string;
  let projectId: string;

  beforeEach(async () => {
    t = await openTestDatabase(driver);
    store = await Store.open(t.db);
    userId = (
      await accounts.createUser(t.db, null, { email: "ada@example.com", name: "Ada", passwordHash: null })
    ).id;
    workspaceId = (await t.db.transaction((tx) => accounts.createWorkspace(tx, userId, "Product"))).id;
    projectId = (await store.createProject(userId, workspaceId, { name: "App", start: "2027-01-04" })).id;
  });
  afterEach(() => t.dispose());

  const edit = <T>(work: (e: ProjectEdit) => Promise<T>) => store.editProject(userId, projectId, work);

  it("gives new items the next key of the team's prefix, the end of the backlog and the first status", async () => {
    expect(await agileSettingsOf(t.db, projectId)).toEqual(DEFAULT_AGILE_SETTINGS);
    await edit((e) =>
      store.agileSettings.create(e, { ...DEFAULT_AGILE_SETTINGS, keyPrefix: "APP", id: AGILE_SETTINGS_ID }),
    );
    await edit((e) =>
      store.backlogItems.create(e, { id: "APP-7", name: "Imported", rank: 5, status: "done" }),
    );
    const { result } = await edit((e) => store.backlogItems.create(e, { name: "Sign in" }));
    expect(result).toMatchObject({ id: "APP-8", rank: 6, status: "todo", type: "story", version: 1 });
    const listed = await store.backlogItems.list(t.db, projectId);
    expect(listed.map((i) => i.id)).toEqual(["APP-7", "APP-8"]);
    await edit((e) => store.backlogItems.update(e, "APP-8", 1, { rank: 1 }));
    expect((await store.backlogItems.list(t.db, projectId)).map((i) => i.id)).toEqual(["APP-8", "APP-7"]);
  });

  it("creates many items at once, each audited, or none when one is invalid", async () => {
    const items = Array.from({ length: 2500 }, (_, i) => ({
      id: `BIG-${i + 1}`,
      name: `Story ${i + 1}`,
      rank: i + 1,
      status: "todo",
      history: [{ status: "todo", at: "2027-01-04" }],
    }));
    const bad = [...items.slice(0, 10), { ...items[10], id: "BIG-bad", points: -1 }];
    await expect(edit((e) => store.backlogItems.createMany(e, bad))).rejects.toThrow(ValidationError);
    expect(await store.backlogItems.list(t.db, projectId)).toEqual([]);

    const { result, change } = await edit((e) => store.backlogItems.createMany(e, items));
    expect(result).toHaveLength(2500);
    expect(result[2499]).toMatchObject({ id: "BIG-2500", type: "story", version: 1 });
    const listed = await store.backlogItems.list(t.db, projectId);
    expect(listed.map((i) => i.id).slice(0, 3)).toEqual(["BIG-1", "BIG-2", "BIG-3"]);
    const audited = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND entity = 'backlog_item' AND action = 'create'",
      [projectId],
    );
    expect(audited[0]?.n).toBe(2500);
    expect(change?.changes).toHaveLength(50);
  });

  it("numbers sprints and ends them a sprint length after they start", async () => {
    const { result } = await edit((e) => store.sprints.create(e, { start: "2027-01-04" }));
    expect(result).toMatchObject({ id: "S1", name: "Sprint 1", start: "2027-01-04", finish: "2027-01-17" });
    await expect(
      edit((e) => store.sprints.create(e, { start: "2027-01-18", finish: "2027-01-10" })),
    ).rejects.toThrow(ValidationError);
    expect((await store.sprints.list(t.db, projectId)).map((s) => s.id)).toEqual(["S1"]);
  });

  it("carries the team's settings, backlog and sprints through a workspace export and import", async () => {
    await edit(async (e) => {
      await store.agileSettings.create(e, {
        ...DEFAULT_AGILE_SETTINGS,
        wipPolicy: "block",
        id: AGILE_SETTINGS_ID,
      });
      await store.sprints.create(e, { start: "2027-01-04", goal: "Sign-in works" });
      await store.backlogItems.create(e, { name: "Sign in", points: 5, sprint: "S1" });
    });
    const exported = await exportWorkspace(t.db, workspaceId);
    expect(exported.projects[0]).toMatchObject({
      agileSettings: { wipPolicy: "block" },
      backlogItems: [{ id: "KEEL-1", points: 5, sprint: "S1" }],
      sprints: [{ id: "S1", goal: "Sign-in works" }],
    });
    const imported = await importWorkspace(t.db, exported, { actorId: userId, name: "Copy" });
    const copy = imported.projects[0]?.id as string;
    expect((await agileSettingsOf(t.db, copy)).wipPolicy).toBe("block");
    expect(await store.backlogItems.list(t.db, copy)).toEqual(await store.backlogItems.list(t.db, projectId));
    expect(await store.sprints.list(t.db, copy)).toEqual(await store.sprints.list(t.db, projectId));
  });
});
