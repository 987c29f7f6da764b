import { type ProductVision, validateProductVision } from "@keel/model";
import {
  PRODUCT_VISION_ID,
  type ProjectEdit,
  productVisionOf,
  type Store,
  ValidationError,
  VersionConflictError,
} from "@keel/store";
import { z } from "zod";
import { todayUtc } from "./common.js";
import { route } from "./route.js";

async function saveVision(store: Store, edit: ProjectEdit, vision: ProductVision, version: number) {
  const current = await productVisionOf(edit.tx, edit.projectId);
  if (current.version !== version) {
    throw new VersionConflictError("product_vision", PRODUCT_VISION_ID, version, current);
  }
  if (version === 0) await store.productVisions.create(edit, { ...vision, id: PRODUCT_VISION_ID });
  else await store.productVisions.update(edit, PRODUCT_VISION_ID, version, vision);
}

export const productVisionRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/vision",
    summary:
      "The project's product vision (statement, objectives with key results, roadmap, not-doing list, review log) with the version an update must quote; an empty vision at version 0 before the first save",
    tag: "Vision",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, store }) => productVisionOf(store.db, params.projectId as string),
  }),
  route({
    method: "PUT",
    path: "/api/projects/:projectId/vision",
    summary:
      "Replace the product vision you saw at `version` (0 before the first save); a bad field is answered by name, e.g. `objectives[2].keyResults[0].target`, and nothing is stored",
    tag: "Vision",
    access: { scope: "project", role: "manager" },
    // The document is checked by validateProductVision, which names fields as people read them.
    body: z.strictObject({ vision: z.unknown(), version: z.number().int().min(0) }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const checked = validateProductVision(body.vision, todayUtc());
      if (!checked.ok) throw new ValidationError("invalid product vision", checked.errors);
      await store.editProject(caller.userId, projectId, (edit) =>
        saveVision(store, edit, checked.vision, body.version),
      );
      return productVisionOf(store.db, projectId);
    },
  }),
];
