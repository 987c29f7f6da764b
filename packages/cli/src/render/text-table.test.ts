import { describe, expect, it } from "vitest";
import { textTable } from "./text-table.js";

describe("textTable", () => {
  it("pads columns to the widest cell and right-aligns numbers", () => {
    const out = textTable(
      [{ header: "id" }, { header: "days", align: "right" }],
      [
        ["design", "5"],
        ["qa", "12.5"],
      ],
    );
    expect(out).toBe(["id      days", "------  ----", "design     5", "qa      12.5", ""].join("\n"));
  });

  it("does not leave trailing spaces when the last cell is empty", () => {
    const out = textTable([{ header: "id" }, { header: "crit" }], [["a", ""]]);
    expect(out.split("\n")[2]).toBe("a");
  });
});
