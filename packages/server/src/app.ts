import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { HttpError, toHttpError } from "./http-error.js";
import { mountRoutes } from "./mount.js";
import { openApiDocument } from "./openapi.js";
import { ROUTES } from "./routes/index.js";
import type { ServerServices } from "./services.js";
import { serverVersion } from "./version.js";
import { mountWebApp } from "./web-app.js";

/** The whole HTTP application; `startServer` puts it on a port, tests call `app.request` directly. */
/** Uploads of whole files to import, which may be far larger than any other request. */
const IMPORT_PATH = /^\/api\/projects\/[^/]+\/import\/[^/]+$/;

export function createApp(services: ServerServices): Hono {
  const app = new Hono();
  const { log } = services;

  app.use("*", async (c, next) => {
    const started = performance.now();
    const requestId = c.req.header("x-request-id") ?? randomUUID();
    c.set("requestId" as never, requestId as never);
    c.header("X-Request-Id", requestId);
    await next();
    log.info("request", {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  // nosniff, no framing by other sites, no referrer leaks; the web app is served from this origin.
  app.use("*", secureHeaders());
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new HttpError(413, "too_large", `the request body is larger than ${maxSize / 1024 / 1024} MiB`);
      },
    });
  const apiLimit = limit(services.config.bodyLimit);
  const importLimit = limit(services.config.importLimit);
  app.use("/api/*", (c, next) => (IMPORT_PATH.test(c.req.path) ? importLimit : apiLimit)(c, next));

  const document = openApiDocument(ROUTES, serverVersion());
  app.get("/api/openapi.json", (c) => c.json(document));
  mountRoutes(app, ROUTES, services);
  mountWebApp(app);

  app.notFound((c) =>
    c.json(
      new HttpError(404, "not_found", `no route ${c.req.method} ${c.req.path}; see /api/openapi.json`).body(),
      404,
    ),
  );
  app.onError((error, c) => {
    const http = toHttpError(error);
    if (http !== undefined) return c.json(http.body(), http.status);
    const requestId = c.get("requestId" as never) as string | undefined;
    log.error("unhandled error", {
      requestId,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return c.json(
      {
        error: {
          code: "internal",
          message: `internal error (request ${requestId}); the server log has details`,
        },
      },
      500,
    );
  });
  return app;
}
