import type { EvmBasis, EvmMetrics, EvmPeriod } from "@keel/engine";

/** How a figure reads against its threshold; every tone also has words, never colour alone. */
export type Tone = "good" | "watch" | "bad" | "none";

export const TONE_WORDS: Readonly<Record<Tone, string>> = {
  good: "On track",
  watch: "Watch",
  bad: "Off track",
  none: "Not yet measurable",
};

/**
 * A performance index against 1: at or above is good, 0.9 up to 1 is worth watching, below 0.9 is
 * bad. For TCPI (`lowerIsBetter`) it turns round: the rest of the work needing more than 1.1× the
 * planned efficiency is rarely achieved.
 */
export function indexTone(value: number | null, lowerIsBetter = false): Tone {
  if (value === null || !Number.isFinite(value)) return "none";
  if (lowerIsBetter) return value <= 1 ? "good" : value <= 1.1 ? "watch" : "bad";
  return value >= 1 ? "good" : value >= 0.9 ? "watch" : "bad";
}

const MINUS = "\u2212";

/** An amount of the basis: money as a whole number, hours with "h". */
export function formatAmount(value: number | null, basis: EvmBasis): string {
  if (value === null) return "—";
  const rounded =
    Math.abs(value) < 10 && value !== 0 && basis === "hours"
      ? Math.round(value * 10) / 10
      : Math.round(value);
  const text = Math.abs(rounded).toLocaleString();
  return `${rounded < 0 ? MINUS : ""}${text}${basis === "hours" ? " h" : ""}`;
}

/** A variance with its sign: "+1,200", "−350 h", "0". */
export function formatSigned(value: number | null, basis: EvmBasis): string {
  if (value === null) return "—";
  const text = formatAmount(value, basis);
  return value > 0 && text !== "0" ? `+${text}` : text;
}

export function formatIndex(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

/** Periods (working days or weeks) with one decimal and the unit. */
export function formatPeriods(value: number, period: EvmPeriod): string {
  const n = Math.round(value * 10) / 10;
  const unit = period === "day" ? "working day" : "week";
  return `${n.toLocaleString()} ${unit}${Math.abs(n) === 1 ? "" : "s"}`;
}

export interface MetricCard {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly tone: Tone;
  /** One line in plain words: what the figure says about this project. */
  readonly explain: string;
}

/** The eight headline figures of earned value, each with its value, tone and a plain explanation. */
export function metricCards(m: EvmMetrics, basis: EvmBasis, period: EvmPeriod): MetricCard[] {
  const amount = (v: number) => formatAmount(Math.abs(v), basis);
  const percent = (v: number) => `${Math.round(v * 100)} %`;
  const spent = basis === "cost" ? "spent" : "worked";
  const schedule = indexTone(m.SPI);
  const cost = indexTone(m.CPI);
  return [
    {
      key: "SPI",
      label: "SPI",
      value: formatIndex(m.SPI),
      tone: schedule,
      explain:
        m.SPI === null
          ? "Nothing was planned to be done by the status date yet (EV ÷ PV)."
          : `${percent(m.SPI)} of the work planned by the status date is done (EV ÷ PV).`,
    },
    {
      key: "CPI",
      label: "CPI",
      value: formatIndex(m.CPI),
      tone: cost,
      explain:
        m.CPI === null
          ? `Nothing ${spent} yet, so no cost efficiency (EV ÷ AC).`
          : basis === "cost"
            ? `Each 1 spent earned ${m.CPI.toFixed(2)} of planned work (EV ÷ AC).`
            : `Each hour worked earned ${m.CPI.toFixed(2)} h of planned work (EV ÷ AC).`,
    },
    {
      key: "SV",
      label: "SV",
      value: formatSigned(m.SV, basis),
      tone: schedule,
      explain:
        m.SV === 0
          ? "Exactly the work planned by the status date is done (EV − PV)."
          : `${amount(m.SV)} of planned work ${m.SV < 0 ? "behind" : "ahead of"} the plan (EV − PV).`,
    },
    {
      key: "CV",
      label: "CV",
      value: formatSigned(m.CV, basis),
      tone: cost,
      explain:
        m.CV === 0
          ? `The work done ${basis === "cost" ? "cost" : "took"} what the plan said (EV − AC).`
          : `The work done ${basis === "cost" ? "cost" : "took"} ${amount(m.CV)} ${m.CV < 0 ? "more" : "less"} than planned (EV − AC).`,
    },
    {
      key: "EAC",
      label: "EAC",
      value: formatAmount(m.EAC, basis),
      tone: cost,
      explain:
        m.EAC === null
          ? "No forecast until work has been done and recorded (BAC ÷ CPI)."
          : `Expected total at completion if the rest ${basis === "cost" ? "costs" : "takes"} what the work so far did; budget ${formatAmount(m.BAC, basis)} (BAC ÷ CPI).`,
    },
    {
      key: "VAC",
      label: "VAC",
      value: formatSigned(m.VAC, basis),
      tone: cost,
      explain:
        m.VAC === null
          ? "No forecast of the overrun yet (BAC − EAC)."
          : m.VAC === 0
            ? "Expected to finish on budget (BAC − EAC)."
            : `Expected to finish ${amount(m.VAC)} ${m.VAC < 0 ? "over" : "under"} budget (BAC − EAC).`,
    },
    {
      key: "TCPI",
      label: "TCPI",
      value: formatIndex(m.TCPI),
      tone: indexTone(m.TCPI, true),
      explain:
        m.TCPI === null
          ? "The budget is used up: no efficiency can finish within it ((BAC − EV) ÷ (BAC − AC))."
          : `The rest of the work must earn ${m.TCPI.toFixed(2)} per ${basis === "cost" ? "1 spent" : "hour"} to finish on budget ((BAC − EV) ÷ (BAC − AC)).`,
    },
    {
      key: "SPIt",
      label: "SPI(t)",
      value: formatIndex(m.SPIt),
      tone: indexTone(m.SPIt),
      explain:
        m.SPIt === null || m.ES === null
          ? "Earned schedule needs time elapsed since the baseline start (ES ÷ AT)."
          : `The work done was planned for ${formatPeriods(m.ES, period)}; ${formatPeriods(m.AT, period)} have passed (ES ÷ AT).`,
    },
  ];
}
