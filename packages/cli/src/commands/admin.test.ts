import { accounts, credentials, Store } from "@keel/store";
import { openTestDatabase, type TestDatabase } from "@keel/store/testing";
import { verify } from "@node-rs/argon2";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-code.js";
import { bufferedOutput } from "../output.js";
import { resetPassword } from "./admin.js";
import type { OpenStore } from "./open-store.js";

describe("keel admin reset-password", () => {
  let t: TestDatabase;
  let store: Store;
  let open: OpenStore;
  let userId: string;

  beforeEach(async () => {
    t = await openTestDatabase("pglite");
    store = await Store.open(t.db);
    open = async () => ({ store, close: async () => undefined });
    userId = (
      await accounts.createUser(store.db, null, { email: "ada@example.com", name: "Ada", passwordHash: null })
    ).id;
    await credentials.createSession(store.db, {
      tokenHash: "session-1",
      userId,
      csrfToken: "csrf",
      expiresAt: new Date(Date.now() + 3_600_000),
    });
  }, 60_000); // the first test of a process builds the PGlite template (initdb)
  afterEach(() => t?.dispose());

  const storedHash = async () =>
    (await accounts.credentialsByEmail(store.db, "ada@example.com"))?.passwordHash;
  const noStdin = () => Promise.reject(new Error("stdin must not be read"));

  it("sets a generated password, prints it once on stdout, and signs the account out everywhere", async () => {
    const output = bufferedOutput();
    expect(await resetPassword("Ada@Example.com", { passwordStdin: false }, output, open, noStdin)).toBe(
      ExitCode.ok,
    );
    const password = output.stdout.trim();
    expect(output.stdout).toMatch(/^[A-Za-z0-9_-]{24}\n$/);
    expect(output.stderr).toBe(
      "New password for ada@example.com (shown only this once):\nEvery session of this account has been signed out.\n",
    );
    expect(await verify((await storedHash()) as string, password)).toBe(true);
    expect(await credentials.session(store.db, "session-1")).toBeUndefined();
    const [entry] = await store.history({ entity: "user", entityId: userId, limit: 1 });
    expect(entry).toMatchObject({ action: "update", after: { password: "changed" } });
  });

  it("takes the password from stdin with --password-stdin, printing no secret", async () => {
    const output = bufferedOutput();
    const stdin = async () => "correct horse battery\n";
    expect(await resetPassword("ada@example.com", { passwordStdin: true }, output, open, stdin)).toBe(
      ExitCode.ok,
    );
    expect(output.stdout).toBe("");
    expect(output.stderr).toContain("Password of ada@example.com changed.\n");
    expect(await verify((await storedHash()) as string, "correct horse battery")).toBe(true);
  });

  it("refuses a short password from stdin before touching the account", async () => {
    const attempt = resetPassword(
      "ada@example.com",
      { passwordStdin: true },
      bufferedOutput(),
      open,
      async () => "short\n",
    );
    await expect(attempt).rejects.toThrow(/too short: use at least 10 characters/);
    expect(await storedHash()).toBeNull();
    expect(await credentials.session(store.db, "session-1")).toBeDefined();
  });

  it("fails with exit 1 on an unknown email", async () => {
    const output = bufferedOutput();
    expect(await resetPassword("bob@example.com", { passwordStdin: false }, output, open, noStdin)).toBe(
      ExitCode.planFailed,
    );
    expect(output.stderr).toBe("keel: no account has the email bob@example.com\n");
    expect(output.stdout).toBe("");
  });
});
