/**
 * Worked example: Mario Vanhoucke, "Earned Value Management: Forecasting time", PM Knowledge Center
 * (http://www.pmknowledgecenter.com/dynamic_scheduling/control/earned-value-management-forecasting-time,
 * also http://pmknowledgecenter.com/node/167). Its example project has a planned duration of 9 weeks,
 * BAC 150 and this weekly data, with the earned schedule it computes for weeks 1–6:
 *
 *        W1    W2     W3     W4     W5     W6      W7      W8      W9      W10     W11
 *   PV   5.00  10.00  25.00  55.00  85.00  120.00  130.00  140.00  150.00  150.00  150.00
 *   EV   3.33   6.67  10.00  22.50  70.00   82.50   90.00  120.00  130.00  140.00  150.00
 *   ES   0.67   1.33   2.00   2.83   4.50    4.92
 *
 * Weeks 7–11 follow from Lipke's formula; at completion ES is the planned duration (9 weeks),
 * although EV = PV = BAC makes the cost-based SPI 1 two weeks late.
 */
import { describe, expect, it } from "vitest";
import { earnedSchedule } from "./earned-schedule.js";
import { evmMetrics } from "./metrics.js";

const PV = [5, 10, 25, 55, 85, 120, 130, 140, 150, 150, 150];
const EV = [3.33, 6.67, 10, 22.5, 70, 82.5, 90, 120, 130, 140, 150];
const PUBLISHED_ES = [0.67, 1.33, 2.0, 2.83, 4.5, 4.92];

describe("earnedSchedule", () => {
  it("reproduces the published earned schedule of weeks 1–6", () => {
    PUBLISHED_ES.forEach((es, week) => {
      expect(earnedSchedule(PV, EV[week] as number)).toBeCloseTo(es, 2);
    });
  });

  it("continues through weeks 7–11 and stops at the planned duration once everything is earned", () => {
    const weeks = EV.slice(6).map((ev) => earnedSchedule(PV, ev));
    expect(weeks[0]).toBeCloseTo(5 + 5 / 35, 10);
    expect(weeks.slice(1)).toEqual([6, 7, 8, 9]);
  });

  it("gives the time-based indicators at week 6 and at completion in week 11", () => {
    const week6 = evmMetrics({
      PV: 120,
      EV: 82.5,
      AC: 0,
      BAC: 150,
      remaining: 0,
      ES: 4 + 27.5 / 30,
      AT: 6,
      PD: 9,
    });
    expect(week6.SPIt).toBeCloseTo(0.8194, 4);
    expect(week6.SVt).toBeCloseTo(-1.0833, 4);
    expect(week6.IEACt).toBeCloseTo(10.983, 3);
    const week11 = evmMetrics({ PV: 150, EV: 150, AC: 0, BAC: 150, remaining: 0, ES: 9, AT: 11, PD: 9 });
    expect(week11.SPI).toBe(1);
    expect(week11.SV).toBe(0);
    expect(week11.SVt).toBe(-2);
    expect(week11.SPIt).toBeCloseTo(9 / 11, 12);
    expect(week11.IEACt).toBeCloseTo(11, 12);
  });

  it("counts a planned pause as earned once the work before it is done", () => {
    // Nothing is planned in periods 3 and 4: having earned period 2's PV is being on time at period 4.
    expect(earnedSchedule([5, 10, 10, 10, 20], 10)).toBe(4);
    expect(earnedSchedule([5, 10, 10, 10, 20], 15)).toBe(4.5);
  });

  it("is 0 with nothing earned and null when nothing is planned", () => {
    expect(earnedSchedule(PV, 0)).toBe(0);
    expect(earnedSchedule([0, 0, 0], 0)).toBeNull();
    expect(earnedSchedule([], 0)).toBeNull();
  });
});
