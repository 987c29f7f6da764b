import { checkMove, type MoveCheck } from "@keel/engine";
import { type BacklogItem, localDateSchema, type Sprint } from "@keel/model";
import { NotFoundError } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { agileSettingsRecord } from "./agile-settings-routes.js";
import { todayUtc, version } from "./common.js";
import { route } from "./route.js";

/**
 * The cards a WIP limit counts, as the board shows them: those of the running sprint or, for a team
 * without one (Kanban), every item but epics. The card being moved is always among them.
 */
function boardItems<I extends BacklogItem>(
  items: readonly I[],
  sprints: readonly Sprint[],
  moved: string,
): I[] {
  const running = sprints.find((s) => s.state === "active");
  return items.filter((i) =>
    i.id === moved ? true : running === undefined ? i.type !== "epic" : i.sprint === running.id,
  );
}

export const backlogRoutes = [
  route({
    method: "POST",
    path: "/api/projects/:projectId/backlog-items/:itemId/move",
    summary:
      "Move a card you saw at `version`: to a workflow status (checked against the workflow's transitions and the column's WIP limit, and recorded in its history for the charts), into a sprint or back to the backlog (`sprint: null`), or to a new rank",
    tag: "Agile",
    access: { scope: "project", role: "member" },
    body: z.strictObject({
      status: z.string().min(1).optional(),
      sprint: z.string().min(1).nullable().optional(),
      rank: z.number().finite().optional(),
      version,
      /** The day the status changed, when it is not today (a card moved late). */
      at: localDateSchema.optional(),
    }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const itemId = params.itemId as string;
      const { result } = await store.editProject(caller.userId, projectId, async (edit) => {
        const item = await store.backlogItems.find(edit.tx, projectId, itemId, true);
        if (item === undefined) throw new NotFoundError("backlog item", itemId);
        const patch: Record<string, unknown> = {};
        let check: MoveCheck = { level: "ok", transitionAllowed: true };
        if (body.status !== undefined && body.status !== item.status) {
          const { settings } = await agileSettingsRecord(store, edit.tx, projectId);
          const items = boardItems(
            await store.backlogItems.list(edit.tx, projectId),
            await store.sprints.list(edit.tx, projectId),
            itemId,
          );
          try {
            check = checkMove(items, settings, itemId, body.status);
          } catch (error) {
            throw new HttpError(422, "invalid", error instanceof Error ? error.message : String(error));
          }
          if (check.level === "block") {
            throw new HttpError(
              409,
              check.transitionAllowed ? "wip-limit" : "transition",
              check.message ?? "",
              {
                current: item,
              },
            );
          }
          patch.status = body.status;
          patch.history = [...(item.history ?? []), { status: body.status, at: body.at ?? todayUtc() }];
        }
        if (body.sprint !== undefined && body.sprint !== (item.sprint ?? null)) {
          if (body.sprint !== null) {
            const sprint = await store.sprints.find(edit.tx, projectId, body.sprint);
            if (sprint === undefined) throw new NotFoundError("sprint", body.sprint);
            if (sprint.state === "closed") {
              throw new HttpError(
                409,
                "conflict",
                `sprint "${sprint.name}" is closed; plan the item into an open one`,
              );
            }
          }
          patch.sprint = body.sprint;
        }
        if (body.rank !== undefined) patch.rank = body.rank;
        return { item: await store.backlogItems.update(edit, itemId, body.version, patch), check };
      });
      return result;
    },
  }),
];
