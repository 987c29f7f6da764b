import { accounts, type Role, roleAtLeast, zodFieldErrors } from "@keel/store";
import type { Context, Hono } from "hono";
import { authenticate } from "./auth/authenticate.js";
import { sameSecret } from "./auth/secrets.js";
import { describeFields, HttpError } from "./http-error.js";
import type { Access, Caller, Route } from "./routes/route.js";
import type { ServerServices } from "./services.js";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Registers every route of the table on `app` behind one gate: authentication, CSRF for
 * cookie-authenticated writes, the route's declared access, then body and query validation.
 * Handlers only run once all of these pass.
 */
export function mountRoutes(app: Hono, routes: readonly Route[], services: ServerServices): void {
  for (const route of routes) {
    app.on(route.method, route.path, async (c) => {
      const caller = route.access.scope === "public" ? undefined : await requireCaller(c, services);
      if (caller?.via === "session" && WRITES.has(route.method)) checkCsrf(c, caller);
      const { role, workspaceId } = await authorize(route.access, caller, c, services);
      const body = route.body === undefined ? undefined : await readBody(c, route);
      const query = route.query === undefined ? undefined : parseQuery(c, route);
      const result = await route.handle({
        c,
        body,
        query,
        params: c.req.param() as Record<string, string>,
        caller: caller as Caller,
        role,
        workspaceId,
        store: services.store,
        services,
      });
      // Any write may change who may do what (roles, sign-out, tokens); never serve those from memory after it.
      if (WRITES.has(route.method)) services.access.clear();
      if (result instanceof Response) return result;
      if (result === undefined) return c.body(null, 204);
      return c.json(result, route.status ?? 200);
    });
  }
}

async function requireCaller(c: Context, services: ServerServices): Promise<Caller> {
  const caller = await authenticate(services.store.db, services.access, c);
  if (caller === undefined) {
    throw new HttpError(
      401,
      "unauthenticated",
      "sign in first, or send a personal API token as 'Authorization: Bearer …'",
    );
  }
  return caller;
}

/** Double-submit: the session's CSRF token must come back in a header a cross-site form cannot set. */
function checkCsrf(c: Context, caller: Caller): void {
  const sent = c.req.header("x-csrf-token");
  if (sent === undefined || caller.csrfToken === undefined || !sameSecret(sent, caller.csrfToken)) {
    throw new HttpError(
      403,
      "csrf",
      "missing or wrong X-CSRF-Token header; GET /api/session returns the token",
    );
  }
}

async function authorize(
  access: Access,
  caller: Caller | undefined,
  c: Context,
  services: ServerServices,
): Promise<{ role: Role | undefined; workspaceId: string | undefined }> {
  if (access.scope === "public" || access.scope === "user" || caller === undefined) {
    return { role: undefined, workspaceId: undefined };
  }
  const db = services.store.db;
  let role: Role | undefined;
  let workspaceId: string | undefined;
  if (access.scope === "workspace") {
    workspaceId = c.req.param("workspaceId") as string;
    role = await services.access.get(`workspace:${caller.userId}:${workspaceId}`, () =>
      accounts.workspaceRole(db, caller.userId, workspaceId as string),
    );
    // Not a member: the workspace might as well not exist.
    if (role === undefined)
      throw new HttpError(404, "not_found", `workspace "${workspaceId}" was not found`, {
        entity: "workspace",
      });
  } else {
    const projectId = c.req.param("projectId") as string;
    const found = await services.access.get(`project:${caller.userId}:${projectId}`, () =>
      accounts.projectRole(db, caller.userId, projectId),
    );
    if (found === undefined)
      throw new HttpError(404, "not_found", `project "${projectId}" was not found`, { entity: "project" });
    role = found.role;
    workspaceId = found.workspaceId;
  }
  if (!roleAtLeast(role, access.role)) {
    throw new HttpError(
      403,
      "forbidden",
      `this needs the ${access.role} role or higher; you are ${article(role)} ${role}`,
    );
  }
  return { role, workspaceId };
}

function article(role: Role): string {
  return role === "owner" ? "an" : "a";
}

async function readBody(c: Context, route: Route): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new HttpError(
      415,
      "unsupported_media_type",
      "send the request body as JSON with Content-Type: application/json",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch (error) {
    throw new HttpError(
      400,
      "malformed_json",
      `the request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  return validated(route.body as NonNullable<Route["body"]>, json, "request body");
}

function parseQuery(c: Context, route: Route): unknown {
  return validated(route.query as NonNullable<Route["query"]>, c.req.query(), "query");
}

/** The parsed value, or a 400 naming every field and what it expected. */
function validated(schema: NonNullable<Route["body"]>, value: unknown, what: string): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = zodFieldErrors(parsed.error);
  throw new HttpError(400, "invalid", `invalid ${what}: ${describeFields(fields)}`, { fields });
}
