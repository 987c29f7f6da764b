/**
 * "250,000": a number as a reader scans it, grouped by thousands with commas (en-US, whatever the
 * runtime's locale), its digits unchanged. Exponent forms ("1e+21") are left as written.
 */
export function groupedNumber(n: number): string {
  return groupDigits(String(n));
}

/** Every run of four or more digits in the user's wording grouped ("250000 EUR" → "250,000 EUR"); fractions kept. */
export function groupDigits(text: string): string {
  if (/\d[eE][+-]?\d/.test(text)) return text;
  return text.replace(/(?<![\d.,])\d{4,}(?!\d)/g, (run) => run.replace(/\B(?=(\d{3})+$)/g, ","));
}

/**
 * "on a budget of $1.2M", "on a budget of 250,000": the amount as the user gave it, so its currency
 * shows when they named one and none is implied when they did not ("on a 250,000 budget" reads as
 * if the currency had been dropped).
 */
export function budgetPhrase(amount: string): string {
  return `on a budget of ${groupDigits(amount.trim())}`;
}
