import { accounts } from "@keel/store";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantWorkspaceRole, json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

// With the access cache on, as in production: writes through this instance apply at once.
describe.each(TEST_DRIVERS)("remembered access on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let bob: TestClient;
  let workspaceId: string;
  let projectId: string;

  beforeEach(async () => {
    t = await openTestApp(driver, { config: { accessCacheMs: 60_000 } });
    ada = await t.user("Ada");
    bob = await t.user("Bob");
    workspaceId = (await json(ada.request("POST", "/api/workspaces", { name: "W" }))).id;
    projectId = (
      await json(
        ada.request("POST", `/api/workspaces/${workspaceId}/projects`, { name: "P", start: "2027-01-04" }),
      )
    ).id;
    await grantWorkspaceRole(t.store, ada.userId, workspaceId, bob.userId, "viewer");
  });
  afterEach(() => t.dispose());

  it("applies a removal made through this server at once", async () => {
    expect((await bob.request("GET", `/api/projects/${projectId}`)).status).toBe(200);
    expect((await ada.request("DELETE", `/api/workspaces/${workspaceId}/members/${bob.userId}`)).status).toBe(
      204,
    );
    expect((await bob.request("GET", `/api/projects/${projectId}`)).status).toBe(404);
  });

  it("applies a sign-out at once", async () => {
    expect((await bob.request("GET", "/api/session")).status).toBe(200);
    expect((await bob.request("DELETE", "/api/session")).status).toBe(204);
    expect((await bob.request("GET", "/api/session")).status).toBe(401);
  });

  it("remembers a role changed elsewhere until its time to live runs out", async () => {
    expect((await bob.request("GET", `/api/projects/${projectId}`)).status).toBe(200);
    // Another instance removes Bob: this one does not see it until the entry expires or a write here clears it.
    await t.store.db.transaction((tx) => accounts.removeMember(tx, ada.userId, { workspaceId }, bob.userId));
    expect((await bob.request("GET", `/api/projects/${projectId}`)).status).toBe(200);
    t.services.access.clear();
    expect((await bob.request("GET", `/api/projects/${projectId}`)).status).toBe(404);
  });
});
