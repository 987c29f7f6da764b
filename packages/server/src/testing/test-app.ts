import { accounts, credentials, type Role, Store } from "@keel/store";
import { openTestDatabase, type TestDriver } from "@keel/store/testing";
import type { Hono } from "hono";
import { createApp } from "../app.js";
import { AccessCache } from "../auth/access-cache.js";
import { TOKEN_PREFIX } from "../auth/authenticate.js";
import { hashPassword } from "../auth/passwords.js";
import { RateLimiter } from "../auth/rate-limit.js";
import { hashSecret, newSecret } from "../auth/secrets.js";
import { SESSION_COOKIE } from "../auth/session-cookie.js";
import type { ServerConfig } from "../config.js";
import { ChangeFeed } from "../events/change-feed.js";
import { silentLogger } from "../log.js";
import type { ServerServices } from "../services.js";

export interface TestClient {
  readonly userId: string;
  /** Sends a request as this user: a session cookie plus the CSRF header, or a bearer token. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export interface TestApp {
  readonly app: Hono;
  readonly services: ServerServices;
  readonly store: Store;
  /**
   * A user with a live session (created directly in the database; no password round trip).
   * With `password`, the account gets that password (argon2id-hashed) so it can also sign in.
   */
  user(name: string, options?: { password?: string }): Promise<TestClient>;
  /** Another live session of an existing user (its own cookie and CSRF token). */
  sessionFor(userId: string): Promise<TestClient>;
  /** A client that authenticates as `userId` with a new personal API token, without cookie or CSRF header. */
  bearerFor(userId: string): Promise<TestClient>;
  anonymous(): TestClient;
  dispose(): Promise<void>;
}

export const TEST_CONFIG: ServerConfig = {
  port: 0,
  host: "127.0.0.1",
  databaseUrl: undefined,
  dataDir: "",
  publicUrl: "http://localhost",
  trustProxy: false,
  bodyLimit: 1024 * 1024,
  importLimit: 4 * 1024 * 1024,
  // Tests change roles and credentials in the database directly and expect them to apply at once.
  accessCacheMs: 0,
};

/** The app on a fresh test database, called in-process through `app.request`. */
export async function openTestApp(
  driver: TestDriver,
  options: { config?: Partial<ServerConfig> } = {},
): Promise<TestApp> {
  const t = await openTestDatabase(driver);
  const store = new Store(t.db);
  const feed = await ChangeFeed.start(t.db);
  const config = { ...TEST_CONFIG, ...options.config };
  const services: ServerServices = {
    store,
    config,
    loginLimiter: new RateLimiter(5, 60_000),
    access: new AccessCache(config.accessCacheMs),
    feed,
    log: silentLogger,
  };
  const app = createApp(services);
  const send =
    (auth: Record<string, string>) =>
    async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.request(path, {
        method,
        headers: {
          ...auth,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body) }),
      });
  const sessionFor = async (userId: string): Promise<TestClient> => {
    const token = newSecret();
    const csrfToken = newSecret();
    await credentials.createSession(t.db, {
      tokenHash: hashSecret(token),
      userId,
      csrfToken,
      expiresAt: new Date(Date.now() + 3600_000),
    });
    return { userId, request: send({ cookie: `${SESSION_COOKIE}=${token}`, "x-csrf-token": csrfToken }) };
  };
  return {
    app,
    services,
    store,
    async user(name: string, options: { password?: string } = {}) {
      const user = await accounts.createUser(t.db, null, {
        email: `${name.toLowerCase().replace(/\W/g, "")}@example.com`,
        name,
        passwordHash: options.password === undefined ? null : await hashPassword(options.password),
      });
      return sessionFor(user.id);
    },
    sessionFor,
    async bearerFor(userId: string) {
      const token = newSecret(TOKEN_PREFIX);
      await credentials.createApiToken(t.db, {
        userId,
        name: "test",
        tokenHash: hashSecret(token),
        expiresAt: null,
      });
      return { userId, request: send({ authorization: `Bearer ${token}` }) };
    },
    anonymous: () => ({ userId: "", request: send({}) }),
    async dispose() {
      await feed.close();
      await t.dispose();
    },
  };
}

/** Gives `userId` a role in a workspace (as its owner would). */
export async function grantWorkspaceRole(
  store: Store,
  ownerId: string,
  workspaceId: string,
  userId: string,
  role: Role,
) {
  await store.db.transaction((tx) => accounts.setMember(tx, ownerId, { workspaceId }, userId, role));
}

/** Gives `userId` a role on one project, overriding their workspace role there (as a manager would). */
export async function grantProjectRole(
  store: Store,
  actorId: string,
  projectId: string,
  userId: string,
  role: Role,
) {
  const { workspaceId } = await store.getProject(store.db, projectId);
  await store.db.transaction((tx) =>
    accounts.setMember(tx, actorId, { workspaceId, projectId }, userId, role),
  );
}

/** A response body as JSON, loosely typed: tests check its shape with `expect`. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions check the shape.
export async function json(response: Response | Promise<Response>): Promise<any> {
  return (await response).json();
}
