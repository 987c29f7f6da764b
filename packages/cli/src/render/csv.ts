/** Quotes a field per RFC 4180 when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Renders rows as CSV; lines end in LF, which spreadsheets accept and Unix tools prefer. */
export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(field).join(",")}\n`).join("");
}
