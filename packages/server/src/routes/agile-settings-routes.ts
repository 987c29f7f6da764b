import { addDays, TEAM_TEMPLATES, teamTemplate } from "@keel/engine";
import { type AgileSettings, agileSettingsSchema, type LocalDate, type Workflow } from "@keel/model";
import {
  AGILE_SETTINGS_ID,
  agileSettingsOf,
  type ProjectEdit,
  type Queryable,
  type Store,
  ValidationError,
  VersionConflictError,
} from "@keel/store";
import { z } from "zod";
import { todayUtc } from "./common.js";
import { route } from "./route.js";

const TEMPLATE_LIST = TEAM_TEMPLATES.map(({ id, name, description }) => ({ id, name, description }));

/** The team's settings with the version an update must quote; version 0 until first saved. */
export async function agileSettingsRecord(store: Store, db: Queryable, projectId: string) {
  const stored = await store.agileSettings.find(db, projectId, AGILE_SETTINGS_ID);
  if (stored === undefined) return { settings: await agileSettingsOf(db, projectId), version: 0 };
  const { id: _id, version, ...settings } = stored;
  return { settings: settings as AgileSettings, version };
}

/** Items whose status the new workflow lacks move to its first status of the same category. */
async function remapStatuses(store: Store, edit: ProjectEdit, before: Workflow, after: Workflow) {
  const kept = new Set(after.statuses.map((s) => s.id));
  for (const item of await store.backlogItems.list(edit.tx, edit.projectId)) {
    if (kept.has(item.status)) continue;
    const category = before.statuses.find((s) => s.id === item.status)?.category ?? "todo";
    const target = after.statuses.find((s) => s.category === category) ?? after.statuses[0];
    if (target === undefined) continue;
    await store.backlogItems.update(edit, item.id, item.version, {
      status: target.id,
      history: [...(item.history ?? []), { status: target.id, at: todayUtc() }],
    });
  }
}

async function saveSettings(store: Store, edit: ProjectEdit, settings: AgileSettings, version: number) {
  const current = await agileSettingsRecord(store, edit.tx, edit.projectId);
  if (current.version !== version) {
    throw new VersionConflictError("agile_settings", AGILE_SETTINGS_ID, version, current);
  }
  if (version === 0) await store.agileSettings.create(edit, { ...settings, id: AGILE_SETTINGS_ID });
  else await store.agileSettings.update(edit, AGILE_SETTINGS_ID, version, settings);
  await remapStatuses(store, edit, current.settings.workflow, settings.workflow);
}

/** The Monday after a day (the day itself when it is a Monday). */
function nextMonday(day: LocalDate): LocalDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, (8 - weekday) % 7);
}

export const agileSettingsRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/agile",
    summary: "The team's agile settings (workflow, WIP limits, cadence) and the templates on offer",
    tag: "Agile",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, store }) => ({
      ...(await agileSettingsRecord(store, store.db, params.projectId as string)),
      templates: TEMPLATE_LIST,
    }),
  }),
  route({
    method: "PUT",
    path: "/api/projects/:projectId/agile",
    summary:
      "Replace the team's settings you saw at `version` (0 before the first save); items in a status the new workflow lacks move to its first status of the same category",
    tag: "Agile",
    access: { scope: "project", role: "manager" },
    body: z.strictObject({ settings: agileSettingsSchema, version: z.number().int().min(0) }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      await store.editProject(caller.userId, projectId, (edit) =>
        saveSettings(store, edit, body.settings as AgileSettings, body.version),
      );
      return { ...(await agileSettingsRecord(store, store.db, projectId)), templates: TEMPLATE_LIST };
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/agile/template",
    summary:
      "Set the team up from a template (workflow, WIP limits, sprint length, definition of done), keeping its key prefix; plans a first sprint from next Monday if the team runs sprints and has none",
    tag: "Agile",
    access: { scope: "project", role: "manager" },
    body: z.strictObject({ template: z.string().min(1) }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const template = teamTemplate(body.template);
      if (template === undefined) {
        throw new ValidationError(`no team template "${body.template}"`, [
          { path: "template", message: `expected one of ${TEAM_TEMPLATES.map((t) => t.id).join(", ")}` },
        ]);
      }
      await store.editProject(caller.userId, projectId, async (edit) => {
        const current = await agileSettingsRecord(store, edit.tx, projectId);
        const settings = {
          ...template.settings,
          keyPrefix: current.settings.keyPrefix,
          template: template.id,
        };
        await saveSettings(store, edit, settings, current.version);
        const sprints = await store.sprints.list(edit.tx, projectId);
        if (settings.sprintLength > 0 && sprints.length === 0) {
          await store.sprints.create(edit, { start: nextMonday(todayUtc()) });
        }
      });
      return { ...(await agileSettingsRecord(store, store.db, projectId)), templates: TEMPLATE_LIST };
    },
  }),
];
