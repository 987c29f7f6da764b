import type { StaleItem } from "@keel/engine";
import { useId } from "react";
import { formatDate } from "../ui/format.js";
import { titleCase } from "./raid-kinds.js";

interface NeedsAttentionProps {
  readonly stale: readonly StaleItem[] | undefined;
  readonly open: (item: StaleItem) => void;
}

/** The items whose date for attention has passed: reviews, validations, due and needed-by dates. */
export function NeedsAttention({ stale, open }: NeedsAttentionProps) {
  const id = useId();
  return (
    <section className="card raid-card attention-card" aria-labelledby={`${id}-title`}>
      <div className="raid-card-head">
        <h3 id={`${id}-title`}>
          Needs attention
          {stale !== undefined && stale.length > 0 && (
            <span className="raid-count-badge">{stale.length}</span>
          )}
        </h3>
      </div>
      {stale === undefined ? (
        <p className="muted">Loading…</p>
      ) : stale.length === 0 ? (
        <p className="muted raid-card-empty">
          Nothing overdue: every review, validation, due and needed-by date is still ahead.
        </p>
      ) : (
        <ul className="attention-list">
          {stale.map((s) => (
            <li key={`${s.kind}:${s.id}`}>
              <button type="button" className="attention-item" onClick={() => open(s)}>
                <span className={`raid-tag raid-tag-kind-${s.kind}`}>{titleCase(s.kind)}</span>
                <span className="attention-name">
                  <span className="raid-mono">{s.id}</span> {s.name}
                </span>
                <span className="attention-why">
                  <span>
                    {titleCase(s.reason)} · {formatDate(s.date)}
                  </span>{" "}
                  <span className="muted">· {s.owner ?? "no owner"}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
