import { createReadStream, existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { backlogItemSchema, DEFAULT_AGILE_SETTINGS, type Workflow } from "@keel/model";
import { describe, expect, it } from "vitest";
import { JiraCsvError } from "./jira-csv-error.js";
import { type JiraImportOptions, readJiraCsv } from "./read-jira-csv.js";
import { formatJiraImportReport } from "./report.js";
import type { JiraCsvInput } from "./utf8-chunks.js";

// The reference data sits beside the repository (../shared/data), never inside it.
const data = fileURLToPath(new URL("../../../../../shared/data/jira/", import.meta.url));
const haveData = existsSync(data);
if (!haveData) console.warn(`Jira CSV corpus tests skipped: reference data not found at ${data}`);

const workflow = DEFAULT_AGILE_SETTINGS.workflow;
const read = (input: JiraCsvInput, options: Partial<JiraImportOptions> = {}) =>
  readJiraCsv(input, { workflow, file: "t.csv", ...options });
const readFile = (name: string, options: Partial<JiraImportOptions> = {}) =>
  readJiraCsv(createReadStream(`${data}${name}`), { workflow, file: name, ...options });

async function failure(input: JiraCsvInput, options: Partial<JiraImportOptions> = {}): Promise<JiraCsvError> {
  try {
    await read(input, options);
  } catch (error) {
    if (error instanceof JiraCsvError) return error;
    throw error;
  }
  throw new Error("expected a JiraCsvError");
}

describe.skipIf(!haveData)("readJiraCsv on real Jira exports", () => {
  const board: Workflow = {
    statuses: [
      { id: "backlog", name: "Backlog", category: "todo" },
      { id: "building", name: "Building", category: "doing" },
      { id: "checking", name: "Checking", category: "doing" },
      { id: "shipped", name: "Shipped", category: "done" },
    ],
  };

  it.each(haveData ? readdirSync(data).filter((f) => f.endsWith(".csv")) : [])(
    "imports %s into valid items of the workflow, with a report",
    async (name) => {
      const { items, report, statuses } = await readFile(name, { workflow: board });
      expect(items.length).toBeGreaterThan(0);
      expect(report.items).toBe(items.length);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(items.map((i) => i.rank)).toEqual(items.map((_, i) => i + 1));
      const ids = new Set(board.statuses.map((s) => s.id));
      for (const item of items) {
        expect(ids.has(item.status), `${item.id} in ${item.status}`).toBe(true);
        expect(backlogItemSchema.safeParse(item).error).toBeUndefined();
        const dates = (item.history ?? []).map((c) => c.at);
        expect(dates).toEqual([...dates].sort());
        if (item.created !== undefined) expect(dates.every((d) => d >= (item.created ?? ""))).toBe(true);
        expect(item.history?.at(-1)?.status ?? item.status).toBe(item.status);
      }
      expect(statuses.reduce((n, s) => n + s.count, 0)).toBe(items.length);
      expect(formatJiraImportReport(report)).toMatch(
        new RegExp(`^Import of ${name.replace(/[+.]/g, "\\$&")}: `),
      );
    },
  );

  it("reads points, epics, parents given as issue ids, sprints, statuses by category and dates", async () => {
    const name = "ishaanbhugra+JIRA__Jira.csv";
    const { items, report, statuses, sprints } = await readFile(name);
    const item = (key: string) => items.find((i) => i.id === key);
    expect(item("ECSA-22")).toMatchObject({
      type: "story",
      points: 3,
      epic: "ECSA-4",
      sprint: "ecsa-sprint-1",
      status: "in-progress",
      created: "2024-06-09",
    });
    expect(item("ECSA-12")).toMatchObject({
      points: 8,
      epic: "ECSA-1",
      labels: ["SHOPPING"],
      status: "done",
    });
    // Parent holds the numeric issue id 10007: ECSA-8's.
    expect(item("ECSA-46")).toMatchObject({ type: "subtask", parent: "ECSA-8", sprint: "ecsa-sprint-1" });
    expect(statuses.find((s) => s.name === "verifyy")).toEqual({
      name: "verifyy",
      count: 2,
      mappedTo: "in-progress",
      how: "category",
    });
    expect(report.columnsUsed.find((u) => u.field === "points")).toEqual({
      field: "points",
      column: "Custom field (Story Points)",
      copies: 1,
      count: 6,
    });
    expect(report.columnsUsed.find((u) => u.field === "created")?.format).toBe("M-d-yyyy H:mm");
    expect(report.approximations.map((a) => a.what)).toContain(
      'dates in "Created" read as M-d-yyyy H:mm (month first): d-M-yyyy (day first) fits every value too; pass dateOrder "day-first" if that is right',
    );
    expect(sprints.map((s) => [s.id, s.items.length, s.state])).toEqual([["ecsa-sprint-1", 15, "active"]]);
    const dayFirst = await readFile(name, { dateOrder: "day-first" });
    expect(dayFirst.items.find((i) => i.id === "ECSA-22")?.history).toEqual([
      { status: "todo", at: "2024-09-06" },
      { status: "in-progress", at: "2024-09-07" },
    ]);
  });

  it("takes a story's epic from its Parent key and a sub-task's parent from it", async () => {
    const { items, sprints } = await readFile("BellaLi-code+agile-delivery-simulation__Jira.csv");
    const item = (key: string) => items.find((i) => i.id === key);
    expect(item("CS4483-54")).toMatchObject({
      type: "story",
      epic: "CS4483-28",
      sprint: "sprint-4-build-polish-rep",
      labels: ["deliverable-d2", "documentation", "iteration", "rubric", "testing"],
    });
    expect(item("CS4483-54")?.parent).toBeUndefined();
    expect(item("CS4483-60")).toMatchObject({ type: "subtask", parent: "CS4483-54" });
    expect(item("CS4483-7")?.history).toEqual([
      { status: "todo", at: "2026-02-15" },
      { status: "done", at: "2026-02-15" },
    ]);
    expect(sprints.find((s) => s.name === "Sprint 0 — Setup & Planning")?.state).toBe("closed");
  });

  it("reads Jira's d/MMM/yy dates and the sprint id as a slug of its name", async () => {
    const { items, sprints } = await readFile("ericmedlock+planeso-jira-migration__Jira.csv");
    expect(items.find((i) => i.id === "TES-4")).toMatchObject({
      sprint: "tes-sprint-1",
      created: "2025-08-20",
      history: [
        { status: "todo", at: "2025-08-20" },
        { status: "done", at: "2025-08-22" },
      ],
    });
    expect(sprints.map((s) => [s.id, s.name, s.items.length])).toEqual([
      ["tes-sprint-1", "TES Sprint 1", 18],
    ]);
  });
});

const FIXTURE = [
  "\uFEFFIssue key,Issue id,Summary,Issue Type,Status,Status Category,Resolution,Created,Resolved,Sprint,Sprint,Labels,Labels,Custom field (Story Points),Custom field (Story point estimate),Original estimate,Custom field (Rank),Parent,Custom field (Epic Link),Description,Watchers,Watchers",
  "APP-1,100,Checkout,Epic,To Do,To Do,,01/Mar/25 9:00 AM,,,,,,,,,0|i0000b:,,,,ann,bob",
  'APP-2,101,"Pay by card, quickly",Story,In Review,,,02/Mar/25 10:15 AM,,Sprint 1,Sprint 2,payments,payments,,5,7200,0|i0000a:,100,,"First line\r\nsecond line\nthird",ann,',
  ",102,No key here,Task,To Do,To Do,,03/Mar/25 9:00 AM,,,,,,,,,,,,,,",
  "APP-3,103,Card form,Sub-task,Done,Done,Done,03/Mar/25 9:00 AM,05/Mar/25 4:30 PM,Sprint 1,,ui,,abc,,,0|i0000c:,101,,,,",
  "APP-4,104,Speed up,Improvement,Closed,,Fixed,04/Mar/25 9:00 AM,06/Mar/25 9:00 AM,Sprint 1,,,,,3,,,,APP-1,,,",
].join("\r\n");

describe("readJiraCsv on a small export", () => {
  it("reads CRLF rows, multi-line cells and repeated Sprint and Labels columns", async () => {
    const result = await read(FIXTURE);
    expect(result.items).toEqual([
      {
        id: "APP-2",
        name: "Pay by card, quickly",
        type: "story",
        status: "in-progress",
        rank: 1,
        points: 5,
        hours: 2,
        description: "First line\nsecond line\nthird",
        epic: "APP-1",
        labels: ["payments"],
        sprint: "sprint-2",
        created: "2025-03-02",
        history: [
          { status: "todo", at: "2025-03-02" },
          { status: "in-progress", at: "2025-03-02" },
        ],
      },
      {
        id: "APP-1",
        name: "Checkout",
        type: "epic",
        status: "todo",
        rank: 2,
        created: "2025-03-01",
        history: [{ status: "todo", at: "2025-03-01" }],
      },
      {
        id: "APP-3",
        name: "Card form",
        type: "subtask",
        status: "done",
        rank: 3,
        parent: "APP-2",
        labels: ["ui"],
        sprint: "sprint-1",
        created: "2025-03-03",
        history: [
          { status: "todo", at: "2025-03-03" },
          { status: "done", at: "2025-03-05" },
        ],
      },
      {
        id: "APP-4",
        name: "Speed up",
        type: "story",
        status: "done",
        rank: 4,
        points: 3,
        epic: "APP-1",
        sprint: "sprint-1",
        created: "2025-03-04",
        history: [
          { status: "todo", at: "2025-03-04" },
          { status: "done", at: "2025-03-06" },
        ],
      },
    ]);
    expect(result.sprints.map((s) => [s.id, s.name, s.state, s.items])).toEqual([
      ["sprint-1", "Sprint 1", "closed", ["APP-2", "APP-3", "APP-4"]],
      ["sprint-2", "Sprint 2", "active", ["APP-2"]],
    ]);
    expect(result.unmappedStatuses).toEqual(["In Review", "Closed"]);
    const { report } = result;
    expect(report).toMatchObject({ rows: 5, items: 4, byType: { epic: 1, story: 2, subtask: 1, bug: 0 } });
    expect(report.warnings).toEqual([
      { line: 6, message: "the row has no issue key; skipped" },
      {
        line: 7,
        message:
          'story points "abc" in "Custom field (Story Points)" is not a number from 0 to 10000; left out',
      },
    ]);
    expect(report.columnsIgnored).toEqual(["Watchers (×2)"]);
    const text = formatJiraImportReport(report);
    expect(text).toMatch(/\n {2}points +Custom field \(Story point estimate\) +2\n/);
    expect(text).toMatch(/\n {2}sprint +Sprint \(×2\) +3\n/);
    expect(text).toMatch(/\n {2}created +Created +4 +d\/MMM\/yy h:mm a\n/);
    expect(text).toContain('1  issue type "Improvement" imported as story');
    expect(text).toContain("1  items without a rank placed after the ranked ones, in file order");
    expect(text).toContain("Warnings (2)\n  line 6: the row has no issue key; skipped\n");
  });

  it("maps statuses through statusMap first", async () => {
    const { items, statuses, unmappedStatuses } = await read(FIXTURE, { statusMap: { "In Review": "done" } });
    expect(items.find((i) => i.id === "APP-2")?.status).toBe("done");
    expect(statuses.find((s) => s.name === "In Review")?.how).toBe("map");
    expect(unmappedStatuses).toEqual(["Closed"]);
    await expect(read(FIXTURE, { statusMap: { "In Review": "qa" } })).rejects.toThrow(
      'statusMap maps "In Review" to "qa", which is not a status of the workflow (todo, in-progress, done)',
    );
  });

  it("reads a UTF-16 export and a semicolon-separated one", async () => {
    const text = "Issue key;Summary\r\nK-1;Thé\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i), 0], 2 + i * 2);
    async function* file() {
      yield bytes;
    }
    expect((await read(file())).items.map((i) => [i.id, i.name])).toEqual([["K-1", "Thé"]]);
  });
});

describe("readJiraCsv refuses what it cannot import", () => {
  it("names what a file that is not a Jira export has instead", async () => {
    const error = await failure(
      "ID,Name,Start,Finish,Duration,Predecessors,Resource Names,Notes\n1,a,,,,,,\n",
    );
    expect(error.message).toBe(
      't.csv:1:1: error: this is not a Jira CSV export: it has no "Issue key" or "Summary" column (its first row reads: ID, Name, Start, Finish, Duration, Predecessors, … (8 in all)); in Jira, search for the issues and use Export > Export CSV (all fields)',
    );
    expect((await failure("Issue key,Title\nK-1,a\n")).message).toMatch(/it has no "Summary" column/);
  });

  it("says an empty file is empty", async () => {
    for (const empty of ["", "\uFEFF", "\r\n \r\n"]) {
      expect((await failure(empty)).message).toMatch(/^t\.csv:1:1: error: the file is empty; /);
    }
    const headerOnly = await read("Issue key,Summary\r\n");
    expect(headerOnly.report.warnings).toEqual([
      { line: 1, message: "the file has a header but no issue rows" },
    ]);
  });

  it("says where bytes are not UTF-8", async () => {
    async function* latin1() {
      yield new TextEncoder().encode("Issue key,Summary\nK-1,Caf");
      yield Uint8Array.of(0xe9, 0x0a);
    }
    expect((await failure(latin1())).message).toBe(
      "t.csv:2:1: error: the file is not UTF-8 text (invalid byte 0xE9 at offset 25); re-export from Jira or save it as UTF-8",
    );
  });

  it("names the line of an unclosed quote and both lines of a repeated key", async () => {
    expect((await failure('Issue key,Summary\nK-1,"a\nb"\nK-2,"oops\nK-3,c\n')).message).toMatch(
      /^t\.csv:4:1: error: a quoted cell in the record that starts on this line never closes/,
    );
    expect((await failure('Issue key,Summary\r\nK-1,"two\r\nlines"\r\nK-2,b\r\nK-1,c\r\n')).message).toBe(
      "t.csv:5:1: error: issue key K-1 appears twice, on line 2 and on line 5; a Jira export lists each issue once, so the file may join two exports: remove one of the rows",
    );
  });

  it("stops at maxRows without reading the rest of the input", async () => {
    let produced = 0;
    let closed = false;
    async function* endless() {
      try {
        yield "Issue key,Summary\n";
        for (;;) yield `K-${++produced},x\n`;
      } finally {
        closed = true;
      }
    }
    expect((await failure(endless(), { maxRows: 1000 })).message).toMatch(
      /^t\.csv:1002:1: error: the file has more than 1000 issue rows; /,
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(50_000);
  });

  it("wraps a failing input instead of letting its error through", async () => {
    async function* broken(): AsyncGenerator<string> {
      yield "Issue key,Summary\nK-1,a\n";
      throw new TypeError("network connection lost");
    }
    expect((await failure(broken())).message).toBe(
      "t.csv:3:1: error: the file could not be read: network connection lost",
    );
  });
});

describe("readJiraCsv on a large export", () => {
  it("streams 100,000 rows, reporting progress as it goes", async () => {
    const encoder = new TextEncoder();
    let generated = 0;
    async function* rows(): AsyncGenerator<Uint8Array> {
      const header =
        "Issue key,Summary,Issue Type,Status,Created,Sprint,Sprint,Custom field (Story Points)\r\n";
      generated += header.length;
      yield encoder.encode(header);
      for (let block = 0; block < 100; block++) {
        let text = "";
        for (let i = block * 1000; i < (block + 1) * 1000; i++) {
          const sprint = `Sprint ${i % 20}`;
          text += `BIG-${i + 1},"Item ${i}\r\nsecond line",Story,${i % 3 === 0 ? "Done" : "To Do"},${(i % 28) + 1}/Sep/21 ${(i % 12) + 1}:05 PM,${sprint},${i % 2 ? `Sprint ${(i % 20) + 1}` : ""},${i % 13}\r\n`;
        }
        const bytes = encoder.encode(text);
        generated += bytes.length;
        yield bytes;
      }
    }
    const progress: { rows: number; bytes: number; generated: number }[] = [];
    const { items, report, sprints } = await readJiraCsv(rows(), {
      workflow,
      onProgress: (r, b) => progress.push({ rows: r, bytes: b, generated }),
    });
    expect(items).toHaveLength(100_000);
    expect(report.rows).toBe(100_000);
    expect(items[99_999]).toMatchObject({ id: "BIG-100000", rank: 100_000, points: 99_999 % 13 });
    expect(progress.length).toBeGreaterThanOrEqual(100);
    expect(progress.map((p) => p.rows)).toEqual([...progress.map((p) => p.rows)].sort((a, b) => a - b));
    // Rows were read while the input was still being produced, not after all of it was in memory.
    expect(progress[0]?.generated).toBeLessThan(generated / 2);
    expect(progress.at(-1)).toMatchObject({ rows: 100_000, bytes: generated });
    expect(sprints).toHaveLength(21);
  }, 60_000);
});
