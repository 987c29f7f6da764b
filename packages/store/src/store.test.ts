import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanRejectedError, ValidationError, VersionConflictError } from "./errors.js";
import { accounts } from "./repositories/accounts.js";
import { Store } from "./store.js";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "./testing/test-database.js";

const task = (id: string, days: number, extra: object = {}) => ({
  id,
  name: `Task ${id}`,
  parent: null,
  milestone: false,
  duration: { value: days, unit: "d", elapsed: false },
  constraint: { type: "ASAP" },
  position: 0,
  ...extra,
});
const fs = (from: string, to: string) => ({
  from,
  to,
  type: "FS",
  lag: { value: 0, unit: "d", elapsed: false },
});

describe.each(TEST_DRIVERS)("store on %s", (driver) => {
  let t: TestDatabase;
  let store: Store;
  let userId: string;
  let projectId: string;

  beforeEach(async () => {
    t = await openTestDatabase(driver);
    store = await Store.open(t.db);
    const user = await accounts.createUser(t.db, null, {
      email: "Ada@Example.com",
      name: "Ada",
      passwordHash: null,
    });
    userId = user.id;
    const ws = await t.db.transaction((tx) => accounts.createWorkspace(tx, userId, "Platform"));
    const project = await store.createProject(userId, ws.id, { name: "Migration", start: "2027-01-04" });
    projectId = project.id;
  });
  afterEach(() => t.dispose());

  it("stores tasks and links and keeps the schedule in step with the plan", async () => {
    const { change } = await store.editProject(userId, projectId, async (edit) => {
      await store.tasks.create(edit, task("a", 2, { position: 1 }));
      await store.tasks.create(edit, task("b", 3, { position: 2 }));
      await store.links.create(edit, fs("a", "b"));
    });
    expect(change?.changes.map((c) => `${c.action} ${c.entity} ${c.id.length > 1 ? "uuid" : c.id}`)).toEqual([
      "create task a",
      "create task b",
      "create link uuid",
    ]);
    const { schedule, planVersion } = await store.schedule(projectId);
    expect(planVersion).toBe(change?.planVersion);
    expect(schedule.tasks.map((x) => [x.id, x.start, x.finish])).toEqual([
      ["a", "2027-01-04T09:00:00", "2027-01-05T17:00:00"],
      ["b", "2027-01-06T09:00:00", "2027-01-08T17:00:00"],
    ]);
  });

  it("refuses an update from a stale version and returns the current item", async () => {
    await store.editProject(userId, projectId, (edit) => store.tasks.create(edit, task("a", 2)));
    await store.editProject(userId, projectId, (edit) => store.tasks.update(edit, "a", 1, { name: "First" }));
    const stale = store.editProject(userId, projectId, (edit) =>
      store.tasks.update(edit, "a", 1, { name: "Lost" }),
    );
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await stale.catch((e: VersionConflictError) =>
      expect(e.current).toMatchObject({ name: "First", version: 2 }),
    );
    expect((await store.tasks.get(t.db, projectId, "a")).name).toBe("First");
  });

  it("rolls the whole edit back when the plan would get a cycle", async () => {
    await store.editProject(userId, projectId, async (edit) => {
      await store.tasks.create(edit, task("a", 1));
      await store.tasks.create(edit, task("b", 1));
      await store.links.create(edit, fs("a", "b"));
    });
    const before = await store.history({ projectId });
    const edit = store.editProject(userId, projectId, async (e) => {
      await store.tasks.update(e, "a", 1, { name: "renamed" });
      await store.links.create(e, fs("b", "a"));
    });
    await expect(edit).rejects.toBeInstanceOf(PlanRejectedError);
    await edit.catch((e: Error) => expect(e.message).toMatch(/cycle/));
    expect((await store.tasks.get(t.db, projectId, "a")).name).toBe("Task a");
    expect(await store.links.list(t.db, projectId)).toHaveLength(1);
    expect(await store.history({ projectId })).toEqual(before);
  });

  it("audits every mutation with who, what and before/after", async () => {
    await store.editProject(userId, projectId, (edit) => store.tasks.create(edit, task("a", 1)));
    await store.editProject(userId, projectId, (edit) =>
      store.tasks.update(edit, "a", 1, { duration: { value: 4, unit: "d", elapsed: false } }),
    );
    await store.editProject(userId, projectId, (edit) => store.tasks.delete(edit, "a", 2));
    const item = await store.history({ projectId, entity: "task", entityId: "a" });
    expect(item.map((e) => e.action)).toEqual(["delete", "update", "create"]);
    expect(item[1]).toMatchObject({
      actorId: userId,
      actorName: "Ada",
      before: { duration: { value: 1 } },
      after: { duration: { value: 4 }, version: 2 },
    });
  });

  it("names the field and what was expected on invalid input, storing nothing", async () => {
    const edit = store.editProject(userId, projectId, (e) =>
      store.tasks.create(e, { ...task("a", 1), duration: "five days", colour: "red" }),
    );
    await expect(edit).rejects.toBeInstanceOf(ValidationError);
    await edit.catch((e: ValidationError) => {
      expect(e.fields.map((f) => f.path).sort()).toEqual(["(body)", "duration"]);
    });
    expect(await store.tasks.list(t.db, projectId)).toEqual([]);
  });

  it("rejects a link to a task that does not exist", async () => {
    await store.editProject(userId, projectId, (edit) => store.tasks.create(edit, task("a", 1)));
    await expect(
      store.editProject(userId, projectId, (edit) => store.links.create(edit, fs("a", "ghost"))),
    ).rejects.toThrow(/refers to a task that does not exist/);
  });

  it("keeps summary tasks before their children whatever the positions", async () => {
    await store.editProject(userId, projectId, async (edit) => {
      await store.tasks.create(edit, task("child", 2, { parent: null, position: 1 }));
      await store.tasks.create(edit, task("phase", 0, { position: 5 }));
      await store.tasks.update(edit, "child", 1, { parent: "phase" });
    });
    const { schedule } = await store.schedule(projectId);
    expect(schedule.tasks.map((x) => [x.id, x.kind])).toEqual([
      ["phase", "summary"],
      ["child", "task"],
    ]);
  });

  it("gives a new project the calendar it names, as a copy of the standard week", async () => {
    const ws = await t.db.transaction((tx) => accounts.createWorkspace(tx, userId, "Ops"));
    const project = await store.createProject(userId, ws.id, {
      name: "Ops",
      start: "2027-01-04",
      calendar: "ops",
    });
    expect((await store.calendars.list(t.db, project.id)).map((c) => [c.id, c.workweek.length])).toEqual([
      ["ops", 5],
    ]);
    await store.editProject(userId, project.id, (edit) => store.tasks.create(edit, task("a", 1)));
    expect((await store.schedule(project.id)).schedule.project.finish).toBe("2027-01-04T17:00:00");
  });

  it("lists a user's projects with the schedule figures a portfolio shows", async () => {
    await store.editProject(userId, projectId, async (edit) => {
      await store.tasks.create(edit, task("a", 2, { position: 1 }));
      await store.tasks.create(edit, task("m", 0, { position: 2, milestone: true, deadline: "2027-01-04" }));
      await store.links.create(edit, fs("a", "m"));
      // One high (4 × 5), one medium (3 × 3), one high but closed: one open high risk.
      await store.risks.create(edit, { id: "r1", probability: 4, impact: 5 });
      await store.risks.create(edit, { id: "r2", probability: 3, impact: 3 });
      await store.risks.create(edit, { id: "r3", probability: 5, impact: 5, status: "closed" });
    });
    const [listed] = await store.projectsOf(userId);
    expect(listed?.schedule).toMatchObject({
      finish: "2027-01-05T17:00:00",
      tasks: 2,
      missedDeadlines: 1,
      openHighRisks: 1,
      milestones: [{ id: "m", date: "2027-01-05T17:00:00" }],
    });
    expect(listed?.schedule?.criticalFloatMinutes).toBeLessThan(0);
    const other = await accounts.createUser(t.db, null, {
      email: "eve@example.com",
      name: "Eve",
      passwordHash: null,
    });
    expect(await store.projectsOf(other.id)).toEqual([]);
  });

  it("ends a member's project roles when they leave the workspace", async () => {
    const bob = await accounts.createUser(t.db, null, {
      email: "bob@example.com",
      name: "Bob",
      passwordHash: null,
    });
    const { workspaceId } = await store.getProject(t.db, projectId);
    await t.db.transaction(async (tx) => {
      await accounts.setMember(tx, userId, { workspaceId }, bob.id, "viewer");
      await accounts.setMember(tx, userId, { workspaceId, projectId }, bob.id, "manager");
    });
    expect((await accounts.projectRole(t.db, bob.id, projectId))?.role).toBe("manager");
    await t.db.transaction((tx) => accounts.removeMember(tx, userId, { workspaceId }, bob.id));
    expect(await accounts.projectRole(t.db, bob.id, projectId)).toBeUndefined();
    expect(await store.projectsOf(bob.id)).toEqual([]);
    const removals = await store.history({ projectId, entity: "member", entityId: bob.id });
    expect(removals[0]).toMatchObject({ action: "delete", before: { role: "manager" } });
  });
});
