import { EXERCISE_IDS, type ExerciseId, exerciseById, exerciseLink } from "@keel/engine";
import { accounts, roleAtLeast } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { createPracticeProject } from "./career-practice-project.js";
import { todayUtc } from "./common.js";
import { route } from "./route.js";

const isExerciseId = (id: string): id is ExerciseId => (EXERCISE_IDS as readonly string[]).includes(id);

/** Practice exercises that start in Keel itself: a practice project made for the exercise. */
export const careerExerciseRoutes = [
  route({
    method: "POST",
    path: "/api/me/career/exercises/:exerciseId/start",
    summary:
      "Start a practice exercise: a new project in the workspace, named after the exercise, from its starter plan in examples/exercises/ (moved to this week) with the team template, backlog and KPIs it needs; answers the project and the view to open. Needs the manager role in the workspace, as creating any project does",
    tag: "Career",
    // The workspace is in the body, so its role is checked here, by the project-creation route's rule.
    access: { scope: "user" },
    status: 201,
    body: z.strictObject({ workspaceId: z.string().min(1) }),
    handle: async ({ caller, params, body, store }) => {
      const id = params.exerciseId as string;
      if (!isExerciseId(id)) {
        throw new HttpError(404, "not_found", `exercise "${id}" was not found`, { entity: "exercise" });
      }
      const exercise = exerciseById(id);
      if (exercise.starter === undefined) {
        throw new HttpError(
          409,
          "unavailable",
          `"${exercise.title}" cannot be practised in Keel yet: ${exercise.because ?? "it has no starter"}`,
        );
      }
      const role = await accounts.workspaceRole(store.db, caller.userId, body.workspaceId);
      if (role === undefined) {
        throw new HttpError(404, "not_found", `workspace "${body.workspaceId}" was not found`, {
          entity: "workspace",
        });
      }
      if (!roleAtLeast(role, "manager")) {
        throw new HttpError(
          403,
          "forbidden",
          `creating a project needs the manager role or higher in the workspace; you are a ${role}`,
        );
      }
      const project = await createPracticeProject(
        store,
        caller.userId,
        body.workspaceId,
        { ...exercise, starter: exercise.starter },
        todayUtc(),
      );
      return {
        projectId: project.id,
        projectName: project.project.name,
        workspaceId: project.workspaceId,
        view: exercise.opens.view,
        link: exerciseLink(project.id, exercise.opens.view),
      };
    },
  }),
];
