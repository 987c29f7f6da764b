import { EMPTY_PRODUCT_VISION, type ProductVision, productVisionSchema } from "@keel/model";
import { z } from "zod";
import type { Queryable } from "../database.js";
import type { EntitySpec } from "./entity-spec.js";

/** The one vision record of a project. */
export const PRODUCT_VISION_ID = "vision";

export const productVisionSpec: EntitySpec<ProductVision & { readonly id: string }> = {
  entity: "product_vision",
  table: "product_visions",
  generatedId: false,
  schema: productVisionSchema.extend({ id: z.literal(PRODUCT_VISION_ID) }) as unknown as z.ZodType<
    ProductVision & { readonly id: string }
  >,
  columns: () => ({}),
  data: ({ id: _id, ...vision }) => vision,
  fromRow: (row) => ({ ...(row.data as ProductVision), id: String(row.id) }),
  affectsPlan: false,
};

/** The project's vision with the version an update must quote; the empty vision at version 0 before the first save. */
export async function productVisionOf(
  db: Queryable,
  projectId: string,
): Promise<{ readonly vision: ProductVision; readonly version: number }> {
  const rows = await db.query<{ data: ProductVision; version: number }>(
    "SELECT data, version FROM product_visions WHERE project_id = $1 AND id = $2",
    [projectId, PRODUCT_VISION_ID],
  );
  const row = rows[0];
  return row === undefined
    ? { vision: EMPTY_PRODUCT_VISION, version: 0 }
    : { vision: row.data, version: row.version };
}
