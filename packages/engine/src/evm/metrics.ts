/**
 * Earned value figures of the project or of one task as of the status date. Money (or hours, on
 * the hours basis) for PV…VAC; periods (working days or weeks) for ES, AT, SVt and IEACt. A ratio
 * whose divisor is zero is null, never Infinity or NaN.
 */
export interface EvmMetrics {
  /** Planned value: the budget of the work the baseline scheduled by the status date. */
  readonly PV: number;
  /** Earned value: the budget of the work done (budget × percent complete). */
  readonly EV: number;
  /** Actual cost of the work done. */
  readonly AC: number;
  /** Budget at completion. */
  readonly BAC: number;
  /** Schedule variance EV − PV. */
  readonly SV: number;
  /** Cost variance EV − AC. */
  readonly CV: number;
  /** Schedule performance index EV / PV. */
  readonly SPI: number | null;
  /** Cost performance index EV / AC. */
  readonly CPI: number | null;
  /** The estimate at completion Keel reports: the CPI-based one (EAC_CPI). */
  readonly EAC: number | null;
  /** BAC / CPI: the remaining work costs what the work so far did. */
  readonly EAC_CPI: number | null;
  /** AC + (BAC − EV) / (CPI × SPI): cost and schedule performance both persist. */
  readonly EAC_CPI_SPI: number | null;
  /** AC + the remaining work of each task as the current schedule has it. */
  readonly EAC_bottomUp: number;
  /** Estimate to complete for EAC: EAC − AC. */
  readonly ETC: number | null;
  /** Variance at completion BAC − EAC. */
  readonly VAC: number | null;
  /** To-complete performance index (BAC − EV) / (BAC − AC): the CPI the rest must reach to meet BAC. */
  readonly TCPI: number | null;
  /** Earned schedule: the time by which the baseline planned to earn EV; null without a budget. */
  readonly ES: number | null;
  /** Actual time from the baseline start to the status date. */
  readonly AT: number;
  /** ES / AT. */
  readonly SPIt: number | null;
  /** ES − AT. */
  readonly SVt: number | null;
  /** Independent estimate of the duration at completion: PD / SPI(t). */
  readonly IEACt: number | null;
}

export interface MetricInputs {
  readonly PV: number;
  readonly EV: number;
  readonly AC: number;
  readonly BAC: number;
  /** Σ estimate to complete of each task (bottom-up). */
  readonly remaining: number;
  readonly ES: number | null;
  readonly AT: number;
  /** Planned duration in periods. */
  readonly PD: number;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The derived figures (variances, indices, estimates) from the measured ones. */
export function evmMetrics(x: MetricInputs): EvmMetrics {
  const SPI = ratio(x.EV, x.PV);
  const CPI = ratio(x.EV, x.AC);
  const EAC_CPI = CPI === null ? null : ratio(x.BAC, CPI);
  const performance = CPI === null || SPI === null ? 0 : CPI * SPI;
  const rest = ratio(x.BAC - x.EV, performance);
  const EAC = EAC_CPI;
  const SPIt = x.ES === null ? null : ratio(x.ES, x.AT);
  const IEACt = SPIt === null ? null : ratio(x.PD, SPIt);
  return {
    PV: x.PV,
    EV: x.EV,
    AC: x.AC,
    BAC: x.BAC,
    SV: x.EV - x.PV,
    CV: x.EV - x.AC,
    SPI,
    CPI,
    EAC,
    EAC_CPI,
    EAC_CPI_SPI: rest === null ? null : x.AC + rest,
    EAC_bottomUp: x.AC + x.remaining,
    ETC: EAC === null ? null : EAC - x.AC,
    VAC: EAC === null ? null : x.BAC - EAC,
    TCPI: ratio(x.BAC - x.EV, x.BAC - x.AC),
    ES: x.ES,
    AT: x.AT,
    SPIt,
    SVt: x.ES === null ? null : x.ES - x.AT,
    IEACt,
  };
}
