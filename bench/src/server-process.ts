import type { ChildProcess } from "node:child_process";
import { apiClient, setUpOwner, spawnServer } from "@keel/server/process";

export { OWNER } from "@keel/server/process";

/** `keel serve` in a process of its own, so that the load generator does not share its event loop. */
export interface KeelServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** The API token of the owner created through the setup link. */
  readonly token: string;
  readonly workspaceId: string;
  stop(): Promise<void>;
}

/** Starts `keel serve` on a free port with `env` added, creates the first owner and gives them a token. */
export async function startKeel(env: Record<string, string>): Promise<KeelServer> {
  const server = await spawnServer(env);
  const { client, workspaceId } = await setUpOwner(server);
  return {
    url: server.url,
    child: server.child,
    token: client.token,
    workspaceId,
    async stop() {
      await server.stop();
    },
  };
}

/** Sends a JSON request with the server's token; returns the JSON answer or throws with the status. */
export function call<T>(server: KeelServer, method: string, path: string, body?: unknown): Promise<T> {
  return apiClient(server.url, server.token).json<T>(method, path, body);
}
