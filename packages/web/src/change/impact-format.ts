import { formatDays } from "../ui/format.js";

const MINUS = "\u2212";

/** A move in working days as people say it: `+5 working days`, `−1 working day`, `no change`. */
export function formatShift(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  if (rounded === 0) return "no change";
  const unit = Math.abs(rounded) === 1 ? "working day" : "working days";
  return `${rounded > 0 ? "+" : MINUS}${formatDays(Math.abs(rounded))} ${unit}`;
}

/** The same move in a table cell: `+5 d`, `−1 d`, `0`. */
export function formatShiftShort(days: number | undefined): string {
  if (days === undefined) return "—";
  const rounded = Math.round(days * 10) / 10;
  if (rounded === 0) return "0";
  return `${rounded > 0 ? "+" : MINUS}${formatDays(Math.abs(rounded))} d`;
}

const MONEY = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in the project's currency (the plan names none), with cents. */
export function formatMoney(amount: number): string {
  return amount < 0 ? `${MINUS}${MONEY.format(-amount)}` : MONEY.format(amount);
}

/** A change of cost: `+3,600.00`, `−450.00`, `no change`. */
export function formatMoneyDelta(delta: number): string {
  if (Math.round(delta * 100) === 0) return "no change";
  return delta > 0 ? `+${MONEY.format(delta)}` : `${MINUS}${MONEY.format(-delta)}`;
}

/** Whether a move is later (bad for the finish), earlier (good) or none: the tone of its figure. */
export function shiftTone(days: number | undefined): "later" | "earlier" | "same" {
  if (days === undefined || Math.round(days * 10) === 0) return "same";
  return days > 0 ? "later" : "earlier";
}
