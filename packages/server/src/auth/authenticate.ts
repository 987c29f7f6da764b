import { credentials, type Queryable } from "@keel/store";
import type { Context } from "hono";
import type { Caller } from "../routes/route.js";
import type { AccessCache } from "./access-cache.js";
import { hashSecret } from "./secrets.js";
import { readSessionCookie } from "./session-cookie.js";

export const TOKEN_PREFIX = "keel_";

/**
 * Who is calling: a personal API token (`Authorization: Bearer keel_…`) or a session cookie.
 * Returns undefined for anonymous callers and for unknown or expired credentials alike.
 */
export async function authenticate(
  db: Queryable,
  cache: AccessCache,
  c: Context,
): Promise<Caller | undefined> {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (match === null) return undefined;
    const tokenHash = hashSecret(match[1] as string);
    const userId = await cache.get(`token:${tokenHash}`, () => credentials.userOfApiToken(db, tokenHash));
    return userId === undefined ? undefined : { userId, via: "token" };
  }
  const cookie = readSessionCookie(c);
  if (cookie === undefined) return undefined;
  const sessionHash = hashSecret(cookie);
  const session = await cache.get(`session:${sessionHash}`, () => credentials.session(db, sessionHash));
  return session === undefined
    ? undefined
    : { userId: session.userId, via: "session", sessionHash, csrfToken: session.csrfToken };
}
