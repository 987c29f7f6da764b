import type { Assumption, Dependency, Issue, LocalDate, Plan, Risk } from "@keel/model";

export type RaidKind = "risk" | "assumption" | "issue" | "dependency";

/** A RAID item whose date for attention has passed while it is still live. */
export interface StaleItem {
  readonly kind: RaidKind;
  readonly id: string;
  readonly name: string;
  readonly owner?: string | undefined;
  /** The date that passed. */
  readonly date: LocalDate;
  readonly reason: string;
}

/**
 * Items to chase on `today`: open risks past their review date, unvalidated assumptions past their
 * validate-by date, open issues past their due date, dependencies still awaited after they were needed.
 */
export function staleItems(plan: Plan, today: LocalDate): StaleItem[] {
  const out: StaleItem[] = [];
  const risks: readonly Risk[] = plan.risks ?? [];
  for (const r of risks) {
    if (r.status === "open" && r.review !== undefined && r.review < today) {
      out.push({
        kind: "risk",
        id: r.id,
        name: r.name,
        owner: r.owner,
        date: r.review,
        reason: "review date passed",
      });
    }
  }
  const assumptions: readonly Assumption[] = plan.assumptions ?? [];
  for (const a of assumptions) {
    if (a.status === "unvalidated" && a.validateBy !== undefined && a.validateBy < today) {
      out.push({
        kind: "assumption",
        id: a.id,
        name: a.name,
        owner: a.owner,
        date: a.validateBy,
        reason: "not validated by its date",
      });
    }
  }
  const issues: readonly Issue[] = plan.issues ?? [];
  for (const i of issues) {
    if (i.status === "open" && i.due !== undefined && i.due < today) {
      out.push({
        kind: "issue",
        id: i.id,
        name: i.name,
        owner: i.owner,
        date: i.due,
        reason: "past its due date",
      });
    }
  }
  const dependencies: readonly Dependency[] = plan.dependencies ?? [];
  for (const d of dependencies) {
    if (d.status === "waiting" && d.needed < today) {
      out.push({
        kind: "dependency",
        id: d.id,
        name: d.name,
        owner: d.owner,
        date: d.needed,
        reason: `still awaited from ${d.provider}`,
      });
    }
  }
  return out;
}
