import { schedulePlan } from "@keel/engine";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlanRejectedError } from "./errors.js";
import { loadPlan } from "./plan-loader.js";
import { accounts } from "./repositories/accounts.js";
import { Store } from "./store.js";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "./testing/test-database.js";

const IDS = ["a", "b", "c", "d", "e", "f"];

type Step =
  | { kind: "task"; id: string; days: number; parent: string | null }
  | { kind: "untask"; id: string }
  | { kind: "link"; from: string; to: string; type: "FS" | "SS" | "FF" }
  | { kind: "unlink"; index: number }
  | { kind: "start"; day: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("task" as const),
    id: fc.constantFrom(...IDS),
    days: fc.integer({ min: 0, max: 9 }),
    parent: fc.option(fc.constantFrom(...IDS), { nil: null }),
  }),
  fc.record({ kind: fc.constant("untask" as const), id: fc.constantFrom(...IDS) }),
  fc.record({
    kind: fc.constant("link" as const),
    from: fc.constantFrom(...IDS),
    to: fc.constantFrom(...IDS),
    type: fc.constantFrom("FS" as const, "SS" as const, "FF" as const),
  }),
  fc.record({ kind: fc.constant("unlink" as const), index: fc.nat(20) }),
  fc.record({ kind: fc.constant("start" as const), day: fc.integer({ min: 4, max: 8 }) }),
);

describe.each(TEST_DRIVERS)("plan snapshots on %s", (driver) => {
  let t: TestDatabase;
  let userId: string;
  let workspaceId: string;

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    userId = (
      await accounts.createUser(t.db, null, { email: "ada@example.com", name: "Ada", passwordHash: null })
    ).id;
    workspaceId = (await t.db.transaction((tx) => accounts.createWorkspace(tx, userId, "W"))).id;
  });
  afterAll(() => t.dispose());

  // Two stores on one database stand for two server instances: each keeps its own snapshots and
  // must notice the other's edits. After every edit, the stored schedule must be exactly what the
  // engine computes from the plan as stored.
  it("stores the schedule of exactly the stored plan, whichever instance edits", async () => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), step), { minLength: 4, maxLength: 12 }),
        async (steps) => {
          const instances = [new Store(t.db), new Store(t.db)] as const;
          const project = await instances[0].createProject(userId, workspaceId, {
            name: "P",
            start: "2027-01-04",
          });
          await instances[1].editProject(userId, project.id, async (edit) => {
            for (const id of IDS) {
              await instances[1].tasks.create(edit, {
                id,
                name: id,
                duration: { value: 1, unit: "d", elapsed: false },
              });
            }
          });
          for (const [second, s] of steps) {
            const store = instances[second ? 1 : 0];
            const done =
              s.kind === "start"
                ? store
                    .getProject(t.db, project.id)
                    .then((p) =>
                      store.updateProject(userId, project.id, p.version, { start: `2027-01-0${s.day}` }),
                    )
                : store.editProject(userId, project.id, (edit) => apply(store, edit, project.id, s));
            await done.then(
              () => applied++,
              (error) => {
                if (
                  !(error instanceof PlanRejectedError) &&
                  !/does not exist|already exists/.test(String(error))
                ) {
                  throw error;
                }
              },
            );
            const stored = await store.schedule(project.id);
            const current = await store.getProject(t.db, project.id);
            expect(stored.planVersion).toBe(current.planVersion);
            expect(stored.schedule).toEqual(
              JSON.parse(JSON.stringify(schedulePlan(await loadPlan(t.db, project.id)))),
            );
          }
        },
      ),
      { numRuns: driver === "pglite" ? 15 : 10 },
    );
    // Most steps must really change the plan, or the property says little.
    expect(applied).toBeGreaterThan(50);
  });
});

async function apply(
  store: Store,
  edit: Parameters<Parameters<Store["editProject"]>[2]>[0],
  projectId: string,
  s: Step,
) {
  const db = edit.tx;
  if (s.kind === "task") {
    const existing = await store.tasks.find(db, projectId, s.id);
    const fields = {
      name: s.id,
      duration: { value: s.days, unit: "d", elapsed: false },
      parent: s.parent === s.id ? null : s.parent,
    };
    return existing === undefined
      ? store.tasks.create(edit, { id: s.id, ...fields })
      : store.tasks.update(edit, s.id, existing.version, fields);
  }
  if (s.kind === "untask") {
    for (const link of await store.links.list(db, projectId)) {
      if (link.from === s.id || link.to === s.id) await store.links.delete(edit, link.id, undefined);
    }
    for (const child of (await store.tasks.list(db, projectId)).filter((x) => x.parent === s.id)) {
      await store.tasks.update(edit, child.id, child.version, { parent: null });
    }
    await store.tasks.delete(edit, s.id, undefined);
    return store.tasks.create(edit, {
      id: s.id,
      name: `${s.id} again`,
      duration: { value: 2, unit: "d", elapsed: false },
    });
  }
  if (s.kind === "link") return store.links.create(edit, { from: s.from, to: s.to, type: s.type });
  if (s.kind === "unlink") {
    const links = await store.links.list(db, projectId);
    const link = links[s.index % Math.max(1, links.length)];
    return link === undefined ? undefined : store.links.delete(edit, link.id, undefined);
  }
  return undefined;
}
