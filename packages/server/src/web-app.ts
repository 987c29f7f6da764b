import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/**
 * Serves the built web app: hashed assets cached for good, and index.html for every other page
 * path so the app's own router takes over (deep links, reloads).
 */
export function mountWebApp(app: Hono): void {
  const index = `${WEB_DIST}index.html`;
  if (!existsSync(index)) {
    app.get("*", (c) =>
      c.req.path.startsWith("/api/")
        ? c.notFound()
        : c.text("The web app is not built. Run `npm run build` in the Keel checkout, then restart.", 503),
    );
    return;
  }
  app.use(
    "/assets/*",
    serveStatic({
      root: WEB_DIST,
      onFound: (_path, c) => {
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.get("*", (c) => {
    // A missing asset or API path is a 404, not the app's page.
    if (c.req.path.startsWith("/api/") || c.req.path.startsWith("/assets/")) return c.notFound();
    c.header("Cache-Control", "no-cache");
    // Read each time (a small file the OS keeps cached), so a rebuilt app is served without a restart.
    return c.html(readFileSync(index, "utf8"));
  });
}
