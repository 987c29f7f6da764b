import type { WorkflowTransition } from "@keel/model";
import { useId } from "react";
import { ANY_STATUS, allowedMoveCount, hasTransition, setTransition, unreachable } from "./transitions.js";

interface TransitionsEditorProps {
  /** The statuses in board order: a form row's key and the name it shows. */
  readonly statuses: readonly { readonly key: string; readonly name: string }[];
  readonly transitions: readonly WorkflowTransition[];
  readonly everyMove: boolean;
  readonly setTransitions: (transitions: WorkflowTransition[]) => void;
  readonly setEveryMove: (on: boolean) => void;
}

/**
 * Which moves the board allows: a from × to matrix of checkboxes ("Any status" is a row of moves
 * allowed from everywhere), or every move at once. Statuses no card can reach are named beneath.
 */
export function TransitionsEditor({
  statuses,
  transitions,
  everyMove,
  setTransitions,
  setEveryMove,
}: TransitionsEditorProps) {
  const id = useId();
  const keys = statuses.map((s) => s.key);
  const nameOf = new Map(statuses.map((s) => [s.key, s.name]));
  const total = keys.length * (keys.length - 1);
  const count = everyMove ? total : allowedMoveCount(transitions, keys);
  const unreached = everyMove ? [] : unreachable(transitions, keys);
  const froms = [{ key: ANY_STATUS, name: "Any status" }, ...statuses];

  return (
    <section className="transitions" aria-labelledby={`${id}-title`}>
      <div className="transitions-head">
        <h3 id={`${id}-title`}>Transitions</h3>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={everyMove}
            checked={everyMove}
            onChange={(e) => setEveryMove(e.target.checked)}
          />
          Allow every move
        </label>
        <span className="muted" data-figure="moves">
          {count === total ? `All ${total} moves allowed` : `${count} of ${total} moves allowed`}
        </span>
      </div>
      {everyMove ? (
        <p className="muted transitions-note">
          Cards move between any two columns. Switch this off to choose the moves the board allows.
        </p>
      ) : (
        <>
          <div className="transition-matrix-scroll">
            <table className="table transition-matrix">
              <caption>Moves allowed from the status of a row to the status of a column</caption>
              <thead>
                <tr>
                  <th scope="col" className="matrix-corner">
                    From <span aria-hidden="true">↓</span> To <span aria-hidden="true">→</span>
                  </th>
                  {statuses.map((to) => (
                    <th key={to.key} scope="col">
                      {to.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {froms.map((from) => (
                  <tr key={from.key} className={from.key === ANY_STATUS ? "is-any" : undefined}>
                    <th scope="row">{from.name}</th>
                    {statuses.map((to) => {
                      if (from.key === to.key) {
                        return (
                          <td key={to.key} className="is-same">
                            <span aria-hidden="true">·</span>
                          </td>
                        );
                      }
                      // A move allowed from any status shows as allowed in each row, changed in the "Any status" row.
                      const fromAny =
                        from.key !== ANY_STATUS && hasTransition(transitions, ANY_STATUS, to.key);
                      return (
                        <td key={to.key} className={fromAny ? "is-implied" : undefined}>
                          <input
                            type="checkbox"
                            aria-label={`from ${from.name} to ${to.name}`}
                            title={fromAny ? "Allowed from any status" : undefined}
                            checked={fromAny || hasTransition(transitions, from.key, to.key)}
                            disabled={fromAny}
                            onChange={(e) =>
                              setTransitions(setTransition(transitions, from.key, to.key, e.target.checked))
                            }
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {unreached.length > 0 && (
            <p className="agile-warning" role="status">
              No card starting in {statuses[0]?.name} can reach{" "}
              {listed(unreached.map((k) => nameOf.get(k) ?? k))}. Check a move into{" "}
              {unreached.length === 1 ? "it" : "each"} to open the way; saving is still allowed.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
