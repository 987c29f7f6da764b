import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { JiraCsvError } from "./jira-csv-error.js";
import { LineIndex } from "./line-index.js";
import { type JiraCsvInput, utf8Chunks } from "./utf8-chunks.js";

/** One CSV record: its cells as written and the 1-based line it starts on. */
export interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
}

/** Jira cells are capped at 32,767 characters; a record this long is a quote that never closed. */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * The cell separator: what an Excel `sep=` line names, else the most frequent of comma, semicolon and
 * tab outside quotes on the first line (Jira writes commas; spreadsheets re-save with others).
 */
export function detectDelimiter(first: Uint8Array): string {
  const text = new TextDecoder().decode(first.subarray(0, 64 * 1024));
  const sep = /^sep=(.)\r?(\n|$)/i.exec(text);
  if (sep?.[1] !== undefined) return sep[1];
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** csv-parse's error code, "CSV_…"; undefined for errors that did not come from parsing. */
function csvCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return code.startsWith("CSV_") ? code : undefined;
}

function csvError(error: unknown, file: string, line: number): JiraCsvError {
  const code = csvCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new JiraCsvError(
        file,
        line,
        'a quoted cell in the record that starts on this line never closes: the file ends inside it; look for a stray " there, or re-export from Jira',
        error,
      );
    case "CSV_MAX_RECORD_SIZE":
      return new JiraCsvError(
        file,
        line,
        'the record that starts on this line runs past 8 MB, so a quote most likely never closes; look for a stray " there, or re-export from Jira',
        error,
      );
    default:
      if (code !== undefined) {
        return new JiraCsvError(file, line, `the CSV cannot be read from this line on: ${detail}`, error);
      }
      return new JiraCsvError(file, line, `the file could not be read: ${detail}`, error);
  }
}

async function* prepend(first: Uint8Array, rest: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  yield* rest;
}

/**
 * The records of a CSV file, one at a time, parsed by csv-parse as the input streams in. Rows may
 * have any number of cells; line breaks inside quoted cells are kept. Every failure is a
 * JiraCsvError naming the line; stopping early closes the input.
 */
export async function* csvRecords(
  input: JiraCsvInput,
  file: string,
  onBytes: (bytes: number) => void,
): AsyncGenerator<CsvRecord> {
  const lines = new LineIndex();
  const chunks = utf8Chunks(input, file, lines, onBytes);
  let first: IteratorResult<Uint8Array>;
  try {
    first = await chunks.next();
  } catch (error) {
    throw error instanceof JiraCsvError ? error : csvError(error, file, 1);
  }
  if (first.done) return;
  // Where each record the parser produced starts, oldest first, until the loop below takes it;
  // the parser runs ahead of the loop by up to a chunk.
  let starts: number[] = [];
  let taken = 0;
  let parsedTo = 0;
  const parser = parse({
    delimiter: detectDelimiter(first.value),
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (cells, context) => {
      starts.push(parsedTo);
      parsedTo = context.bytes;
      return cells;
    },
  });
  // Errors reach the loop below through the parser; the pipeline's own promise only settles.
  pipeline(Readable.from(prepend(first.value, chunks)), parser).catch(() => undefined);
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = starts[taken++] ?? parsedTo;
      if (taken > 4096) {
        starts = starts.slice(taken);
        taken = 0;
      }
      yield { cells, line: lines.lineAt(start) };
    }
  } catch (error) {
    if (error instanceof JiraCsvError) throw error;
    // Records parsed but not yet taken are dropped with the error: a CSV error is in the record
    // after them; any other error stopped the reading after the last text that came in.
    throw csvError(error, file, lines.lineAt(csvCode(error) === undefined ? lines.bytes : parsedTo));
  } finally {
    parser.destroy();
  }
}
