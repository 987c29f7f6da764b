import { credentials } from "@keel/store";
import type { Context } from "hono";
import type { ServerServices } from "../services.js";
import { hashSecret, newSecret } from "./secrets.js";
import { SESSION_DAYS, writeSessionCookie } from "./session-cookie.js";

/** Starts a session for `userId`: stores its hash, sets the cookie, returns the CSRF token for writes. */
export async function startSession(services: ServerServices, c: Context, userId: string): Promise<string> {
  const token = newSecret();
  const csrfToken = newSecret();
  await credentials.createSession(services.store.db, {
    tokenHash: hashSecret(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000),
  });
  writeSessionCookie(c, token, services.config.trustProxy);
  return csrfToken;
}
