import type { StatusReport } from "@keel/engine";
import { nextId } from "../raid/next-id.js";

/** The sections of a report whose items the user edits before sending; the rest is computed. */
export type ListSection = "asks" | "done" | "blocked" | "changed" | "topRisks" | "next";

/**
 * How a field is typed in: `text` one line, `long` a sentence or two, `person` a name or nobody
 * (null), `people` names separated by commas, `date` a `YYYY-MM-DD` day.
 */
export type FieldKind = "text" | "long" | "person" | "people" | "date";

export interface FieldSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  /** Items this field means something for (an ask's "by" only for an escalation). */
  readonly when?: (item: Item) => boolean;
}

export type Item = Readonly<Record<string, unknown>>;

export interface SectionSpec {
  readonly key: ListSection;
  readonly title: string;
  /** Says what "Add" adds: "Add a blocker". */
  readonly noun: string;
  /** The field that names the item: the one a new item needs first. */
  readonly main: string;
  readonly fields: readonly FieldSpec[];
  /** What the exports print when the section is empty. */
  readonly empty: string;
  /** A new, empty item; undefined when the section's items come only from the data. */
  readonly blank?: (r: StatusReport) => Item;
  /** Why nothing can be added by hand, when so. */
  readonly addElsewhere?: string;
}

const escalation = (item: Item) => item.kind === "escalation";

/** A section's items as plain records: the fields are read and written by name. */
export const itemsOf = (r: StatusReport, section: ListSection) => r[section] as unknown as readonly Item[];

const taken = (r: StatusReport, section: ListSection) => itemsOf(r, section).map((i) => String(i.id ?? ""));

export const SECTIONS: Readonly<Record<ListSection, SectionSpec>> = {
  asks: {
    key: "asks",
    title: "What we need",
    noun: "an ask",
    main: "what",
    fields: [
      { key: "from", label: "Asked of", kind: "person", required: false, when: escalation },
      { key: "what", label: "What", kind: "text", required: true },
      { key: "by", label: "By", kind: "date", required: false, when: escalation },
      { key: "why", label: "Why", kind: "long", required: true },
    ],
    empty: "Nothing is needed from leadership.",
    blank: (r) => ({
      kind: "escalation",
      id: nextId("ask-", taken(r, "asks")),
      what: "",
      from: "Sponsor",
      by: null,
      why: "",
    }),
  },
  done: {
    key: "done",
    title: "Done since the last report",
    noun: "a done item",
    main: "name",
    fields: [
      { key: "name", label: "What", kind: "text", required: true },
      { key: "owners", label: "Who", kind: "people", required: false },
      { key: "finished", label: "Finished", kind: "date", required: true },
    ],
    empty: "Nothing finished this period.",
    blank: (r) => ({
      id: nextId("done-", taken(r, "done")),
      name: "",
      finished: r.asOf,
      owners: [],
      milestone: false,
    }),
  },
  blocked: {
    key: "blocked",
    title: "Blocked",
    noun: "a blocker",
    main: "what",
    fields: [
      { key: "what", label: "What", kind: "text", required: true },
      { key: "owner", label: "Owner", kind: "person", required: false },
      { key: "since", label: "Since", kind: "date", required: false },
      { key: "why", label: "Why", kind: "long", required: true },
    ],
    empty: "Nothing is blocked.",
    blank: (r) => ({
      kind: "issue",
      id: nextId("blocked-", taken(r, "blocked")),
      what: "",
      owner: null,
      since: null,
      why: "",
    }),
  },
  changed: {
    key: "changed",
    title: "Changed",
    noun: "a change",
    main: "name",
    fields: [
      { key: "name", label: "Change", kind: "text", required: true },
      { key: "by", label: "Approved by", kind: "person", required: true },
      { key: "decidedOn", label: "Decided", kind: "date", required: true },
      { key: "reason", label: "Why", kind: "long", required: true },
    ],
    empty: "No change requests were approved this period.",
    addElsewhere:
      "Approved change requests come with their impact on the finish and cost: decide them under Changes, then generate a new report.",
  },
  topRisks: {
    key: "topRisks",
    title: "Top risks",
    noun: "a risk",
    main: "name",
    fields: [
      { key: "name", label: "Risk", kind: "text", required: true },
      { key: "owner", label: "Owner", kind: "person", required: false },
      { key: "response", label: "Response", kind: "long", required: true },
      { key: "review", label: "Review", kind: "date", required: false },
    ],
    empty: "No open risks.",
    addElsewhere:
      "Risks come with their likelihood and impact: add them to the RAID log, then generate a new report.",
  },
  next: {
    key: "next",
    title: "Next",
    noun: "a next action",
    main: "action",
    fields: [
      { key: "action", label: "Action", kind: "text", required: true },
      { key: "owner", label: "Owner", kind: "person", required: false },
      { key: "date", label: "When", kind: "date", required: true },
    ],
    empty: "Nothing scheduled before the next update.",
    blank: (r) => ({ action: "", owner: null, date: r.nextUpdate, overdue: false }),
  },
};

/** The order of the sections in the document, as the exports print them. */
export const SECTION_ORDER: readonly ListSection[] = [
  "asks",
  "done",
  "blocked",
  "changed",
  "topRisks",
  "next",
];

/** Fields shown for an item. */
export function fieldsOf(section: ListSection, item: Item): readonly FieldSpec[] {
  return SECTIONS[section].fields.filter((f) => f.when === undefined || f.when(item));
}

/** A field as the input shows it. */
export function fieldText(item: Item, field: FieldSpec): string {
  const value = item[field.key];
  if (field.kind === "people") return (value as readonly string[] | undefined)?.join(", ") ?? "";
  return typeof value === "string" ? value : "";
}

/**
 * The item with a field as typed. Text is kept as typed (trimmed on save, so typing a space is not
 * undone); an empty person or optional date is nobody/none (null); people stay one entry until save.
 */
export function withField(item: Item, field: FieldSpec, text: string): Item {
  let value: unknown = text;
  if (field.kind === "person" || (field.kind === "date" && !field.required))
    value = text === "" ? null : text;
  else if (field.kind === "people") value = text === "" ? [] : [text];
  return { ...item, [field.key]: value };
}

function withItems(r: StatusReport, section: ListSection, list: readonly Item[]): StatusReport {
  return { ...r, [section]: list } as StatusReport;
}

export function updateItem(r: StatusReport, section: ListSection, index: number, item: Item): StatusReport {
  return withItems(
    r,
    section,
    itemsOf(r, section).map((old, i) => (i === index ? item : old)),
  );
}

export function removeItem(r: StatusReport, section: ListSection, index: number): StatusReport {
  return withItems(
    r,
    section,
    itemsOf(r, section).filter((_, i) => i !== index),
  );
}

/** The report with a blank item at the end of the section, and its index; undefined when none can be added. */
export function addItem(
  r: StatusReport,
  section: ListSection,
): { report: StatusReport; index: number } | undefined {
  const blank = SECTIONS[section].blank;
  if (blank === undefined) return undefined;
  const list = itemsOf(r, section);
  return { report: withItems(r, section, [...list, blank(r)]), index: list.length };
}

/** Whether an item's naming field is still empty: a blank item the user gave up on. */
export function isBlank(section: ListSection, item: Item): boolean {
  return String(item[SECTIONS[section].main] ?? "").trim() === "";
}

export interface Problem {
  /** Undefined for the report's own fields (summary, next update). */
  readonly section?: ListSection;
  readonly index?: number;
  readonly field: string;
  readonly message: string;
}

/** What must be filled in before the report can be saved, in document order. */
export function reportProblems(r: StatusReport): Problem[] {
  const out: Problem[] = [];
  if (r.summary.trim() === "") out.push({ field: "summary", message: "Write the summary." });
  for (const section of SECTION_ORDER) {
    itemsOf(r, section).forEach((item, index) => {
      for (const field of fieldsOf(section, item)) {
        if (field.required && fieldText(item, field).trim() === "") {
          out.push({ section, index, field: field.key, message: `${field.label} is needed.` });
        }
      }
    });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.nextUpdate)) {
    out.push({ field: "nextUpdate", message: "Give the date of the next update." });
  } else if (r.nextUpdate <= r.asOf) {
    out.push({ field: "nextUpdate", message: "The next update comes after the report's date." });
  }
  return out;
}

/**
 * The report as saved: text trimmed, names split at commas, done and next in date order, next
 * actions before the as-of date overdue.
 */
export function normalizeReport(r: StatusReport): StatusReport {
  let out: StatusReport = { ...r, summary: r.summary.trim() };
  for (const section of SECTION_ORDER) {
    const list = itemsOf(r, section).map((item) => {
      const next: Record<string, unknown> = { ...item };
      for (const field of SECTIONS[section].fields) {
        const value = item[field.key];
        if (field.kind === "people") {
          next[field.key] = ((value as readonly string[] | undefined) ?? [])
            .flatMap((v) => v.split(","))
            .map((v) => v.trim())
            .filter((v) => v !== "");
        } else if (typeof value === "string") {
          const trimmed = value.trim();
          next[field.key] = field.kind === "person" && trimmed === "" ? null : trimmed;
        }
      }
      if (section === "next") next.overdue = String(next.date) < r.asOf;
      if (section === "topRisks") next.reviewOverdue = next.review !== null && String(next.review) < r.asOf;
      return next;
    });
    // Dated lists read in date order, as generated; an added item takes its place (a stable sort).
    const key = DATE_ORDER[section];
    if (key !== undefined) list.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    out = withItems(out, section, list);
  }
  return out;
}

const DATE_ORDER: Partial<Record<ListSection, string>> = { done: "finished", next: "date" };

/** Whether two reports differ in anything the user edits. */
export function sameReport(a: StatusReport, b: StatusReport): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
