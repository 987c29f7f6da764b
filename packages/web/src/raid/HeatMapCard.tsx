import type { HeatMap, HeatMapSide } from "@keel/engine";
import type { RiskScales } from "@keel/model";
import { useId } from "react";
import { BAND_NAMES, heatGrid } from "./heat-grid.js";

/** A cell of one side of the heat map, as the risk table's filter. */
export interface ChosenCell {
  readonly side: HeatMapSide;
  readonly probability: number;
  readonly impact: number;
}

interface HeatMapCardProps {
  readonly maps: { readonly before: HeatMap; readonly after: HeatMap } | undefined;
  readonly scales: RiskScales;
  readonly names: ReadonlyMap<string, string>;
  readonly side: HeatMapSide;
  readonly setSide: (side: HeatMapSide) => void;
  readonly chosen: ChosenCell | undefined;
  readonly choose: (cell: ChosenCell) => void;
}

/**
 * Probability × impact of the open threats, before or after their response: each cell coloured by its
 * exposure band and showing how many risks sit there; hovering or focusing one lists them, and
 * choosing it narrows the risk table to them.
 */
export function HeatMapCard({ maps, scales, names, side, setSide, chosen, choose }: HeatMapCardProps) {
  const id = useId();
  const grid = maps === undefined ? undefined : heatGrid(maps[side], scales, names);
  return (
    <section className="card raid-card heat-card" aria-labelledby={`${id}-title`}>
      <div className="raid-card-head">
        <h3 id={`${id}-title`}>Heat map</h3>
        <fieldset className="segmented" aria-label="Score the risks">
          {(["before", "after"] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="btn btn-small"
              aria-pressed={side === s}
              onClick={() => setSide(s)}
            >
              {s === "before" ? "Before" : "After"} response
            </button>
          ))}
        </fieldset>
      </div>
      {grid === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <div className="heat-frame">
            <span className="heat-axis heat-axis-y" aria-hidden="true">
              Probability
            </span>
            <table className="risk-heat">
              <caption className="visually-hidden">
                Open threats by probability (rows, highest first) and impact (columns), {side} response
              </caption>
              <thead>
                <tr>
                  <td />
                  {grid.impacts.map((c) => (
                    <th key={c.impact} scope="col" title={c.name}>
                      <span className="heat-level">{c.impact}</span>
                      <span className="heat-level-name">{c.name.split(" · ")[1]}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => (
                  <tr key={row.probability}>
                    <th scope="row" title={row.name}>
                      <span className="heat-level-name">{row.name.split(" · ")[1]}</span>
                      <span className="heat-level">{row.probability}</span>
                    </th>
                    {row.cells.map((cell) => {
                      const pressed =
                        chosen?.side === side &&
                        chosen.probability === cell.probability &&
                        chosen.impact === cell.impact;
                      return (
                        <td
                          key={cell.impact}
                          className={`heat-cell band-${cell.band}${cell.risks.length === 0 ? " is-empty" : ""}`}
                          data-cell={`${cell.probability}-${cell.impact}`}
                        >
                          {cell.risks.length > 0 && (
                            <button
                              type="button"
                              aria-label={`${cell.label}. Show them in the table`}
                              aria-pressed={pressed}
                              onClick={() =>
                                choose({ side, probability: cell.probability, impact: cell.impact })
                              }
                            >
                              <span className="heat-count">{cell.risks.length}</span>
                              <span className="heat-tip" aria-hidden="true">
                                <strong>{cell.heading}</strong>
                                {cell.lines.map((line) => (
                                  <span key={line}>{line}</span>
                                ))}
                              </span>
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="heat-axis heat-axis-x" aria-hidden="true">
            Impact
          </p>
          <p className="raid-legend">
            {(["low", "medium", "high"] as const).map((b) => (
              <span key={b} className={`band-key band-${b}`}>
                {BAND_NAMES[b]}
              </span>
            ))}
            <span className="muted">
              {grid.total === 0
                ? `No open threats${side === "after" ? "" : " yet"}.`
                : `${grid.total} open threat${grid.total === 1 ? "" : "s"}`}
            </span>
          </p>
        </>
      )}
    </section>
  );
}
