import type { ProductVision } from "@keel/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readHistory } from "./audit.js";
import { ValidationError, VersionConflictError } from "./errors.js";
import { accounts } from "./repositories/accounts.js";
import { PRODUCT_VISION_ID, productVisionOf } from "./repositories/product-vision.js";
import { Store } from "./store.js";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "./testing/test-database.js";
import { exportWorkspace, importWorkspace } from "./workspace-transfer.js";

const vision: ProductVision = {
  product: "Tally",
  audience: "Small shops",
  statement: "Every shop closes its day in five minutes.",
  horizonYears: 3,
  objectives: [
    {
      id: "O1",
      title: "Closing is quick",
      year: 2027,
      keyResults: [
        { statement: "Median close 5 min", metric: "close time", baseline: 25, target: 5, unit: "min" },
      ],
    },
  ],
  roadmap: [{ title: "One-tap close", quarter: "2027-Q3", objectives: ["O1"] }],
  notDoing: ["A marketplace"],
  reviews: [],
};

describe.each(TEST_DRIVERS)("product vision on %s", (driver) => {
  let source: TestDatabase;
  // Only the transfer test needs a second database.
  let target: TestDatabase | undefined;
  let store: Store;
  let userId: string;
  let workspaceId: string;
  let projectId: string;

  beforeEach(async () => {
    source = await openTestDatabase(driver);
    store = await Store.open(source.db);
    const ada = await accounts.createUser(store.db, null, {
      email: "ada@example.com",
      name: "Ada",
      passwordHash: "x",
    });
    userId = ada.id;
    workspaceId = (await store.db.transaction((tx) => accounts.createWorkspace(tx, ada.id, "Shop"))).id;
    projectId = (await store.createProject(userId, workspaceId, { name: "Tally", start: "2027-01-04" })).id;
  });

  afterEach(async () => {
    await source?.dispose();
    await target?.dispose();
    target = undefined;
  });

  it("reads the empty vision at version 0, then the one saved, and refuses a stale version", async () => {
    expect(await productVisionOf(store.db, projectId)).toMatchObject({
      version: 0,
      vision: { statement: "" },
    });
    await store.editProject(userId, projectId, (edit) =>
      store.productVisions.create(edit, { ...vision, id: PRODUCT_VISION_ID }),
    );
    expect(await productVisionOf(store.db, projectId)).toEqual({ vision, version: 1 });
    await store.editProject(userId, projectId, (edit) =>
      store.productVisions.update(edit, PRODUCT_VISION_ID, 1, { ...vision, horizonYears: 5 }),
    );
    expect((await productVisionOf(store.db, projectId)).vision.horizonYears).toBe(5);
    await expect(
      store.editProject(userId, projectId, (edit) =>
        store.productVisions.update(edit, PRODUCT_VISION_ID, 1, { ...vision, horizonYears: 7 }),
      ),
    ).rejects.toBeInstanceOf(VersionConflictError);
    const history = await readHistory(store.db, { projectId, entity: "product_vision" });
    expect(history.map((e) => e.action)).toEqual(["update", "create"]);
  });

  it("refuses a vision of the wrong shape and stores nothing", async () => {
    await expect(
      store.editProject(userId, projectId, (edit) =>
        store.productVisions.create(edit, { ...vision, horizonYears: 12, id: PRODUCT_VISION_ID }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await productVisionOf(store.db, projectId)).version).toBe(0);
  });

  it("goes with its project through a workspace export and import", async () => {
    const empty = await exportWorkspace(store.db, workspaceId);
    expect(empty.projects[0]?.productVision).toBeUndefined();
    await store.editProject(userId, projectId, (edit) =>
      store.productVisions.create(edit, { ...vision, id: PRODUCT_VISION_ID }),
    );
    const exported = await exportWorkspace(store.db, workspaceId);
    expect(exported.projects[0]?.productVision).toEqual(vision);
    target = await openTestDatabase(driver);
    const into = await Store.open(target.db);
    const imported = await importWorkspace(into.db, JSON.parse(JSON.stringify(exported)));
    const project = (
      await into.projectsOf((await accounts.credentialsByEmail(into.db, "ada@example.com"))?.user.id ?? "")
    ).find((p) => p.workspaceId === imported.workspaceId);
    expect(await productVisionOf(into.db, project?.id ?? "")).toEqual({ vision, version: 1 });
  });
});
