import { z } from "zod";
import type { Route } from "./routes/route.js";

/** OpenAPI 3.1 document generated from the route table and its zod schemas. */
export function openApiDocument(routes: readonly Route[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, "{$1}");
    const parameters = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (r.query !== undefined) {
      const schema = z.toJSONSchema(r.query, { io: "input", unrepresentable: "any" }) as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, s] of Object.entries(schema.properties ?? {})) {
        parameters.push({
          name,
          in: "query",
          required: schema.required?.includes(name) ?? false,
          schema: s as never,
        });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[/:{}-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/\W/g, "")}`,
      parameters,
      security: r.access.scope === "public" ? [] : [{ session: [] }, { token: [] }],
      "x-keel-access": r.access,
      responses: {
        [String(r.status ?? 200)]: { description: "OK" },
        "400": { description: "Invalid input: the body names each field and what was expected" },
        ...(r.access.scope === "public" ? {} : { "401": { description: "Not signed in" } }),
        ...(r.access.scope === "workspace" || r.access.scope === "project"
          ? {
              "403": { description: `Needs the ${r.access.role} role` },
              "404": { description: "Not found, or not visible to you" },
            }
          : {}),
      },
    };
    if (r.body !== undefined) {
      op.requestBody = {
        required: true,
        content: {
          "application/json": {
            schema: z.toJSONSchema(r.body, { io: "input", unrepresentable: "any", target: "draft-2020-12" }),
          },
        },
      };
    }
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Keel API",
      version,
      description:
        "Plans, schedules, history and live updates of Keel projects. Authenticate with a session cookie (plus the X-CSRF-Token header on writes) or a personal API token.",
    },
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "keel_session" },
        token: { type: "http", scheme: "bearer" },
      },
    },
    paths,
  };
}
