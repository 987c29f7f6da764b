import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { openDatabase, Store } from "@keel/store";
import { createApp } from "./app.js";
import { AccessCache } from "./auth/access-cache.js";
import { RateLimiter } from "./auth/rate-limit.js";
import type { ServerConfig } from "./config.js";
import { ChangeFeed } from "./events/change-feed.js";
import type { Logger } from "./log.js";
import { ensureSetupToken } from "./routes/session-routes.js";
import type { ServerServices } from "./services.js";

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:4600 */
  readonly url: string;
  readonly services: ServerServices;
  /** The one-time first-owner link, when no account exists yet. */
  readonly setupUrl: string | undefined;
  /** Stops taking requests, lets in-flight ones finish, ends event streams, closes the database. */
  close(): Promise<void>;
}

const LOGIN_ATTEMPTS = 10;
const LOGIN_WINDOW_MS = 15 * 60 * 1000;
const DRAIN_MS = 10_000;

export async function startServer(config: ServerConfig, log: Logger): Promise<RunningServer> {
  const db = await openDatabase(config);
  let feed: ChangeFeed | undefined;
  try {
    const store = await Store.open(db);
    feed = await ChangeFeed.start(db);
    const services: ServerServices = {
      store,
      config,
      loginLimiter: new RateLimiter(LOGIN_ATTEMPTS, LOGIN_WINDOW_MS),
      access: new AccessCache(config.accessCacheMs),
      feed,
      log,
    };
    const app = createApp(services);
    let inFlight = 0;
    let drained: (() => void) | undefined;
    const server = serve({
      fetch: async (request, env) => {
        inFlight++;
        try {
          return await app.fetch(request, env);
        } finally {
          inFlight--;
          if (inFlight === 0) drained?.();
        }
      },
      port: config.port,
      hostname: config.host,
    });
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
    const address = server.address() as AddressInfo;
    const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
    const setupToken = await ensureSetupToken(db);
    const setupUrl = setupToken === undefined ? undefined : `${config.publicUrl}/setup?token=${setupToken}`;
    log.info("listening", {
      url,
      database: db.kind,
      ...(db.kind === "pglite" ? { dataDir: config.dataDir } : {}),
    });

    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        log.info("shutting down", { inFlight, streams: services.feed.openStreams });
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        services.feed.endStreams();
        if ("closeIdleConnections" in server) server.closeIdleConnections();
        if (inFlight > 0) {
          await Promise.race([
            new Promise<void>((resolve) => {
              drained = resolve;
            }),
            new Promise<void>((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
          ]);
        }
        if ("closeAllConnections" in server) server.closeAllConnections();
        await stopped;
        await services.feed.close();
        await db.close();
        log.info("stopped");
      })();
      return closing;
    };
    return { url, services, setupUrl, close };
  } catch (error) {
    await feed?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
}
