import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const KEEL_BIN = fileURLToPath(new URL("../../../cli/bin/keel.js", import.meta.url));
const BUILT = [
  fileURLToPath(new URL("../../../cli/dist/main.js", import.meta.url)),
  fileURLToPath(new URL("../../dist/index.js", import.meta.url)),
];

/** How a spawned server ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** `keel serve` running as a child process, as an operator would start it. */
export interface ServerProcess {
  /** Where it listens, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  /** What it wrote to stderr so far (the console messages). */
  stderr(): string;
  /** Sends `signal` and waits for the process to end (SIGKILL after `timeoutMs`, then rejects). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
}

/** Fails with a clear message when `keel serve` cannot run because the packages are not compiled. */
export function assertBuilt(): void {
  const missing = BUILT.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `these tests start \`node packages/cli/bin/keel.js serve\`, which runs the compiled code, but ${missing.join(", ")} is missing: run \`npx tsc -b\` first`,
    );
  }
}

/**
 * Starts `node packages/cli/bin/keel.js serve` on a free port of 127.0.0.1 with `env` added to this
 * process's environment (KEEL_DATA_DIR, DATABASE_URL, …) and waits until it says it is running.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  assertBuilt();
  const child = spawn(process.execPath, [KEEL_BIN, "serve"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const running = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`keel serve did not start within ${timeoutMs} ms:\n${stderr}`)),
      timeoutMs,
    );
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const match = /listening on (\S+?)\)/.exec(stderr);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`keel serve exited (code ${code}, signal ${signal}) before it was running:\n${stderr}`),
      );
    });
  });
  let url: string;
  try {
    url = await running;
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    child,
    exited,
    stderr: () => stderr,
    async stop(signal: NodeJS.Signals = "SIGTERM", stopTimeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), stopTimeoutMs);
      });
      const result = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (result === "late") {
        child.kill("SIGKILL");
        await exited;
        throw new Error(`keel serve did not stop within ${stopTimeoutMs} ms of ${signal}:\n${stderr}`);
      }
      return result;
    },
  };
}

/** A user of a running server, authenticated by a personal API token. */
export interface ApiClient {
  readonly baseUrl: string;
  readonly token: string;
  request(method: string, path: string, body?: unknown): Promise<Response>;
  /** The JSON body of a 2xx response; throws with the status and body otherwise. */
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** The same user on another server of the same database. */
  on(baseUrl: string): ApiClient;
}

export function apiClient(baseUrl: string, token: string): ApiClient {
  const request = (method: string, path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    baseUrl,
    token,
    request,
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await request(method, path, body);
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return (text === "" ? undefined : JSON.parse(text)) as T;
    },
    on: (other) => apiClient(other, token),
  };
}

/** The first owner `setUpOwner` creates, for signing in through the web app. */
export const OWNER = { email: "owner@example.com", password: "correct horse battery staple" } as const;

/**
 * Creates the first owner through the server's one-time setup link and gives them an API token.
 * Returns the client and the owner's workspace.
 */
export async function setUpOwner(server: ServerProcess): Promise<{ client: ApiClient; workspaceId: string }> {
  // The setup link is printed right after the "running" line.
  let setupToken: string | undefined;
  for (let waited = 0; setupToken === undefined; waited += 20) {
    setupToken = /setup\?token=(\S+)/.exec(server.stderr())?.[1];
    if (setupToken === undefined && waited > 5000)
      throw new Error(`no setup link printed:\n${server.stderr()}`);
    if (setupToken === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const setup = await fetch(`${server.url}/api/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      token: setupToken,
      email: OWNER.email,
      name: "Owner",
      password: OWNER.password,
    }),
  });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
  const { workspace, csrfToken } = (await setup.json()) as { workspace: { id: string }; csrfToken: string };
  const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const created = await fetch(`${server.url}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ name: "tests" }),
  });
  if (created.status !== 201) throw new Error(`token failed: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  return { client: apiClient(server.url, token), workspaceId: workspace.id };
}
