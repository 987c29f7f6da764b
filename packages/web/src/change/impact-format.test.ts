import { describe, expect, it } from "vitest";
import { formatMoneyDelta, formatShift, formatShiftShort, shiftTone } from "./impact-format.js";

describe("impact figures as text", () => {
  it("says a move in working days with its sign", () => {
    expect(formatShift(5)).toBe("+5 working days");
    expect(formatShift(1)).toBe("+1 working day");
    expect(formatShift(-2.5)).toBe("\u22122.5 working days");
    expect(formatShift(0.01)).toBe("no change");
    expect(formatShiftShort(-1)).toBe("\u22121 d");
    expect(formatShiftShort(undefined)).toBe("—");
  });

  it("says a change of cost with cents", () => {
    expect(formatMoneyDelta(3600)).toBe(`+${(3600).toLocaleString(undefined, { minimumFractionDigits: 2 })}`);
    expect(formatMoneyDelta(-0.001)).toBe("no change");
  });

  it("tones later as bad and earlier as good", () => {
    expect([shiftTone(3), shiftTone(-1), shiftTone(0), shiftTone(undefined)]).toEqual([
      "later",
      "earlier",
      "same",
      "same",
    ]);
  });
});
