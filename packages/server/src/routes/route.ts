import type { Role, Store } from "@keel/store";
import type { Context } from "hono";
import type { z } from "zod";
import type { ServerServices } from "../services.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call a route. Every route declares one; a single middleware enforces it (see mount.ts),
 * and the role-matrix test walks the whole route table.
 *  - public: anyone, signed in or not;
 *  - user: any signed-in user;
 *  - workspace / project: a member of the `:workspaceId` / `:projectId` in the path with at least `role`.
 */
export type Access =
  | { readonly scope: "public" }
  | { readonly scope: "user" }
  | { readonly scope: "workspace"; readonly role: Role }
  | { readonly scope: "project"; readonly role: Role };

export interface Caller {
  readonly userId: string;
  /** How the caller proved who they are; cookie sessions need a CSRF token to write. */
  readonly via: "session" | "token";
  readonly sessionHash?: string | undefined;
  readonly csrfToken?: string | undefined;
}

export interface RouteContext<Body, Query> {
  readonly c: Context;
  readonly body: Body;
  readonly query: Query;
  readonly params: Record<string, string>;
  /** Set for every route but public ones. */
  readonly caller: Caller;
  /** The role the caller holds on the route's workspace or project, if it has such a scope. */
  readonly role: Role | undefined;
  /** The workspace of the `:workspaceId` or `:projectId` in the path. */
  readonly workspaceId: string | undefined;
  readonly store: Store;
  readonly services: ServerServices;
}

export interface Route<Body = unknown, Query = unknown> {
  readonly method: Method;
  /** Hono path, e.g. `/api/projects/:projectId/tasks/:taskId`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly body?: z.ZodType<Body> | undefined;
  readonly query?: z.ZodType<Query> | undefined;
  /** Response description for the OpenAPI document. */
  readonly response?: z.ZodType | undefined;
  /** 201 for creations; 200 otherwise (204 when the handler returns undefined). */
  readonly status?: 200 | 201 | undefined;
  /** Routes that answer with something other than JSON (a stream, YAML) return a Response. */
  handle(ctx: RouteContext<Body, Query>): Promise<unknown>;
}

/** Keeps a route's body and query types while collecting routes of different types in one table. */
export function route<Body = undefined, Query = undefined>(r: Route<Body, Query>): Route {
  return r as unknown as Route;
}
