import { accounts, credentials } from "@keel/store";
import { TEST_DRIVERS } from "@keel/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { hashSecret, newSecret } from "./auth/secrets.js";
import { SESSION_COOKIE } from "./auth/session-cookie.js";
import { ensureSetupToken } from "./routes/session-routes.js";
import { json, openTestApp, type TestApp, type TestClient } from "./testing/test-app.js";

const PASSWORD = "correct horse battery";

interface Signed {
  readonly res: Response;
  /** `keel_session=…`, ready for a Cookie header. */
  readonly cookie: string | undefined;
  readonly csrfToken: string | undefined;
}

/** A request as a browser would send it: optional cookie and CSRF header, from a given client address. */
function send(
  app: { request: TestApp["app"]["request"] },
  method: string,
  path: string,
  options: {
    body?: unknown;
    cookie?: string | undefined;
    csrf?: string | undefined;
    headers?: Record<string, string>;
    ip?: string;
  } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  if (options.csrf !== undefined) headers["x-csrf-token"] = options.csrf;
  return Promise.resolve(
    app.request(
      path,
      {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      },
      { incoming: { socket: { remoteAddress: options.ip ?? "192.0.2.1" } } },
    ),
  );
}

function sessionCookie(res: Response): string | undefined {
  const header = res.headers.get("set-cookie") ?? "";
  const match = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(header);
  return match === null || match[1] === "" ? undefined : `${SESSION_COOKIE}=${match[1]}`;
}

async function signIn(
  app: { request: TestApp["app"]["request"] },
  email: string,
  password: string,
  options: { ip?: string; url?: string; headers?: Record<string, string> } = {},
): Promise<Signed> {
  const res = await send(app, "POST", options.url ?? "/api/session", {
    body: { email, password },
    ...(options.ip === undefined ? {} : { ip: options.ip }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
  const body = res.status === 200 ? await json(res.clone()) : undefined;
  return { res, cookie: sessionCookie(res), csrfToken: body?.csrfToken };
}

describe.each(TEST_DRIVERS)("authentication on %s", (driver) => {
  describe("first-owner setup", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(driver);
    }, 60_000);
    afterAll(() => t?.dispose());

    it("creates exactly one first owner with the one-time token, then closes", async () => {
      const anon = t.anonymous();
      expect(await json(anon.request("GET", "/api/setup"))).toEqual({ needed: true });
      const token = (await ensureSetupToken(t.store.db)) as string;
      expect(token).toEqual(expect.any(String));
      const owner = (email: string, setupToken: string) => ({
        token: setupToken,
        email,
        name: "Grace",
        password: PASSWORD,
        workspace: "Launch",
      });

      const wrong = await anon.request("POST", "/api/setup", owner("grace@example.com", `${token}x`));
      expect(wrong.status).toBe(403);
      expect((await json(wrong)).error.code).toBe("setup_closed");
      expect(await accounts.countUsers(t.store.db)).toBe(0);

      // Two people open the printed link at once: only one becomes the owner.
      const [first, second] = await Promise.all([
        send(t.app, "POST", "/api/setup", { body: owner("grace@example.com", token) }),
        send(t.app, "POST", "/api/setup", { body: owner("mallory@example.com", token) }),
      ]);
      expect([first.status, second.status].sort()).toEqual([201, 403]);
      expect(await accounts.countUsers(t.store.db)).toBe(1);
      const winner = (first.status === 201 ? first : second) as Response;
      const created = await json(winner.clone());
      expect(created).toMatchObject({ workspace: { name: "Launch" }, csrfToken: expect.any(String) });

      // The setup response signs the owner in.
      const cookie = sessionCookie(winner);
      expect(cookie).toBeDefined();
      const session = await json(send(t.app, "GET", "/api/session", { cookie }));
      expect(session.user.id).toBe(created.user.id);
      expect(session.workspaces).toEqual([expect.objectContaining({ name: "Launch", role: "owner" })]);
      const stored = await accounts.credentialsByEmail(t.store.db, created.user.email);
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);

      // The workspace history records the owner's workspace.
      const history = await json(
        send(t.app, "GET", `/api/workspaces/${created.workspace.id}/history`, { cookie }),
      );
      expect(history).toContainEqual(
        expect.objectContaining({ entity: "workspace", action: "create", actorId: created.user.id }),
      );

      expect(await json(anon.request("GET", "/api/setup"))).toEqual({ needed: false });
      const reused = await anon.request("POST", "/api/setup", owner("eve@example.com", token));
      expect(reused.status).toBe(403);
      expect(await ensureSetupToken(t.store.db)).toBeUndefined();
      expect(await accounts.countUsers(t.store.db)).toBe(1);
    });
  });

  describe("sessions, CSRF and tokens", () => {
    let t: TestApp;
    let ada: TestClient;
    let bob: TestClient;
    let ip = 0;
    /** A client address of its own for each sign-in scenario, so rate limits do not leak between tests. */
    const freshIp = () => `198.51.100.${++ip}`;

    beforeAll(async () => {
      t = await openTestApp(driver);
      ada = await t.user("Ada", { password: PASSWORD });
      bob = await t.user("Bob", { password: PASSWORD });
    }, 60_000);
    afterAll(() => t?.dispose());

    it("signs in with the password, stored as an argon2id hash", async () => {
      const stored = await accounts.credentialsByEmail(t.store.db, "ada@example.com");
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored?.passwordHash).not.toContain(PASSWORD);

      const { res, cookie, csrfToken } = await signIn(t.app, "Ada@Example.com ", PASSWORD, { ip: freshIp() });
      expect(res.status).toBe(200);
      expect((await json(res)).user.id).toBe(ada.userId);
      const session = await json(send(t.app, "GET", "/api/session", { cookie }));
      expect(session).toMatchObject({ user: { id: ada.userId }, csrfToken });
      const write = await send(t.app, "POST", "/api/workspaces", {
        cookie,
        csrf: csrfToken,
        body: { name: "Signed in" },
      });
      expect(write.status).toBe(201);
    });

    it("answers a wrong password and an unknown email alike, with 401", async () => {
      const wrongPassword = await signIn(t.app, "ada@example.com", "not the password", { ip: freshIp() });
      const unknownEmail = await signIn(t.app, "nobody@example.com", PASSWORD, { ip: freshIp() });
      const noPassword = await signIn(t.app, "nina@example.com", "", { ip: freshIp() });
      expect(wrongPassword.res.status).toBe(401);
      expect(unknownEmail.res.status).toBe(401);
      expect(noPassword.res.status).toBe(401);
      const bodies = await Promise.all([
        wrongPassword.res.json(),
        unknownEmail.res.json(),
        noPassword.res.json(),
      ]);
      expect(bodies[0]).toEqual({ error: { code: "bad_credentials", message: "wrong email or password" } });
      expect(bodies[1]).toEqual(bodies[0]);
      expect(bodies[2]).toEqual(bodies[0]);
      expect(wrongPassword.cookie).toBeUndefined();
    });

    it("rate-limits repeated failures per email and per client address with 429 and Retry-After", async () => {
      await t.user("Rita", { password: PASSWORD });
      const ip1 = freshIp();
      for (let i = 0; i < 5; i++) {
        expect((await signIn(t.app, "rita@example.com", `guess ${i}`, { ip: ip1 })).res.status).toBe(401);
      }
      // Even the right password waits now, from any address.
      for (const from of [ip1, freshIp()]) {
        const limited = await signIn(t.app, "rita@example.com", PASSWORD, { ip: from });
        expect(limited.res.status).toBe(429);
        expect(Number(limited.res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(Number(limited.res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
        expect((await json(limited.res)).error.code).toBe("rate_limited");
        expect(limited.cookie).toBeUndefined();
      }

      // One address guessing many emails is limited too, while other addresses are not.
      const ip2 = freshIp();
      for (let i = 0; i < 5; i++) {
        expect((await signIn(t.app, `user${i}@example.com`, "guess", { ip: ip2 })).res.status).toBe(401);
      }
      expect((await signIn(t.app, "ada@example.com", PASSWORD, { ip: ip2 })).res.status).toBe(429);
      expect((await signIn(t.app, "ada@example.com", PASSWORD, { ip: freshIp() })).res.status).toBe(200);
    });

    it("sets an HttpOnly, SameSite=Lax session cookie, Secure only over HTTPS", async () => {
      const plain = await signIn(t.app, "ada@example.com", PASSWORD, { ip: freshIp() });
      const flags = plain.res.headers.get("set-cookie") as string;
      expect(flags).toMatch(/HttpOnly/i);
      expect(flags).toMatch(/SameSite=Lax/i);
      expect(flags).toMatch(/Path=\//);
      expect(flags).toMatch(/Max-Age=\d+/);
      expect(flags).not.toMatch(/Secure/i);

      const https = await signIn(t.app, "ada@example.com", PASSWORD, {
        ip: freshIp(),
        url: "https://keel.example.com/api/session",
      });
      expect(https.res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);

      // X-Forwarded-Proto counts only when the proxy is trusted.
      const forwarded = { "x-forwarded-proto": "https" };
      const untrusted = await signIn(t.app, "ada@example.com", PASSWORD, {
        ip: freshIp(),
        headers: forwarded,
      });
      expect(untrusted.res.status).toBe(200);
      expect(untrusted.res.headers.get("set-cookie")).not.toMatch(/Secure/i);
      const behindProxy = createApp({ ...t.services, config: { ...t.services.config, trustProxy: true } });
      const trusted = await signIn(behindProxy, "ada@example.com", PASSWORD, {
        ip: freshIp(),
        headers: forwarded,
      });
      expect(trusted.res.status).toBe(200);
      expect(trusted.res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    });

    it("signs out: the session stops working, other sessions go on", async () => {
      const one = await signIn(t.app, "bob@example.com", PASSWORD, { ip: freshIp() });
      expect(one.res.status).toBe(200);
      const out = await send(t.app, "DELETE", "/api/session", { cookie: one.cookie, csrf: one.csrfToken });
      expect(out.status).toBe(204);
      expect(out.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`, "i"));
      const after = await send(t.app, "GET", "/api/session", { cookie: one.cookie });
      expect(after.status).toBe(401);
      expect((await json(after)).error.code).toBe("unauthenticated");
      expect((await bob.request("GET", "/api/session")).status).toBe(200);
    });

    it("rejects an expired session with 401", async () => {
      const token = newSecret();
      await credentials.createSession(t.store.db, {
        tokenHash: hashSecret(token),
        userId: ada.userId,
        csrfToken: newSecret(),
        expiresAt: new Date(Date.now() - 1000),
      });
      const res = await send(t.app, "GET", "/api/session", { cookie: `${SESSION_COOKIE}=${token}` });
      expect(res.status).toBe(401);
      const unknown = await send(t.app, "GET", "/api/session", {
        cookie: `${SESSION_COOKIE}=${newSecret()}`,
      });
      expect(unknown.status).toBe(401);
    });

    it("needs the session's CSRF token for cookie writes, but not for bearer-token writes", async () => {
      const a = await signIn(t.app, "ada@example.com", PASSWORD, { ip: freshIp() });
      const other = await signIn(t.app, "bob@example.com", PASSWORD, { ip: freshIp() });
      const name = `CSRF ${newSecret().slice(0, 6)}`;
      for (const csrf of [undefined, "forged", "", other.csrfToken]) {
        const res = await send(t.app, "POST", "/api/workspaces", { cookie: a.cookie, csrf, body: { name } });
        expect(res.status, `X-CSRF-Token: ${csrf}`).toBe(403);
        expect((await json(res)).error.code).toBe("csrf");
      }
      // Signing out is a write too: a cross-site request cannot end the session.
      expect((await send(t.app, "DELETE", "/api/session", { cookie: a.cookie })).status).toBe(403);
      const workspaces = await json(send(t.app, "GET", "/api/workspaces", { cookie: a.cookie }));
      expect(workspaces.map((w: { name: string }) => w.name)).not.toContain(name);

      const bearer = await t.bearerFor(ada.userId);
      const res = await bearer.request("POST", "/api/workspaces", { name });
      expect(res.status).toBe(201);
      const after = await json(send(t.app, "GET", "/api/workspaces", { cookie: a.cookie }));
      expect(after.map((w: { name: string }) => w.name)).toContain(name);
    });

    it("shows a personal API token's secret once, stores only its hash, and honours revocation", async () => {
      const created = await ada.request("POST", "/api/tokens", { name: "ci" });
      expect(created.status).toBe(201);
      const { id, token } = await json(created);
      expect(token).toMatch(/^keel_[\w-]{40,}$/);

      const listed = await json(ada.request("GET", "/api/tokens"));
      expect(listed).toContainEqual(expect.objectContaining({ id, name: "ci", lastUsedAt: null }));
      expect(JSON.stringify(listed)).not.toContain(token);
      const rows = await t.store.db.query("SELECT * FROM api_tokens");
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(JSON.stringify(rows)).not.toContain(token.slice(5));
      expect(rows).toContainEqual(expect.objectContaining({ token_hash: hashSecret(token) }));

      const asToken = (method: string, path: string) =>
        send(t.app, method, path, { headers: { authorization: `Bearer ${token}` } });
      const me = await asToken("GET", "/api/session");
      expect(me.status).toBe(200);
      expect(await json(me)).toMatchObject({ user: { id: ada.userId }, csrfToken: null });
      expect((await json(ada.request("GET", "/api/tokens")))[0].lastUsedAt).not.toBeNull();
      expect((await asToken("GET", `/api/workspaces`)).status).toBe(200);
      const malformed = await send(t.app, "GET", "/api/session", {
        headers: { authorization: `Basic ${token}` },
      });
      expect(malformed.status).toBe(401);

      // Someone else cannot revoke it.
      expect((await bob.request("DELETE", `/api/tokens/${id}`)).status).toBe(404);
      expect((await asToken("GET", "/api/session")).status).toBe(200);

      expect((await ada.request("DELETE", `/api/tokens/${id}`)).status).toBe(204);
      const revoked = await asToken("GET", "/api/session");
      expect(revoked.status).toBe(401);
      expect((await ada.request("DELETE", `/api/tokens/${id}`)).status).toBe(404);
    });

    it("rejects an expired API token with 401", async () => {
      const { id, token } = await json(
        ada.request("POST", "/api/tokens", { name: "short", expiresInDays: 1 }),
      );
      const use = () => send(t.app, "GET", "/api/session", { headers: { authorization: `Bearer ${token}` } });
      expect((await use()).status).toBe(200);
      await t.store.db.query("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1", [
        id,
      ]);
      expect((await use()).status).toBe(401);
    });

    it("changing the password signs out the other sessions", async () => {
      const cleo = await t.user("Cleo", { password: PASSWORD });
      const here = await signIn(t.app, "cleo@example.com", PASSWORD, { ip: freshIp() });
      const elsewhere = await signIn(t.app, "cleo@example.com", PASSWORD, { ip: freshIp() });
      const change = (currentPassword: string) =>
        send(t.app, "PUT", "/api/me/password", {
          cookie: here.cookie,
          csrf: here.csrfToken,
          body: { currentPassword, newPassword: "a brand new passphrase" },
        });

      const wrong = await change("not my password");
      expect(wrong.status).toBe(403);
      expect((await send(t.app, "GET", "/api/session", { cookie: elsewhere.cookie })).status).toBe(200);

      expect((await change(PASSWORD)).status).toBe(204);
      expect((await send(t.app, "GET", "/api/session", { cookie: elsewhere.cookie })).status).toBe(401);
      expect((await cleo.request("GET", "/api/session")).status).toBe(401);
      expect((await signIn(t.app, "cleo@example.com", PASSWORD, { ip: freshIp() })).res.status).toBe(401);
      const again = await signIn(t.app, "cleo@example.com", "a brand new passphrase", { ip: freshIp() });
      expect(again.res.status).toBe(200);
      const stored = await accounts.credentialsByEmail(t.store.db, "cleo@example.com");
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      const audit = await t.store.history({ entity: "user", entityId: cleo.userId });
      expect(audit[0]).toMatchObject({
        action: "update",
        actorId: cleo.userId,
        after: { password: "changed" },
      });
      expect(JSON.stringify(audit)).not.toContain("argon2");
    });
  });
});
