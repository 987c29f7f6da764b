import { route } from "./route.js";

export const healthRoutes = [
  route({
    method: "GET",
    path: "/healthz",
    summary: "Liveness and database reachability, for load balancers",
    tag: "Health",
    access: { scope: "public" },
    handle: async ({ c, store }) => {
      try {
        await store.db.query("SELECT 1");
        return { status: "ok", database: store.db.kind };
      } catch {
        return c.json({ status: "unavailable", database: store.db.kind }, 503);
      }
    },
  }),
];
