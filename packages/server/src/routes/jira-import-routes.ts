import { JiraCsvError } from "@keel/formats";
import { z } from "zod";
import { importJira } from "../agile/import-jira.js";
import { HttpError } from "../http-error.js";
import { route } from "./route.js";

const CSV_TYPES = [
  "text/csv",
  "text/plain",
  "application/csv",
  "application/octet-stream",
  "application/vnd.ms-excel",
];

const statusMapSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: 'expected JSON such as {"In QA": "review"}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().min(1), z.string().min(1)));

export const jiraImportRoutes = [
  route({
    method: "POST",
    path: "/api/projects/:projectId/import/jira",
    summary:
      "Import a Jira 'Export CSV' file (the raw file as the body) into the backlog: items by issue key, so a re-import updates rather than duplicates; sprints by name; statuses mapped to the team's workflow. `dryRun=true` reports without storing; a file that cannot be read stores nothing",
    tag: "Agile",
    access: { scope: "project", role: "member" },
    query: z.strictObject({
      dryRun: z.enum(["true", "false"]).optional(),
      /** Jira status name → workflow status id, for statuses the workflow does not name. */
      statusMap: statusMapSchema.optional(),
      /** The file's name, for messages. */
      file: z.string().max(300).optional(),
      /** How to read dates such as 06-09-2024 when the file alone cannot tell (the report says when). */
      dateOrder: z.enum(["month-first", "day-first"]).optional(),
    }),
    handle: async ({ c, caller, params, query, store }) => {
      const projectId = params.projectId as string;
      const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!CSV_TYPES.includes(type)) {
        throw new HttpError(
          415,
          "unsupported_media_type",
          "send the Jira export itself as the body, with Content-Type: text/csv",
        );
      }
      const body = c.req.raw.body;
      if (body === null)
        throw new HttpError(400, "invalid", "the request has no file: send the Jira CSV as the body");
      try {
        return await importJira(store, caller.userId, projectId, body as AsyncIterable<Uint8Array>, {
          statusMap: query.statusMap,
          dryRun: query.dryRun === "true",
          file: query.file ?? "the uploaded file",
          dateOrder: query.dateOrder,
        });
      } catch (error) {
        if (error instanceof JiraCsvError) throw new HttpError(422, "invalid_file", error.message);
        throw error;
      }
    },
  }),
];
