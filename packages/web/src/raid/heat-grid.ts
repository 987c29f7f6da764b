import type { ExposureBand, HeatMap } from "@keel/engine";
import type { RiskScales } from "@keel/model";

/** A level as selects and headers show it: `4 · Likely`; a level past the scale's end just its number. */
export function levelName(scale: readonly { readonly label: string }[], level: number): string {
  const label = scale[level - 1]?.label;
  return label === undefined ? String(level) : `${level} · ${label}`;
}

/** The options of a probability or impact select, level 1 first. */
export function levelOptions(
  scale: readonly { readonly label: string }[],
): { value: string; label: string }[] {
  return scale.map((_, i) => ({ value: String(i + 1), label: levelName(scale, i + 1) }));
}

export const BAND_NAMES: Record<ExposureBand, string> = { low: "Low", medium: "Medium", high: "High" };

export interface HeatGridCell {
  readonly probability: number;
  readonly impact: number;
  readonly exposure: number;
  readonly band: ExposureBand;
  readonly risks: readonly string[];
  /** The tooltip's first line: `Likely × Severe · exposure 20`. */
  readonly heading: string;
  /** The risks as the tooltip lists them: `R1 Vendor late`. */
  readonly lines: readonly string[];
  /** Everything the cell says, for screen readers. */
  readonly label: string;
}

export interface HeatGrid {
  /** Highest probability first. */
  readonly rows: readonly {
    readonly probability: number;
    readonly name: string;
    readonly cells: readonly HeatGridCell[];
  }[];
  /** Lowest impact first. */
  readonly impacts: readonly { readonly impact: number; readonly name: string }[];
  /** Risks on the map. */
  readonly total: number;
}

/**
 * The server's heat map with the scales' labels and the risks' names: what each cell shows (a
 * count), lists on hover or focus (the risks) and says to a screen reader (all of it).
 */
export function heatGrid(map: HeatMap, scales: RiskScales, names: ReadonlyMap<string, string>): HeatGrid {
  let total = 0;
  const rows = map.rows.map((row) => {
    const probability = row[0]?.probability ?? 0;
    const cells = row.map((cell) => {
      total += cell.risks.length;
      const lines = cell.risks.map((id) => {
        const name = names.get(id);
        return name === undefined || name === id ? id : `${id} ${name}`;
      });
      const count = cell.risks.length;
      const label = `Probability ${levelName(scales.probability, cell.probability)}, impact ${levelName(
        scales.impact,
        cell.impact,
      )}: exposure ${cell.exposure}, ${cell.band}. ${
        count === 0 ? "No risks" : `${count} risk${count === 1 ? "" : "s"}: ${cell.risks.join(", ")}`
      }`;
      const heading = `${scales.probability[cell.probability - 1]?.label ?? cell.probability} × ${
        scales.impact[cell.impact - 1]?.label ?? cell.impact
      } · exposure ${cell.exposure}`;
      return { ...cell, heading, lines, label };
    });
    return { probability, name: levelName(scales.probability, probability), cells };
  });
  const impacts = (map.rows[0] ?? []).map((c) => ({
    impact: c.impact,
    name: levelName(scales.impact, c.impact),
  }));
  return { rows, impacts, total };
}
