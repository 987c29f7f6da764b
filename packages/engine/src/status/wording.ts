const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date as people read it in a report: "Tue 26 Jan"; with the year when it is not `year`
 * (the report's own year), "Tue 26 Jan 2028".
 */
export function formatDay(iso: string, year?: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  // 1970-01-01 was a Thursday: index 3 with Monday = 0.
  const days = Date.UTC(y, m - 1, d) / 86_400_000;
  const weekday = WEEKDAYS[(((days + 3) % 7) + 7) % 7];
  const text = `${weekday} ${d} ${MONTHS[m - 1]}`;
  return year === undefined || iso.slice(0, 4) === year ? text : `${text} ${y}`;
}

/** Whole currency units with thousands separators: 12400 → "12,400". */
export function formatMoney(amount: number): string {
  const whole = Math.round(Math.abs(amount));
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return amount < 0 && whole !== 0 ? `-${digits}` : digits;
}

/** A signed change in money: "+4,200", "-1,000", "no change". */
export function formatMoneyChange(delta: number): string {
  if (Math.round(delta) === 0) return "no change";
  return delta > 0 ? `+${formatMoney(delta)}` : formatMoney(delta);
}

/** How a cost moves, in a clause: "cost +4,200", "no change in cost". */
export function costChange(delta: number): string {
  return Math.round(delta) === 0 ? "no change in cost" : `cost ${formatMoneyChange(delta)}`;
}

/** "1 working day", "3 working days", "2.5 working days". */
export function formatWorkingDays(days: number): string {
  const n = Math.round(Math.abs(days) * 10) / 10;
  return `${n} working day${n === 1 ? "" : "s"}`;
}

/** "1 task", "3 tasks". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length === 0) return "";
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  return shown.length === 1 ? (shown[0] as string) : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** A ratio such as SPI or CPI with two decimals. */
export const formatRatio = (value: number): string => value.toFixed(2);

/** A share 0–1 as a whole percent: "42 %". */
export const formatPercent = (share: number): string => `${Math.round(share * 100)} %`;
