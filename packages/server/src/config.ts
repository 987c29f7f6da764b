import { resolve } from "node:path";

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL URL; the embedded database in `dataDir` when absent. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** The address users reach this server at, for links printed on the console. */
  readonly publicUrl: string;
  /** Honour X-Forwarded-Proto / X-Forwarded-For from a reverse proxy. */
  readonly trustProxy: boolean;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimit: number;
  /** Largest file an import accepts, in bytes: a Jira export of 100,000 issues runs to tens of MiB. */
  readonly importLimit: number;
  /** How long credentials and roles are remembered between requests (see AccessCache); 0 = not at all. */
  readonly accessCacheMs: number;
}

const DEFAULT_PORT = 4600;

/** Reads the configuration from the environment (PORT, DATABASE_URL, KEEL_DATA_DIR, …). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number 0–65535, got "${env.PORT}"`);
  }
  const host = env.HOST ?? "0.0.0.0";
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL === "" ? undefined : env.DATABASE_URL,
    dataDir: resolve(env.KEEL_DATA_DIR ?? ".keel-data"),
    publicUrl: (env.KEEL_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    trustProxy: env.KEEL_TRUST_PROXY === "1" || env.KEEL_TRUST_PROXY === "true",
    bodyLimit: 8 * 1024 * 1024,
    importLimit: 256 * 1024 * 1024,
    accessCacheMs: 5000,
  };
}
