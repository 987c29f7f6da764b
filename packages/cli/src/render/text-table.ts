import { printable } from "./printable.js";

export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/** Lays rows out in aligned columns two spaces apart, with a header and a rule; cells are made printable. */
export function textTable(columns: readonly Column[], cells: readonly (readonly string[])[]): string {
  const rows = cells.map((row) => row.map(printable));
  // reduce, not Math.max(...): spreading a row per task overflows the call stack on very large plans.
  const widths = columns.map((c, i) =>
    rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), c.header.length),
  );
  const line = (row: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = row[i] ?? "";
        const width = widths[i] ?? 0;
        return c.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].map((l) => `${l}\n`).join("");
}
