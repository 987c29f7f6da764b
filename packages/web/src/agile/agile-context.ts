import { useOutletContext } from "react-router";

/** What the agile section hands each of its pages. */
export interface AgileContext {
  readonly projectId: string;
  /** Members and up edit; viewers only read. */
  readonly canEdit: boolean;
  /** `/projects/:id/agile`: the pages' links start here. */
  readonly base: string;
}

export function useAgileContext(): AgileContext {
  return useOutletContext<AgileContext>();
}
