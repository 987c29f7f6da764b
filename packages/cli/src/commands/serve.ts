import { configFromEnv, jsonLogger, seedDemo, startServer } from "@keel/server";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { UsageError } from "../usage-error.js";

export interface ServeOptions {
  readonly demo: boolean;
  readonly port?: string | undefined;
}

/**
 * `keel serve`: the web app and REST API on PORT (4600), with the embedded database in
 * KEEL_DATA_DIR or PostgreSQL at DATABASE_URL. Runs until SIGINT/SIGTERM, then shuts down cleanly.
 * Request logs go to stdout as JSON lines; what a person needs to read goes to stderr.
 */
export async function serve(options: ServeOptions, output: Output, stop: Promise<void>): Promise<ExitCode> {
  const env = { ...process.env, ...(options.port === undefined ? {} : { PORT: options.port }) };
  let config: ReturnType<typeof configFromEnv>;
  try {
    config = configFromEnv(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (config.databaseUrl === undefined) output.err(`Opening the embedded database in ${config.dataDir} …\n`);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(
      config,
      jsonLogger((line) => output.out(line)),
    );
  } catch (error) {
    output.err(`keel: cannot start: ${startupMessage(error, config.port)}\n`);
    return ExitCode.unavailable;
  }
  output.err(`Keel is running at ${config.publicUrl} (listening on ${server.url}). Stop it with Ctrl+C.\n`);
  if (options.demo) {
    const demo = await seedDemo(server.services.store);
    output.err(
      `Demo workspace with ${demo.projects} example projects. Sign in as ${demo.email} / ${demo.password}\n`,
    );
  } else if (server.setupUrl !== undefined) {
    output.err(`No account yet. Open this one-time link to create the first owner:\n  ${server.setupUrl}\n`);
  }
  await stop;
  output.err("Shutting down …\n");
  await server.close();
  return ExitCode.ok;
}

function startupMessage(error: unknown, port: number): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "EADDRINUSE") return `port ${port} is already in use; set PORT to another port`;
  if (e.code === "ECONNREFUSED")
    return `the PostgreSQL server at DATABASE_URL refused the connection (${e.message})`;
  return e.message ?? String(error);
}
