import { FormatError } from "./diagnostic.js";

/** Larger inputs are refused before parsing: parsers need several times the file size in memory. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Throws a FormatError when `text` is over MAX_FILE_BYTES in UTF-8. */
export function checkFileSize(text: string, file: string): void {
  // UTF-8 needs at least one and at most three bytes per UTF-16 unit; count exactly only in between.
  if (text.length * 3 <= MAX_FILE_BYTES) return;
  const atLeast = text.length > MAX_FILE_BYTES;
  const bytes = atLeast ? text.length : utf8Length(text);
  if (bytes <= MAX_FILE_BYTES) return;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  throw new FormatError([
    {
      file,
      line: 1,
      column: 1,
      severity: "error",
      message: `file is ${atLeast ? "at least " : ""}${mb(bytes)}; the limit is ${mb(MAX_FILE_BYTES)} — split the plan into smaller files`,
    },
  ]);
}
