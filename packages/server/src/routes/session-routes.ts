import { accounts, credentials } from "@keel/store";
import { z } from "zod";
import { TOKEN_PREFIX } from "../auth/authenticate.js";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../auth/passwords.js";
import { hashSecret, newSecret, sameSecret } from "../auth/secrets.js";
import { clearSessionCookie } from "../auth/session-cookie.js";
import { startSession } from "../auth/sign-in.js";
import { HttpError } from "../http-error.js";
import { route } from "./route.js";

export const SETUP_TOKEN_SETTING = "setup_token_hash";

const email = z.email().max(320);
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024);

/** Creates the one-time setup token if no account exists yet; returns the token to print, or undefined. */
export async function ensureSetupToken(
  db: Parameters<typeof accounts.countUsers>[0],
): Promise<string | undefined> {
  if ((await accounts.countUsers(db)) > 0) return undefined;
  const token = newSecret();
  await credentials.putSetting(db, SETUP_TOKEN_SETTING, hashSecret(token));
  return token;
}

export const sessionRoutes = [
  route({
    method: "GET",
    path: "/api/setup",
    summary: "Whether this instance still needs its first owner",
    tag: "Session",
    access: { scope: "public" },
    handle: async ({ store }) => ({ needed: (await accounts.countUsers(store.db)) === 0 }),
  }),
  route({
    method: "POST",
    path: "/api/setup",
    summary: "Create the first owner with the one-time setup token printed by keel serve",
    tag: "Session",
    access: { scope: "public" },
    status: 201,
    body: z.strictObject({
      token: z.string().min(1),
      email,
      name: z.string().min(1).max(200),
      password,
      workspace: z.string().min(1).max(200).optional(),
    }),
    handle: async ({ c, body, store, services }) => {
      const expected = await credentials.setting<string>(store.db, SETUP_TOKEN_SETTING);
      if (expected === undefined || !sameSecret(hashSecret(body.token), expected)) {
        throw new HttpError(
          403,
          "setup_closed",
          "this setup link is not valid (already used, or from an earlier start); ask an owner for an account",
        );
      }
      const passwordHash = await hashPassword(body.password);
      const { user, workspace } = await store.db.transaction(async (tx) => {
        // Lock the token: a second setup racing this one waits here, then finds the token gone.
        const [locked] = await tx.query<{ value: string }>(
          "SELECT value FROM settings WHERE key = $1 FOR UPDATE",
          [SETUP_TOKEN_SETTING],
        );
        if (
          locked === undefined ||
          !sameSecret(hashSecret(body.token), locked.value) ||
          (await accounts.countUsers(tx)) > 0
        )
          throw new HttpError(403, "setup_closed", "the first owner already exists");
        const user = await accounts.createUser(tx, null, {
          email: body.email,
          name: body.name,
          passwordHash,
        });
        const workspace = await accounts.createWorkspace(
          tx,
          user.id,
          body.workspace ?? `${body.name}'s workspace`,
        );
        await credentials.deleteSetting(tx, SETUP_TOKEN_SETTING);
        return { user, workspace };
      });
      const csrfToken = await startSession(services, c, user.id);
      return { user, workspace, csrfToken };
    },
  }),
  route({
    method: "POST",
    path: "/api/session",
    summary: "Sign in with email and password; sets the session cookie",
    tag: "Session",
    access: { scope: "public" },
    body: z.strictObject({ email: z.string().max(320), password: z.string().max(1024) }),
    handle: async ({ c, body, store, services }) => {
      const keys = [
        `email:${body.email.trim().toLowerCase()}`,
        `ip:${clientAddress(c, services.config.trustProxy)}`,
      ];
      const wait = Math.max(...keys.map((k) => services.loginLimiter.retryAfter(k)));
      if (wait > 0) {
        c.header("Retry-After", String(Math.ceil(wait / 1000)));
        throw new HttpError(
          429,
          "rate_limited",
          `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`,
        );
      }
      const found = await accounts.credentialsByEmail(store.db, body.email);
      if (!(await verifyPassword(found?.passwordHash ?? null, body.password)) || found === undefined) {
        for (const k of keys) services.loginLimiter.fail(k);
        throw new HttpError(401, "bad_credentials", "wrong email or password");
      }
      for (const k of keys) services.loginLimiter.succeed(k);
      const csrfToken = await startSession(services, c, found.user.id);
      return { user: found.user, csrfToken };
    },
  }),
  route({
    method: "GET",
    path: "/api/session",
    summary: "The signed-in user, their workspaces, and the CSRF token for cookie-authenticated writes",
    tag: "Session",
    access: { scope: "user" },
    handle: async ({ caller, store }) => ({
      user: await accounts.userById(store.db, caller.userId),
      workspaces: await accounts.workspacesOf(store.db, caller.userId),
      csrfToken: caller.csrfToken ?? null,
    }),
  }),
  route({
    method: "DELETE",
    path: "/api/session",
    summary: "Sign out",
    tag: "Session",
    access: { scope: "user" },
    handle: async ({ c, caller, store }) => {
      if (caller.sessionHash !== undefined) await credentials.deleteSession(store.db, caller.sessionHash);
      clearSessionCookie(c);
      return undefined;
    },
  }),
  route({
    method: "PUT",
    path: "/api/me/password",
    summary: "Change your password (signs out every session)",
    tag: "Session",
    access: { scope: "user" },
    body: z.strictObject({ currentPassword: z.string().max(1024), newPassword: password }),
    handle: async ({ caller, body, store }) => {
      const user = await accounts.userById(store.db, caller.userId);
      const found = user === undefined ? undefined : await accounts.credentialsByEmail(store.db, user.email);
      if (!(await verifyPassword(found?.passwordHash ?? null, body.currentPassword))) {
        throw new HttpError(403, "bad_credentials", "the current password is wrong");
      }
      const hash = await hashPassword(body.newPassword);
      await store.db.transaction((tx) => accounts.setPassword(tx, caller.userId, caller.userId, hash));
      return undefined;
    },
  }),
  route({
    method: "GET",
    path: "/api/tokens",
    summary: "Your personal API tokens (without their secrets)",
    tag: "Session",
    access: { scope: "user" },
    handle: ({ caller, store }) => credentials.apiTokens(store.db, caller.userId),
  }),
  route({
    method: "POST",
    path: "/api/tokens",
    summary: "Create a personal API token; the secret is shown once",
    tag: "Session",
    access: { scope: "user" },
    status: 201,
    body: z.strictObject({
      name: z.string().min(1).max(200),
      expiresInDays: z.number().int().positive().max(3650).optional(),
    }),
    handle: async ({ caller, body, store }) => {
      const secret = newSecret(TOKEN_PREFIX);
      const record = await store.db.transaction((tx) =>
        credentials.createApiToken(tx, {
          userId: caller.userId,
          name: body.name,
          tokenHash: hashSecret(secret),
          expiresAt:
            body.expiresInDays === undefined ? null : new Date(Date.now() + body.expiresInDays * 86_400_000),
        }),
      );
      return { ...record, token: secret };
    },
  }),
  route({
    method: "DELETE",
    path: "/api/tokens/:tokenId",
    summary: "Revoke a personal API token",
    tag: "Session",
    access: { scope: "user" },
    handle: async ({ caller, params, store }) => {
      const deleted = await store.db.transaction((tx) =>
        credentials.deleteApiToken(tx, caller.userId, params.tokenId as string),
      );
      if (!deleted) {
        throw new HttpError(404, "not_found", `token "${params.tokenId}" was not found`, { entity: "token" });
      }
      return undefined;
    },
  }),
];

function clientAddress(
  c: { req: { header(name: string): string | undefined }; env?: unknown },
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded !== undefined && forwarded !== "") return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}
