import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.js";
import { keys } from "../api/queries.js";
import { type ChangeRecord, changeKeys } from "./change-api.js";

/** Runs one write of a change request; resolves with undefined when saved, else with a message to show in place. */
export type ChangeWrite = (write: () => Promise<ChangeRecord | undefined>) => Promise<string | undefined>;

/**
 * Change request writes end the same way: the saved request replaces the listed one at once (so the
 * impact of its new version starts computing), then the project's data is refetched. Impact answers
 * are left alone: each is keyed by the request's version, so a new version fetches its own, and
 * refetching the old one would only run another forecast for edits that are gone.
 */
export function useChangeWrite(projectId: string): ChangeWrite {
  const client = useQueryClient();
  const mutation = useMutation({ mutationFn: (write: () => Promise<ChangeRecord | undefined>) => write() });
  return async (write) => {
    try {
      const saved = await mutation.mutateAsync(write);
      if (saved !== undefined) {
        client.setQueryData<ChangeRecord[]>(changeKeys.list(projectId), (list) =>
          list?.map((c) => (c.id === saved.id ? saved : c)),
        );
      }
      return undefined;
    } catch (error) {
      return refusal(error);
    } finally {
      void client.invalidateQueries({
        queryKey: keys.project(projectId),
        predicate: (q) => q.queryKey[4] !== "impact",
      });
    }
  };
}

export function refusal(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code === "version_conflict")
    return "Someone else changed this change request meanwhile; it now shows their version. Check it and try again.";
  if (error.status === 403) return `Not allowed: ${error.message}.`;
  return error.message;
}
