import { readPlan } from "@keel/formats";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanRejectedError, ValidationError } from "./errors.js";
import { accounts } from "./repositories/accounts.js";
import { career } from "./repositories/career.js";
import { Store } from "./store.js";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "./testing/test-database.js";
import {
  exportWorkspace,
  importWorkspace,
  listWorkspaces,
  parseWorkspaceExport,
  type WorkspaceExport,
} from "./workspace-transfer.js";

const days = (value: number) => ({ value, unit: "d", elapsed: false });

/** A workspace using every kind of item: members on both levels, an outline, links, resources, risks, baselines. */
async function seed(store: Store) {
  const db = store.db;
  const ada = await accounts.createUser(db, null, {
    email: "ada@example.com",
    name: "Ada",
    passwordHash: "x",
  });
  const bob = await accounts.createUser(db, ada.id, {
    email: "bob@example.com",
    name: "Bob",
    passwordHash: null,
  });
  const cy = await accounts.createUser(db, ada.id, {
    email: "cy@example.com",
    name: "Cy",
    passwordHash: null,
  });
  const ws = await db.transaction((tx) => accounts.createWorkspace(tx, ada.id, "Platform"));
  await db.transaction((tx) => accounts.setMember(tx, ada.id, { workspaceId: ws.id }, bob.id, "member"));

  const launch = await store.createProject(ada.id, ws.id, {
    name: "Launch",
    start: "2027-01-04",
    hoursPerDay: 7,
    statusDate: "2027-01-06",
  });
  await db.transaction((tx) =>
    accounts.setMember(tx, ada.id, { workspaceId: ws.id, projectId: launch.id }, cy.id, "viewer"),
  );
  await db.transaction((tx) =>
    accounts.setMember(tx, ada.id, { workspaceId: ws.id, projectId: launch.id }, bob.id, "manager"),
  );
  await store.editProject(ada.id, launch.id, async (edit) => {
    await store.calendars.create(edit, {
      id: "part-time",
      name: "Part time",
      workweek: ["mon", "tue", "wed"],
      hours: ["09:00-13:00"],
      holidays: ["2027-01-18"],
      exceptions: [],
    });
    // The child sits before its summary in position order; the import must still insert the summary first.
    await store.tasks.create(edit, { id: "design", name: "Design", duration: days(3), position: 1 });
    await store.tasks.create(edit, { id: "eng", name: "Engineering", duration: days(0), position: 5 });
    await store.tasks.update(edit, "design", 1, { parent: "eng" });
    await store.tasks.create(edit, {
      id: "build",
      name: "Build",
      parent: "eng",
      duration: days(5),
      estimate: { optimistic: days(3), mostLikely: days(5), pessimistic: days(9) },
      calendar: "part-time",
      notes: "the long one",
      position: 2.5,
    });
    await store.tasks.create(edit, {
      id: "ga",
      name: "GA",
      milestone: true,
      duration: days(0),
      deadline: "2027-03-31",
      constraint: { type: "SNET", date: "2027-02-01" },
      position: 9,
    });
    await store.links.create(edit, { from: "design", to: "build" });
    await store.links.create(edit, {
      from: "build",
      to: "ga",
      type: "FS",
      lag: { value: 2, unit: "d", elapsed: true },
    });
    await store.links.create(edit, { from: "design", to: "ga", type: "SS", lag: { percent: 50 } });
    await store.resources.create(edit, { id: "ada", name: "Ada", maxUnits: 1, costPerHour: 90 });
    await store.resources.create(edit, {
      id: "rig",
      name: "Test rig",
      type: "material",
      calendar: "part-time",
    });
    await store.assignments.create(edit, { task: "build", resource: "ada", units: 0.5 });
    await store.assignments.create(edit, { task: "build", resource: "rig" });
    await store.risks.create(edit, {
      id: "vendor",
      name: "SDK ships late",
      probability: 2,
      impact: 4,
      delay: { value: 5, unit: "d", elapsed: false },
      tasks: ["build"],
      strategy: "mitigate",
      actions: [{ action: "Weekly vendor call", owner: "Ada", due: "2027-01-08" }],
      residual: { probability: 1, impact: 4 },
    });
    await store.assumptions.create(edit, { id: "A1", name: "Rig stays free", status: "unvalidated" });
    await store.issues.create(edit, { id: "I1", name: "CI flaky", severity: "high", tasks: ["build"] });
    await store.dependencies.create(edit, {
      id: "D1",
      name: "Payment API",
      provider: "Vendor",
      needed: "2027-01-11",
      tasks: ["build"],
    });
    await store.kpis.create(edit, {
      id: "adoption",
      name: "Weekly active teams",
      unit: "teams",
      target: 40,
      values: [{ date: "2027-01-08", value: 12 }],
    });
    await store.statusReports.create(edit, {
      asOf: "2027-01-08",
      from: "2027-01-04",
      to: "2027-01-08",
      state: "sent",
      report: { summary: "On track." },
      sentAt: "2027-01-08T16:00:00.000Z",
      sentBy: "Ada",
    });
    await store.changes.create(edit, {
      id: "CR-1",
      requester: "Sam",
      reason: "Customer ask",
      edits: [{ op: "removeTask", id: "ga" }],
    });
  });
  const { schedule } = await store.schedule(launch.id);
  await store.editProject(ada.id, launch.id, (edit) =>
    store.baselines.create(edit, {
      name: "Approved",
      savedAt: "2027-01-03T10:00:00.000Z",
      tasks: schedule.tasks.map((t) => ({
        id: t.id,
        start: t.start,
        finish: t.finish,
        durationMinutes: t.durationMinutes,
      })),
    }),
  );
  await store.createProject(ada.id, ws.id, { name: "Empty", start: "2027-06-01" });
  return { workspaceId: ws.id, launchId: launch.id };
}

const withoutTime = (e: WorkspaceExport) => ({ ...e, exportedAt: "(time)" });

describe.each(TEST_DRIVERS)("workspace export and import on %s", (driver) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let from: Store;
  let into: Store;

  beforeEach(async () => {
    source = await openTestDatabase(driver);
    target = await openTestDatabase(driver);
    from = await Store.open(source.db);
    into = await Store.open(target.db);
  }, 60_000); // the first test of a process builds the PGlite template (initdb)
  afterEach(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it("round-trips every entity: export, import elsewhere, export again gives the same document", async () => {
    const { workspaceId, launchId } = await seed(from);
    const first = await exportWorkspace(from.db, workspaceId);

    expect(first.members).toEqual([
      { email: "ada@example.com", name: "Ada", role: "owner" },
      { email: "bob@example.com", name: "Bob", role: "member" },
    ]);
    const launch = first.projects.find((p) => p.settings.name === "Launch");
    expect(launch?.members).toEqual([
      { email: "bob@example.com", name: "Bob", role: "manager" },
      { email: "cy@example.com", name: "Cy", role: "viewer" },
    ]);
    expect(launch?.tasks.map((t) => [t.id, t.parent, t.position])).toEqual([
      ["eng", null, 5],
      ["design", "eng", 1],
      ["build", "eng", 2.5],
      ["ga", null, 9],
    ]);
    expect(launch?.links).toHaveLength(3);
    expect(launch?.assignments).toHaveLength(2);
    expect(launch?.baselines.map((b) => b.name)).toEqual(["Approved"]);
    expect(first.projects.map((p) => p.settings.name)).toEqual(["Empty", "Launch"]);

    const imported = await importWorkspace(into.db, JSON.parse(JSON.stringify(first)));
    expect(imported.createdUsers).toEqual(["ada@example.com", "bob@example.com", "cy@example.com"]);
    const second = await exportWorkspace(into.db, imported.workspaceId);
    expect(withoutTime(second)).toEqual(withoutTime(first));

    // New workspace and project ids; item ids (generated ones too) and plan versions kept.
    const newLaunch = imported.projects.find((p) => p.name === "Launch");
    expect(newLaunch?.id).not.toBe(launchId);
    const links = await into.links.list(into.db, newLaunch?.id as string);
    expect(links.map((l) => l.id)).toEqual(launch?.links.map((l) => l.id));
    expect(links.every((l) => l.version === 1)).toBe(true);
    expect((await into.getProject(into.db, newLaunch?.id as string)).planVersion).toBe(launch?.planVersion);

    // The imported project has its schedule, equal to the source's.
    const [a, b] = [await from.schedule(launchId), await into.schedule(newLaunch?.id as string)];
    expect(b.schedule).toEqual(a.schedule);
    expect(b.planVersion).toBe(a.planVersion);
    const summary = (db: Store, id: string) =>
      db.db.query("SELECT summary FROM schedules WHERE project_id = $1", [id]);
    expect(await summary(into, newLaunch?.id as string)).toEqual(await summary(from, launchId));
  });

  it("matches members by email, creates missing accounts without a password, and audits every creation", async () => {
    const { workspaceId } = await seed(from);
    const exported = await exportWorkspace(from.db, workspaceId);
    const bob = await accounts.createUser(into.db, null, {
      email: "bob@example.com",
      name: "Robert",
      passwordHash: "kept",
    });
    const result = await importWorkspace(into.db, exported, { name: "Platform (restored)" });
    expect(result.createdUsers).toEqual(["ada@example.com", "cy@example.com"]);
    expect(result.name).toBe("Platform (restored)");
    expect((await accounts.credentialsByEmail(into.db, "bob@example.com"))?.passwordHash).toBe("kept");
    expect((await accounts.credentialsByEmail(into.db, "ada@example.com"))?.passwordHash).toBeNull();
    expect(await accounts.workspaceRole(into.db, bob.id, result.workspaceId)).toBe("member");

    const history = await into.history({ workspaceId: result.workspaceId, limit: 1000 });
    const created = (entity: string) =>
      history.filter((e) => e.entity === entity && e.action === "create").length;
    expect(history.every((e) => e.action === "create" && e.actorId === null)).toBe(true);
    expect(created("workspace")).toBe(1);
    expect(created("project")).toBe(2);
    expect(created("member")).toBe(4);
    expect(created("task")).toBe(4);
    expect(created("link")).toBe(3);
    expect(created("calendar")).toBe(3);
    expect(created("resource")).toBe(2);
    expect(created("assignment")).toBe(2);
    expect(created("baseline")).toBe(1);
    const users = (await into.history({ entity: "user", limit: 1000 })).filter((e) => e.entityId !== bob.id);
    expect(users.map((e) => (e.after as { email: string }).email).sort()).toEqual([
      "ada@example.com",
      "cy@example.com",
    ]);
  });

  it("names the JSON path of bad input and stores nothing", async () => {
    const { workspaceId } = await seed(from);
    const exported = await exportWorkspace(from.db, workspaceId);
    const broken = JSON.parse(JSON.stringify(exported));
    broken.projects[1].tasks[1].duration = "five days";
    broken.projects[1].links[0].to = "nowhere";
    broken.members[0].colour = "red";

    const attempt = importWorkspace(into.db, broken);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await attempt.catch((e: ValidationError) =>
      expect(e.fields.map((f) => f.path)).toEqual(["members[0]", "projects[1].tasks[1].duration"]),
    );
    const shape = JSON.parse(JSON.stringify(exported));
    shape.projects[1].links[0].to = "nowhere";
    shape.projects[1].tasks[0].parent = "ga";
    shape.projects[1].tasks[3].parent = "design";
    await expect(importWorkspace(into.db, shape)).rejects.toSatisfy((e: ValidationError) => {
      expect(e.fields).toEqual([
        { path: "projects[1].links[0].to", message: expect.stringMatching(/names task "nowhere"/) },
        { path: "projects[1].tasks[0].parent", message: expect.stringMatching(/cycle/) },
      ]);
      return true;
    });
    expect(() => parseWorkspaceExport({ format: "keel-workspace", formatVersion: 2 })).toThrow(
      /unsupported workspace export version/,
    );
    expect(() => parseWorkspaceExport([1, 2])).toThrow(/not a Keel workspace export/);
    expect(await listWorkspaces(into.db)).toEqual([]);
    expect(await accounts.countUsers(into.db)).toBe(0);
  });

  it("rolls everything back when a project cannot be scheduled", async () => {
    const { workspaceId } = await seed(from);
    const exported = await exportWorkspace(from.db, workspaceId);
    // The second project (Launch) uses a calendar the file no longer holds: found only by the engine,
    // after the first project, the workspace and the users were already written.
    const broken = JSON.parse(JSON.stringify(exported));
    broken.projects[1].calendars.splice(0, 2);
    const attempt = importWorkspace(into.db, broken);
    await expect(attempt).rejects.toBeInstanceOf(PlanRejectedError);
    await attempt.catch((e: Error) => expect(e.message).toMatch(/project "Launch"/));
    expect(await listWorkspaces(into.db)).toEqual([]);
    expect(await accounts.countUsers(into.db)).toBe(0);
    expect(await into.history({ limit: 10 })).toEqual([]);
  });

  it("keeps a practice project's exercise through export and import, and imports files without it", async () => {
    const { workspaceId } = await seed(from);
    const [owner] = await from.db.query<{ user_id: string }>(
      "SELECT user_id FROM workspace_members WHERE workspace_id = $1 AND role = 'owner'",
      [workspaceId],
    );
    await from.createProjectFromPlan(
      owner?.user_id as string,
      workspaceId,
      readPlan(
        'project: { name: "Practice: A living risk register", start: 2027-02-01 }\ntasks:\n  - { id: kickoff, name: Kickoff, duration: 1d }\n',
        "practice.yaml",
      ).plan,
      { practiceExercise: "risk-register" },
    );
    const exported = await exportWorkspace(from.db, workspaceId);
    expect(exported.projects.map((p) => [p.settings.name, p.practiceExercise])).toEqual([
      ["Empty", undefined],
      ["Launch", undefined],
      ["Practice: A living risk register", "risk-register"],
    ]);
    // Ordinary projects carry no marker at all, so their JSON is what it was before practice projects.
    expect(JSON.parse(JSON.stringify(exported)).projects[0]).not.toHaveProperty("practiceExercise");

    const marks = async (imported: { projects: readonly { id: string; name: string }[] }) => {
      const found = await career.practiceExercises(
        into.db,
        imported.projects.map((p) => p.id),
      );
      return imported.projects.map((p) => [p.name, found.get(p.id)]);
    };
    const imported = await importWorkspace(into.db, JSON.parse(JSON.stringify(exported)));
    expect(await marks(imported)).toEqual([
      ["Empty", undefined],
      ["Launch", undefined],
      ["Practice: A living risk register", "risk-register"],
    ]);
    expect(withoutTime(await exportWorkspace(into.db, imported.workspaceId))).toEqual(withoutTime(exported));

    // A file from before practice projects: every project comes in as an ordinary one.
    const older = JSON.parse(JSON.stringify(exported));
    for (const p of older.projects) delete p.practiceExercise;
    const plain = await importWorkspace(into.db, older, { name: "Platform (older file)" });
    expect((await marks(plain)).map(([, exercise]) => exercise)).toEqual([undefined, undefined, undefined]);

    const unknown = JSON.parse(JSON.stringify(exported));
    unknown.projects[2].practiceExercise = "juggling";
    await expect(importWorkspace(into.db, unknown, { name: "Bad" })).rejects.toSatisfy(
      (e: ValidationError) => {
        expect(e.fields.map((f) => f.path)).toEqual(["projects[2].practiceExercise"]);
        return true;
      },
    );
    expect((await listWorkspaces(into.db)).map((w) => w.name)).toEqual(["Platform", "Platform (older file)"]);
  });

  it("lists workspaces with their project counts", async () => {
    const { workspaceId } = await seed(from);
    expect(await listWorkspaces(from.db)).toEqual([{ id: workspaceId, name: "Platform", projects: 2 }]);
  });
});
