import { describe, expect, it } from "vitest";
import {
  addItem,
  fieldsOf,
  fieldText,
  isBlank,
  itemsOf,
  normalizeReport,
  removeItem,
  reportProblems,
  SECTIONS,
  sameReport,
  updateItem,
  withField,
} from "./report-edit.js";
import { demoReport } from "./report-fixture.js";

const field = (section: keyof typeof SECTIONS, key: string) => {
  const spec = SECTIONS[section].fields.find((f) => f.key === key);
  if (spec === undefined) throw new Error(key);
  return spec;
};

describe("editing a report", () => {
  const report = demoReport();

  it("starts from a generated report with nothing to fix", () => {
    expect(report.overall.rag).toBe("RED");
    expect(reportProblems(report)).toEqual([]);
  });

  it("adds a blank item with a free id and the section's default date", () => {
    const added = addItem(report, "next");
    expect(added?.index).toBe(report.next.length);
    expect(added?.report.next.at(-1)).toEqual({
      action: "",
      owner: null,
      date: report.nextUpdate,
      overdue: false,
    });
    const blocker = addItem(addItem(report, "blocked")?.report ?? report, "blocked");
    expect(blocker?.report.blocked.map((b) => b.id).slice(-2)).toEqual(["blocked-1", "blocked-2"]);
    // Risks and approved changes carry figures from the data: not added by hand.
    expect(addItem(report, "topRisks")).toBeUndefined();
    expect(addItem(report, "changed")).toBeUndefined();
  });

  it("keeps text as typed, and an empty person or optional date as none", () => {
    const item = { what: "x", owner: "Priya", since: "2027-02-01", why: "y" };
    expect(withField(item, field("blocked", "owner"), "")).toMatchObject({ owner: null });
    expect(withField(item, field("blocked", "since"), "")).toMatchObject({ since: null });
    expect(withField(item, field("blocked", "what"), "API late ")).toMatchObject({ what: "API late " });
    const done = withField({ owners: [] }, field("done", "owners"), "Tom, Lena, ");
    expect(fieldText(done, field("done", "owners"))).toBe("Tom, Lena, ");
  });

  it("says what is missing, item by item", () => {
    const added = addItem(report, "asks");
    if (added === undefined) throw new Error("asks take new items");
    const r = { ...added.report, summary: "  ", nextUpdate: report.asOf };
    expect(reportProblems(r)).toEqual([
      { field: "summary", message: "Write the summary." },
      { section: "asks", index: added.index, field: "what", message: "What is needed." },
      { section: "asks", index: added.index, field: "why", message: "Why is needed." },
      { field: "nextUpdate", message: "The next update comes after the report's date." },
    ]);
    expect(isBlank("asks", itemsOf(added.report, "asks")[added.index] ?? {})).toBe(true);
  });

  it("shows an ask's addressee and date only for an escalation", () => {
    const decision = { kind: "decision", what: "CR-2", from: null, by: null, why: "w" };
    expect(fieldsOf("asks", decision).map((f) => f.key)).toEqual(["what", "why"]);
    expect(fieldsOf("asks", { ...decision, kind: "escalation" }).map((f) => f.key)).toEqual([
      "from",
      "what",
      "by",
      "why",
    ]);
  });

  it("saves trimmed text, names split at commas, dated lists in date order, and overdue from the dates", () => {
    let r = updateItem(report, "done", 0, {
      ...report.done[0],
      name: " Requirements signed ",
      owners: ["Tom,  Lena, "],
    });
    const added = addItem(r, "next");
    if (added === undefined) throw new Error("next takes new items");
    r = updateItem(added.report, "next", added.index, {
      action: "Chase PayFlow",
      owner: " ",
      date: "2027-02-09",
      overdue: false,
    });
    const saved = normalizeReport({ ...r, summary: " Late. " });
    expect(saved.summary).toBe("Late.");
    expect(saved.done[0]).toMatchObject({ name: "Requirements signed", owners: ["Tom", "Lena"] });
    // Put in date order: the 9 Feb action before the later ones.
    expect(saved.next.map((n) => n.date)).toEqual([...saved.next.map((n) => n.date)].sort());
    expect(saved.next.find((n) => n.action === "Chase PayFlow")).toEqual({
      action: "Chase PayFlow",
      owner: null,
      date: "2027-02-09",
      overdue: true,
    });
    expect(normalizeReport(saved)).toEqual(saved);
  });

  it("removes an item and tells an edited report from the one it started as", () => {
    const fewer = removeItem(report, "next", 0);
    expect(fewer.next).toEqual(report.next.slice(1));
    expect(sameReport(report, fewer)).toBe(false);
    expect(sameReport(report, JSON.parse(JSON.stringify(report)))).toBe(true);
  });
});
