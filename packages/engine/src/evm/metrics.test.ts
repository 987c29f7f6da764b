import { describe, expect, it } from "vitest";
import { evmMetrics } from "./metrics.js";

describe("evmMetrics", () => {
  it("derives variances, indices and the three estimates at completion", () => {
    const m = evmMetrics({ PV: 400, EV: 300, AC: 360, BAC: 1000, remaining: 800, ES: 3, AT: 4, PD: 10 });
    expect(m).toMatchObject({ SV: -100, CV: -60, SPI: 0.75, EAC_bottomUp: 1160, SVt: -1, SPIt: 0.75 });
    expect(m.CPI).toBeCloseTo(300 / 360, 12);
    expect(m.EAC_CPI).toBeCloseTo(1200, 9);
    expect(m.EAC).toBe(m.EAC_CPI);
    expect(m.ETC).toBeCloseTo(840, 9);
    expect(m.VAC).toBeCloseTo(-200, 9);
    expect(m.EAC_CPI_SPI).toBeCloseTo(360 + 700 / ((300 / 360) * 0.75), 9);
    expect(m.TCPI).toBeCloseTo(700 / 640, 12);
    expect(m.IEACt).toBeCloseTo(10 / 0.75, 12);
  });

  it("gives null, never Infinity or NaN, where a divisor is zero", () => {
    const m = evmMetrics({ PV: 0, EV: 0, AC: 0, BAC: 0, remaining: 0, ES: null, AT: 0, PD: 0 });
    expect(m).toMatchObject({ SPI: null, CPI: null, EAC: null, EAC_CPI: null, EAC_CPI_SPI: null });
    expect(m).toMatchObject({
      ETC: null,
      VAC: null,
      TCPI: null,
      ES: null,
      SPIt: null,
      SVt: null,
      IEACt: null,
    });
    const spent = evmMetrics({ PV: 100, EV: 0, AC: 50, BAC: 100, remaining: 100, ES: 0, AT: 2, PD: 4 });
    expect(spent).toMatchObject({ CPI: 0, EAC: null, EAC_CPI_SPI: null, SPIt: 0, IEACt: null });
  });
});
