import { Link } from "react-router";
import { formatDate } from "../ui/format.js";
import { StatusBadge } from "./ChangeList.js";
import { useChangeLog } from "./change-api.js";
import { formatMoneyDelta, formatShift, shiftTone } from "./impact-format.js";

/** Every decision on a change request, newest first, with the figures it was decided on. */
export function ChangeLog({ projectId }: { readonly projectId: string }) {
  const log = useChangeLog(projectId);
  if (log.isError) return <p className="form-error">{log.error.message}</p>;
  if (log.isPending) return <p className="muted">Loading the change log…</p>;
  if (log.data.length === 0)
    return (
      <p className="muted empty">
        No decisions yet. When a manager approves, rejects or defers a change request, it is recorded here
        with who decided, why, and what it did to the finish, the P80 and the cost.
      </p>
    );
  return (
    <div className="change-log">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Request</th>
            <th scope="col">Decision</th>
            <th scope="col">By</th>
            <th scope="col">Why</th>
            <th scope="col" className="num">
              Finish
            </th>
            <th scope="col" className="num">
              P80
            </th>
            <th scope="col" className="num">
              Cost
            </th>
          </tr>
        </thead>
        <tbody>
          {log.data.map((c) => {
            const d = c.decision;
            if (d === undefined) return null;
            const f = d.impact;
            const cost = f.costAfter - f.costBefore;
            return (
              <tr key={`${c.id} ${d.at}`} data-change={c.id}>
                <td>{formatDate(d.at.slice(0, 10))}</td>
                <td className="change-log-request">
                  <Link to={{ search: `?request=${encodeURIComponent(c.id)}` }}>
                    <span className="change-id">{c.id}</span> {c.name}
                  </Link>
                </td>
                <td>
                  <StatusBadge status={d.status} />
                  {d.rebaselined ? <span className="muted change-rebaselined"> · new baseline</span> : null}
                </td>
                <td>{d.by}</td>
                <td className="change-log-why">{d.why}</td>
                <td className={`num shift-${shiftTone(f.finishDays)}`}>{formatShift(f.finishDays)}</td>
                <td className={`num shift-${shiftTone(f.p80Days)}`}>
                  {f.p80Days === undefined ? <span className="muted">—</span> : formatShift(f.p80Days)}
                </td>
                <td className={`num shift-${shiftTone(cost)}`}>
                  {f.costBefore === 0 && f.costAfter === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    formatMoneyDelta(cost)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
