import { readFile } from "node:fs/promises";
import {
  type Exercise,
  type ExerciseStarter,
  type StarterItem,
  starterPlan,
  teamTemplate,
} from "@keel/engine";
import { readPlan } from "@keel/formats";
import type { LocalDate, Plan, ProductVision } from "@keel/model";
import {
  AGILE_SETTINGS_ID,
  agileSettingsOf,
  PRODUCT_VISION_ID,
  type ProjectEdit,
  type ProjectRecord,
  type Store,
} from "@keel/store";

const EXAMPLES = new URL("../../../../examples/", import.meta.url);

/** The starter's plan as its file has it, read from examples/. */
export async function starterFilePlan(starter: ExerciseStarter): Promise<Plan> {
  const text = await readFile(new URL(starter.file, EXAMPLES), "utf8");
  return readPlan(text, `examples/${starter.file}`).plan;
}

/** The name, or the name with the first free " (n)" among the caller's projects in the workspace. */
async function freeName(store: Store, userId: string, workspaceId: string, name: string): Promise<string> {
  const taken = new Set(
    (await store.projectsOf(userId)).filter((p) => p.workspaceId === workspaceId).map((p) => p.project.name),
  );
  let n = 1;
  let free = name;
  while (taken.has(free)) free = `${name} (${++n})`;
  return free;
}

/** The team template as the agile setup applies it: the project keeps its key prefix; a first sprint when the team runs sprints. */
async function applyTemplate(store: Store, edit: ProjectEdit, id: string, firstSprint: LocalDate) {
  const template = teamTemplate(id);
  if (template === undefined) throw new Error(`no team template "${id}"`);
  const current = await agileSettingsOf(edit.tx, edit.projectId);
  const settings = { ...template.settings, keyPrefix: current.keyPrefix, template: template.id };
  await store.agileSettings.create(edit, { ...settings, id: AGILE_SETTINGS_ID });
  if (settings.sprintLength > 0) await store.sprints.create(edit, { start: firstSprint });
}

/** The starter backlog under the project's keys, in order, each item created today in the first status. */
async function loadBacklog(store: Store, edit: ProjectEdit, items: readonly StarterItem[], today: LocalDate) {
  const settings = await agileSettingsOf(edit.tx, edit.projectId);
  const status = settings.workflow.statuses[0]?.id;
  const ids = new Map(items.map((item, i) => [item.ref, `${settings.keyPrefix}-${i + 1}`]));
  await store.backlogItems.createMany(
    edit,
    items.map(({ ref, epic, ...item }, i) => ({
      ...item,
      id: ids.get(ref),
      rank: i + 1,
      status,
      created: today,
      ...(epic === undefined ? {} : { epic: ids.get(epic) }),
    })),
  );
}

/** The starter's vision with its objectives' years moved as far as the plan's start moved. */
function movedVision(vision: ProductVision, years: number): ProductVision {
  return { ...vision, objectives: vision.objectives.map((o) => ({ ...o, year: o.year + years })) };
}

/**
 * A new practice project for an exercise in a workspace, marked with the exercise it is for: the
 * starter plan moved to this week under a name of its own, then the team template, backlog, KPIs and vision the starter names, in one
 * edit. If that edit fails, the project goes again rather than stay half made.
 */
export async function createPracticeProject(
  store: Store,
  userId: string,
  workspaceId: string,
  exercise: Exercise & { readonly starter: ExerciseStarter },
  today: LocalDate,
): Promise<ProjectRecord> {
  const { starter } = exercise;
  const file = await starterFilePlan(starter);
  const plan = starterPlan(file, today);
  const name = await freeName(store, userId, workspaceId, plan.project.name);
  const project = await store.createProjectFromPlan(
    userId,
    workspaceId,
    { ...plan, project: { ...plan.project, name } },
    { practiceExercise: exercise.id },
  );
  const { teamTemplate: template, backlog = [], kpis = [], vision } = starter;
  if (template === undefined && backlog.length === 0 && kpis.length === 0 && vision === undefined)
    return project;
  try {
    await store.editProject(userId, project.id, async (edit) => {
      if (template !== undefined)
        await applyTemplate(store, edit, template, plan.project.start.slice(0, 10) as LocalDate);
      if (backlog.length > 0) await loadBacklog(store, edit, backlog, today);
      for (const kpi of kpis) await store.kpis.create(edit, { ...kpi, values: [] });
      if (vision !== undefined) {
        const years = Number(plan.project.start.slice(0, 4)) - Number(file.project.start.slice(0, 4));
        await store.productVisions.create(edit, { ...movedVision(vision, years), id: PRODUCT_VISION_ID });
      }
    });
  } catch (error) {
    await store.deleteProject(userId, project.id, undefined);
    throw error;
  }
  return store.getProject(store.db, project.id);
}
