import { describe, expect, it } from "vitest";
import { chooseDateFormats, DateColumn } from "./dates.js";

function column(header: string, ...values: string[]): { column: DateColumn; keys: (string | undefined)[] } {
  const column = new DateColumn(header);
  return { column, keys: values.map((v, i) => column.add(v, i + 2)) };
}

describe("chooseDateFormats", () => {
  it("reads Jira's default style and its variants, taking dates in the file's own terms", () => {
    const { column: c, keys } = column(
      "Created",
      "08/Sep/21 2:02 PM",
      "22/Mar/26 10:50 AM",
      "",
      "1/Jan/99 9:00 AM",
    );
    const [choice] = chooseDateFormats([c]);
    expect(choice?.format).toBe("d/MMM/yy h:mm a");
    expect(keys.map((k) => (k === undefined ? undefined : choice?.date(k)))).toEqual([
      "2021-09-08",
      "2026-03-22",
      undefined,
      "1999-01-01",
    ]);
    const iso = column("Resolved", "2024-09-06 13:55", "2024-10-01T08:00:00");
    expect(chooseDateFormats([iso.column])[0]?.format).toBe("yyyy-M-d");
    expect(chooseDateFormats([column("x", "9/8/2021 9:05:07").column])[0]?.format).toBe("M/d/yyyy H:mm:ss");
  });

  it("tells day from month by the values, then by another column of the same shape", () => {
    const dayFirst = column("Created", "06-09-2024 13:55", "13-09-2024 10:00");
    expect(chooseDateFormats([dayFirst.column])[0]).toMatchObject({ format: "d-M-yyyy H:mm" });
    const updated = column("Updated", "07-09-2024 12:05");
    const [created, upd] = chooseDateFormats([dayFirst.column, updated.column]);
    expect(created?.ambiguousWith).toBeUndefined();
    expect(upd).toMatchObject({ format: "d-M-yyyy H:mm", orderFrom: "Created", ambiguousWith: undefined });
    expect(upd?.date(updated.keys[0] ?? "")).toBe("2024-09-07");
  });

  it("keeps month first when nothing tells, and says so; dateOrder decides instead", () => {
    const { column: c, keys } = column("Created", "9/8/2021 9:05", "10/11/2021 17:00");
    const [guess] = chooseDateFormats([c]);
    expect(guess).toMatchObject({ format: "M/d/yyyy H:mm", ambiguousWith: "d/M/yyyy" });
    expect(guess?.date(keys[0] ?? "")).toBe("2021-09-08");
    const [told] = chooseDateFormats([c], "day-first");
    expect(told).toMatchObject({ format: "d/M/yyyy H:mm", ambiguousWith: undefined });
    expect(told?.date(keys[0] ?? "")).toBe("2021-08-09");
  });

  it("takes the format that reads most rows when none reads all, and lists the rest", () => {
    const { column: c } = column(
      "Created",
      "08/Sep/21 2:02 PM",
      "09/Sep/21 2:02 PM",
      "yesterday",
      "31/Feb/21 1:00 PM",
    );
    const [choice] = chooseDateFormats([c]);
    expect(choice?.format).toBe("d/MMM/yy h:mm a");
    expect(choice?.unread).toEqual([
      { value: "yesterday", line: 4, count: 1 },
      { value: "31/Feb/21", line: 5, count: 1 },
    ]);
    const none = chooseDateFormats([column("Due", "soon", "later").column])[0];
    expect(none).toMatchObject({ format: undefined, values: 2 });
    expect(none?.unread).toHaveLength(2);
  });

  it("refuses years a four-digit pattern reads from two digits, and notes times it cannot read", () => {
    // M/d/yyyy would read 9/8/21 as the year 21; M/d/yy reads it as 2021.
    const [short] = chooseDateFormats([column("Created", "9/8/21 9:05", "12/31/21 10:00").column]);
    expect(short?.format).toBe("M/d/yy H:mm");
    const [odd] = chooseDateFormats([column("Created", "08/Sep/21 14h02").column]);
    expect(odd).toMatchObject({ format: "d/MMM/yy", timesUnread: true });
  });
});
