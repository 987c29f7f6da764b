import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.js";
import { keys } from "../api/queries.js";

/** Runs one plan edit; resolves with undefined when it was saved, else with the message to show in place. */
export type PlanWrite = (edit: () => Promise<unknown>) => Promise<string | undefined>;

/**
 * Plan edits go through here so every one ends the same way: the project's tasks, links and schedule
 * are refetched before the promise resolves (the server reschedules on each write, and after a 409
 * this loads the item as it stands now), and a refusal comes back as a message for people.
 */
export function usePlanWrite(projectId: string): PlanWrite {
  const client = useQueryClient();
  const mutation = useMutation({ mutationFn: (edit: () => Promise<unknown>) => edit() });
  return async (edit) => {
    try {
      await mutation.mutateAsync(edit);
      return undefined;
    } catch (error) {
      return refusal(error);
    } finally {
      void client.invalidateQueries({ queryKey: keys.projects });
      await client.invalidateQueries({ queryKey: keys.project(projectId) });
    }
  };
}

/** A refused write's error as a message for people. */
export function refusal(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code === "version_conflict") {
    const name = (error.current as { name?: string } | undefined)?.name;
    return `Someone else changed ${name === undefined ? "this item" : `“${name}”`} meanwhile; it now shows their change. Check it and try again.`;
  }
  return error.message;
}
