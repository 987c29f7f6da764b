import type { ChangeStatus } from "@keel/model";
import { Link } from "react-router";
import type { ChangeRecord } from "./change-api.js";
import { formatShift, shiftTone } from "./impact-format.js";

const STATUS_NAMES: Record<ChangeStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  deferred: "Deferred",
};

export function StatusBadge({ status }: { readonly status: ChangeStatus }) {
  return <span className={`change-status status-${status}`}>{STATUS_NAMES[status]}</span>;
}

/** `CR-2` before `CR-10`; other ids after, by name. */
export function byNumber(a: ChangeRecord, b: ChangeRecord): number {
  const n = (id: string) => Number(/^CR-(\d+)$/i.exec(id)?.[1] ?? Number.POSITIVE_INFINITY);
  return n(a.id) - n(b.id) || a.id.localeCompare(b.id);
}

interface ChangeListProps {
  readonly changes: readonly ChangeRecord[];
  readonly selected: string | undefined;
}

/** Every change request of the project, oldest first; a decided one shows how far it moved the finish. */
export function ChangeList({ changes, selected }: ChangeListProps) {
  return (
    <div className="change-list">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Name</th>
            <th scope="col">Requester</th>
            <th scope="col">Status</th>
            <th scope="col">Edits</th>
            <th scope="col" className="num">
              Finish impact
            </th>
          </tr>
        </thead>
        <tbody>
          {[...changes].sort(byNumber).map((c) => {
            // A deferred request submitted again keeps its old decision until the next one.
            const decided = c.status !== "draft" && c.status !== "submitted";
            const days = decided ? c.decision?.impact.finishDays : undefined;
            return (
              <tr key={c.id} data-change={c.id} aria-current={c.id === selected ? "true" : undefined}>
                <td className="change-id">{c.id}</td>
                <td className="change-name">
                  <Link to={{ search: `?request=${encodeURIComponent(c.id)}` }}>{c.name}</Link>
                </td>
                <td>{c.requester}</td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td className="num">{c.edits.length}</td>
                <td className={`num shift-${shiftTone(days)}`}>
                  {days === undefined ? <span className="muted">not decided</span> : formatShift(days)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
