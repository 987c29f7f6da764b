import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.js";
import { keys } from "../api/queries.js";

/** What a write answered: the server's body, or a message for people (and the status, 0 when offline). */
export type AgileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly status: number };

export type AgileWrite = <T>(send: () => Promise<T>) => Promise<AgileResult<T>>;

/**
 * Backlog, sprint and settings writes end the same way: the project's data is refetched (after a 409
 * that loads the item as it stands now), and a refusal comes back as a sentence to show in place.
 */
export function useAgileWrite(projectId: string): AgileWrite {
  const client = useQueryClient();
  const mutation = useMutation({ mutationFn: (send: () => Promise<unknown>) => send() });
  return async <T>(send: () => Promise<T>): Promise<AgileResult<T>> => {
    try {
      const value = (await mutation.mutateAsync(send)) as T;
      return { ok: true, value };
    } catch (error) {
      return { ok: false, message: refusal(error), status: error instanceof ApiError ? error.status : 0 };
    } finally {
      await client.invalidateQueries({ queryKey: keys.project(projectId) });
    }
  };
}

export function refusal(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code === "version_conflict") {
    const current = error.current as { id?: string; name?: string } | undefined;
    const what = current?.name ?? current?.id;
    return `Someone else changed ${what === undefined ? "this" : `“${what}”`} meanwhile; it now shows their change. Check it and try again.`;
  }
  if (error.status === 403) return `Not allowed: ${error.message}.`;
  return error.message;
}
