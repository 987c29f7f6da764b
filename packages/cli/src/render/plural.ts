/** `plural(1, "error")` → `1 error`, `plural(2, "error")` → `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
