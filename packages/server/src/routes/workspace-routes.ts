import { accounts } from "@keel/store";
import { z } from "zod";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/passwords.js";
import { HttpError } from "../http-error.js";
import { historyQuery, roleSchema, version, versionQuery } from "./common.js";
import { route } from "./route.js";

const name = z.string().min(1).max(200);

export const workspaceRoutes = [
  route({
    method: "GET",
    path: "/api/workspaces",
    summary: "Workspaces you belong to, with your role in each",
    tag: "Workspaces",
    access: { scope: "user" },
    handle: ({ caller, store }) => accounts.workspacesOf(store.db, caller.userId),
  }),
  route({
    method: "POST",
    path: "/api/workspaces",
    summary: "Create a workspace; you become its owner",
    tag: "Workspaces",
    access: { scope: "user" },
    status: 201,
    body: z.strictObject({ name }),
    handle: ({ caller, body, store }) =>
      store.db.transaction((tx) => accounts.createWorkspace(tx, caller.userId, body.name)),
  }),
  route({
    method: "GET",
    path: "/api/workspaces/:workspaceId",
    summary: "One workspace",
    tag: "Workspaces",
    access: { scope: "workspace", role: "viewer" },
    handle: async ({ params, role, store }) => ({
      ...(await accounts.workspace(store.db, params.workspaceId as string)),
      role,
    }),
  }),
  route({
    method: "PATCH",
    path: "/api/workspaces/:workspaceId",
    summary: "Rename a workspace",
    tag: "Workspaces",
    access: { scope: "workspace", role: "owner" },
    body: z.strictObject({ name, version }),
    handle: ({ caller, params, body, store }) =>
      store.db.transaction((tx) =>
        accounts.renameWorkspace(tx, caller.userId, params.workspaceId as string, body.version, body.name),
      ),
  }),
  route({
    method: "DELETE",
    path: "/api/workspaces/:workspaceId",
    summary: "Delete a workspace with all its projects",
    tag: "Workspaces",
    access: { scope: "workspace", role: "owner" },
    query: versionQuery,
    handle: async ({ caller, params, query, store }) => {
      await store.db.transaction(async (tx) => {
        const current = await accounts.workspace(tx, params.workspaceId as string);
        if (query.version !== undefined && current !== undefined && current.version !== query.version) {
          throw new HttpError(
            409,
            "version_conflict",
            "the workspace was changed by someone else; reload and retry",
            { current },
          );
        }
        await accounts.deleteWorkspace(tx, caller.userId, params.workspaceId as string);
      });
      return undefined;
    },
  }),
  route({
    method: "GET",
    path: "/api/workspaces/:workspaceId/members",
    summary: "Members of a workspace and their roles",
    tag: "Workspaces",
    access: { scope: "workspace", role: "viewer" },
    handle: ({ params, store }) => accounts.members(store.db, "workspace", params.workspaceId as string),
  }),
  route({
    method: "POST",
    path: "/api/workspaces/:workspaceId/members",
    summary:
      "Add someone to a workspace: an existing account by email, or a new local account with a password",
    tag: "Workspaces",
    access: { scope: "workspace", role: "owner" },
    status: 201,
    body: z.strictObject({
      email: z.email().max(320),
      name: z.string().min(1).max(200).optional(),
      password: z.string().min(MIN_PASSWORD_LENGTH).max(1024).optional(),
      role: roleSchema,
    }),
    handle: async ({ caller, params, body, store }) => {
      const workspaceId = params.workspaceId as string;
      const passwordHash = body.password === undefined ? null : await hashPassword(body.password);
      return store.db.transaction(async (tx) => {
        let user = (await accounts.credentialsByEmail(tx, body.email))?.user;
        if (user === undefined) {
          if (body.name === undefined || passwordHash === null) {
            throw new HttpError(
              400,
              "invalid",
              `no account has the email ${body.email}; send name and password to create one`,
              {
                fields: [{ path: "password", message: "required to create a new account" }],
              },
            );
          }
          user = await accounts.createUser(tx, caller.userId, {
            email: body.email,
            name: body.name,
            passwordHash,
          });
        }
        await accounts.setMember(tx, caller.userId, { workspaceId }, user.id, body.role);
        return { userId: user.id, email: user.email, name: user.name, role: body.role };
      });
    },
  }),
  route({
    method: "PUT",
    path: "/api/workspaces/:workspaceId/members/:userId",
    summary: "Change a member's role",
    tag: "Workspaces",
    access: { scope: "workspace", role: "owner" },
    body: z.strictObject({ role: roleSchema }),
    handle: async ({ caller, params, body, store }) => {
      const workspaceId = params.workspaceId as string;
      const userId = params.userId as string;
      await store.db.transaction(async (tx) => {
        if ((await accounts.workspaceRole(tx, userId, workspaceId)) === undefined) {
          throw new HttpError(404, "not_found", `user "${userId}" is not a member of this workspace`, {
            entity: "member",
          });
        }
        await keepAnOwner(tx, workspaceId, userId, body.role);
        await accounts.setMember(tx, caller.userId, { workspaceId }, userId, body.role);
      });
      return { userId, role: body.role };
    },
  }),
  route({
    method: "DELETE",
    path: "/api/workspaces/:workspaceId/members/:userId",
    summary: "Remove a member from a workspace",
    tag: "Workspaces",
    access: { scope: "workspace", role: "owner" },
    handle: async ({ caller, params, store }) => {
      const workspaceId = params.workspaceId as string;
      await store.db.transaction(async (tx) => {
        await keepAnOwner(tx, workspaceId, params.userId as string, undefined);
        await accounts.removeMember(tx, caller.userId, { workspaceId }, params.userId as string);
      });
      return undefined;
    },
  }),
  route({
    method: "GET",
    path: "/api/workspaces/:workspaceId/history",
    summary: "Change log of the workspace: members, projects, every plan edit; newest first",
    tag: "Workspaces",
    access: { scope: "workspace", role: "manager" },
    query: historyQuery,
    handle: ({ params, query, store }) =>
      store.history({ ...query, workspaceId: params.workspaceId as string }),
  }),
];

/** A workspace must keep at least one owner, or nobody could manage it. */
async function keepAnOwner(
  tx: Parameters<typeof accounts.members>[0],
  workspaceId: string,
  userId: string,
  newRole: string | undefined,
): Promise<void> {
  const members = await accounts.members(tx, "workspace", workspaceId);
  const owners = members.filter((m) => m.role === "owner");
  if (newRole !== "owner" && owners.length === 1 && owners[0]?.userId === userId) {
    throw new HttpError(
      409,
      "last_owner",
      "a workspace needs at least one owner; make someone else owner first",
    );
  }
}
