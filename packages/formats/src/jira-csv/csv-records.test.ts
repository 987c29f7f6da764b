import { describe, expect, it } from "vitest";
import { type CsvRecord, csvRecords, detectDelimiter } from "./csv-records.js";
import { JiraCsvError } from "./jira-csv-error.js";
import type { JiraCsvInput } from "./utf8-chunks.js";

async function records(input: JiraCsvInput): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of csvRecords(input, "t.csv", () => undefined)) out.push(r);
  return out;
}

async function failure(input: JiraCsvInput): Promise<JiraCsvError> {
  try {
    await records(input);
  } catch (error) {
    if (error instanceof JiraCsvError) return error;
    throw error;
  }
  throw new Error("expected a JiraCsvError");
}

async function* bytewise(text: string): AsyncGenerator<Uint8Array> {
  for (const b of new TextEncoder().encode(text)) yield Uint8Array.of(b);
}

const MIXED = 'a,b\r\n1,"x\r\ny\nz"\r\n2,3\n\r\n4,"q"\r5,6';

describe("csvRecords", () => {
  it("gives the line each record starts on, over CRLF, LF, CR and line breaks inside cells", async () => {
    const expected = [
      { cells: ["a", "b"], line: 1 },
      { cells: ["1", "x\r\ny\nz"], line: 2 },
      { cells: ["2", "3"], line: 5 },
      { cells: [""], line: 6 },
      { cells: ["4", "q"], line: 7 },
      { cells: ["5", "6"], line: 8 },
    ];
    expect(await records(MIXED)).toEqual(expected);
    expect(await records(bytewise(MIXED))).toEqual(expected);
  });

  it("reads semicolon files and Excel's sep= line", async () => {
    expect((await records("k;s\n1;a,b\n"))[1]?.cells).toEqual(["1", "a,b"]);
    expect(detectDelimiter(new TextEncoder().encode('"a;b",c,d\n'))).toBe(",");
    expect(detectDelimiter(new TextEncoder().encode("sep=|\na|b"))).toBe("|");
    expect(detectDelimiter(new TextEncoder().encode("a\tb\tc"))).toBe("\t");
  });

  it("names the line of the record whose quote never closes", async () => {
    const error = await failure('a,b\n1,2\n3,"never\nclosed\n4,5\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^t\.csv:3:1: error: a quoted cell .* never closes/);
  });

  it("stops a runaway quoted cell at 8 MB instead of reading on", async () => {
    async function* runaway(): AsyncGenerator<string> {
      yield 'a,b\n1,"';
      for (let i = 0; i < 200; i++) yield "x".repeat(64 * 1024);
    }
    expect((await failure(runaway())).message).toMatch(/t\.csv:2:1: error: the record .* runs past 8 MB/);
  });

  it("turns a failing input into a JiraCsvError and closes the input when the reader stops early", async () => {
    async function* broken(): AsyncGenerator<string> {
      yield "a,b\n1,2\n";
      throw new Error("EIO: i/o error, read");
    }
    expect((await failure(broken())).message).toBe(
      "t.csv:3:1: error: the file could not be read: EIO: i/o error, read",
    );
    let closed = false;
    async function* endless(): AsyncGenerator<string> {
      try {
        for (let i = 0; ; i++) yield `${i},x\n`;
      } finally {
        closed = true;
      }
    }
    for await (const r of csvRecords(endless(), "t.csv", () => undefined)) if (r.line === 5000) break;
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
  });
});
