import { addDays } from "@keel/engine";
import {
  type AgileSettings,
  agileSettingsSchema,
  type BacklogItem,
  backlogItemSchema,
  DEFAULT_AGILE_SETTINGS,
  type LocalDate,
  type Sprint,
  sprintSchema,
} from "@keel/model";
import { z } from "zod";
import type { Queryable } from "../database.js";
import type { EntitySpec } from "./entity-spec.js";
import { dateText } from "./plan-entities.js";

/** The one settings record of a project's team. */
export const AGILE_SETTINGS_ID = "team";

/** The team's settings, or the defaults when nobody has set the team up. */
export async function agileSettingsOf(db: Queryable, projectId: string): Promise<AgileSettings> {
  const rows = await db.query<{ data: AgileSettings }>(
    "SELECT data FROM agile_settings WHERE project_id = $1 AND id = $2",
    [projectId, AGILE_SETTINGS_ID],
  );
  return rows[0]?.data ?? DEFAULT_AGILE_SETTINGS;
}

function withoutId<T extends { readonly id: string }>(value: T): Omit<T, "id"> {
  const { id: _id, ...rest } = value;
  return rest;
}

export const agileSettingsSpec: EntitySpec<AgileSettings & { readonly id: string }> = {
  entity: "agile_settings",
  table: "agile_settings",
  generatedId: false,
  schema: agileSettingsSchema.extend({ id: z.literal(AGILE_SETTINGS_ID) }) as z.ZodType<
    AgileSettings & { readonly id: string }
  >,
  columns: () => ({}),
  data: withoutId,
  fromRow: (row) => ({ ...(row.data as AgileSettings), id: String(row.id) }),
  affectsPlan: false,
};

/** The highest number N among keys PREFIX-N, so a new item gets the next one. */
async function lastKeyNumber(db: Queryable, projectId: string, prefix: string): Promise<number> {
  const rows = await db.query<{ n: number | null }>(
    `SELECT max(substring(id FROM '^' || $2 || '-([0-9]+)$')::int) AS n
     FROM backlog_items WHERE project_id = $1`,
    [projectId, prefix],
  );
  return Number(rows[0]?.n ?? 0);
}

export const backlogItemSpec: EntitySpec<BacklogItem> = {
  entity: "backlog_item",
  table: "backlog_items",
  generatedId: false,
  orderBy: "rank, id",
  schema: backlogItemSchema as z.ZodType<BacklogItem>,
  // Rank as a column: the backlog is read and re-ranked in that order.
  columns: (item) => ({ rank: item.rank }),
  data: ({ id: _id, rank: _rank, ...rest }) => rest,
  prepare: async (db, projectId, input) => {
    // An import brings every field: no query then, so thousands of items go in quickly.
    if (input.id !== undefined && input.rank !== undefined && input.status !== undefined) {
      return { type: "story", ...input };
    }
    const settings = await agileSettingsOf(db, projectId);
    const id =
      input.id ?? `${settings.keyPrefix}-${(await lastKeyNumber(db, projectId, settings.keyPrefix)) + 1}`;
    let rank = input.rank;
    if (rank === undefined) {
      const rows = await db.query<{ r: number | null }>(
        "SELECT max(rank) AS r FROM backlog_items WHERE project_id = $1",
        [projectId],
      );
      rank = Number(rows[0]?.r ?? 0) + 1;
    }
    const status = input.status ?? settings.workflow.statuses[0]?.id;
    return { type: "story", ...input, id, rank, status };
  },
  fromRow: (row) => ({ ...(row.data as object), id: String(row.id), rank: Number(row.rank) }) as BacklogItem,
  affectsPlan: false,
};

export const sprintSpec: EntitySpec<Sprint> = {
  entity: "sprint",
  table: "sprints",
  generatedId: false,
  orderBy: "start, id",
  schema: sprintSchema as z.ZodType<Sprint>,
  columns: (s) => ({ start: s.start }),
  data: ({ id: _id, start: _start, ...rest }) => rest,
  prepare: async (db, projectId, input) => {
    const rows = await db.query<{ n: number | null }>(
      "SELECT max(substring(id FROM '^S([0-9]+)$')::int) AS n FROM sprints WHERE project_id = $1",
      [projectId],
    );
    const n = Number(rows[0]?.n ?? 0) + 1;
    const settings = await agileSettingsOf(db, projectId);
    const length = settings.sprintLength > 0 ? settings.sprintLength : 14;
    const start = input.start;
    const finish =
      input.finish ?? (typeof start === "string" ? addDays(start as LocalDate, length - 1) : undefined);
    return { id: `S${n}`, name: `Sprint ${n}`, state: "planned", ...input, finish };
  },
  fromRow: (row) => ({ ...(row.data as object), id: String(row.id), start: dateText(row.start) }) as Sprint,
  affectsPlan: false,
};
