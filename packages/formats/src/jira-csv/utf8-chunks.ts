import { JiraCsvError } from "./jira-csv-error.js";
import type { LineIndex } from "./line-index.js";

/** A whole file as text, or its chunks as read from a file, a request body or a browser File. */
export type JiraCsvInput = AsyncIterable<Uint8Array | string> | string;

/** Text goes to the CSV parser in pieces of this size, so progress moves and line indexes stay short. */
const PIECE = 64 * 1024;

type Decoder = InstanceType<typeof TextDecoder>;

const REEXPORT = "re-export from Jira or save it as UTF-8";

/** Bytes that are not text in the file's encoding; the outer loop turns it into a line number. */
class BadBytes {
  constructor(
    /** Text between what was already passed on and the bad byte. */
    readonly before: string,
    readonly message: string,
  ) {}
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Length of the UTF-8 sequence a lead byte starts; 0 for a byte no sequence starts with. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * Index of the first byte that starts an invalid UTF-8 sequence, or -1. A sequence cut off by the
 * end counts as invalid only at the end of the file.
 */
export function invalidUtf8At(bytes: Uint8Array, final: boolean): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = sequenceLength(b);
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k] ?? 0;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** Trailing bytes of a valid chunk that start a sequence the next chunk must finish. */
function openTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k] ?? 0;
    if (b >= 0x80 && b <= 0xbf) continue;
    return sequenceLength(b) > k ? k : 0;
  }
  return 0;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Picks the decoder from the first bytes, refusing files that are plainly not CSV text. */
function decoderFor(head: Uint8Array): Decoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new BadBytes(
      "",
      "this is a zip archive (an Excel workbook?), not CSV text; in Jira use Export > Export CSV, or save the sheet as CSV UTF-8",
    );
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    const before = new TextDecoder().decode(head.subarray(0, nul));
    throw new BadBytes(
      before,
      `the file holds a NUL byte at offset ${nul}, so it is not CSV text (or it is UTF-16 without a byte order mark); ${REEXPORT}`,
    );
  }
  return new TextDecoder("utf-8", { fatal: true });
}

interface Decoded {
  readonly text: string;
  /** Input bytes this text came from; -1 for text given as strings, counted once encoded. */
  readonly bytes: number;
}

/** The input as text: strings pass through, bytes are decoded and checked. */
async function* decodeText(input: JiraCsvInput): AsyncGenerator<Decoded> {
  if (typeof input === "string") {
    yield { text: input, bytes: -1 };
    return;
  }
  let decoder: Decoder | undefined;
  let head: Uint8Array | undefined;
  let offset = 0;
  let previous: Uint8Array = new Uint8Array(0);

  const decode = (bytes: Uint8Array): string => {
    const d = decoder as Decoder;
    try {
      return d.decode(bytes, { stream: true });
    } catch {
      throw badBytes(d, previous, bytes, offset, false);
    } finally {
      offset += bytes.length;
      previous = bytes;
    }
  };

  for await (const chunk of input) {
    if (typeof chunk === "string") {
      yield { text: chunk, bytes: -1 };
      continue;
    }
    let bytes = chunk;
    if (decoder === undefined) {
      // Four bytes tell a byte order mark or a zip signature; very small chunks wait for more.
      bytes = head === undefined ? chunk : concat(head, chunk);
      if (bytes.length < 4) {
        head = bytes;
        continue;
      }
      head = undefined;
      decoder = decoderFor(bytes);
    }
    yield { text: decode(bytes), bytes: bytes.length };
  }
  if (head !== undefined) {
    decoder = decoderFor(head);
    yield { text: decode(head), bytes: head.length };
  }
  if (decoder === undefined) return;
  try {
    yield { text: decoder.decode(), bytes: 0 };
  } catch {
    throw badBytes(decoder, previous, new Uint8Array(0), offset, true);
  }
}

/** Where decoding failed: the first bad byte, counting the unfinished sequence the decoder held. */
function badBytes(
  decoder: Decoder,
  previous: Uint8Array,
  bytes: Uint8Array,
  offset: number,
  final: boolean,
): BadBytes {
  if (decoder.encoding !== "utf-8") {
    return new BadBytes(
      "",
      `the file is not valid UTF-16 text (bad data from offset ${offset}); ${REEXPORT}`,
    );
  }
  const carried = openTail(previous);
  const joined = concat(previous.subarray(previous.length - carried), bytes);
  const at = Math.max(0, invalidUtf8At(joined, final));
  return new BadBytes(
    new TextDecoder().decode(joined.subarray(0, at)),
    `the file is not UTF-8 text (invalid byte ${hex(joined[at] ?? 0)} at offset ${offset - carried + at}); ${REEXPORT}`,
  );
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The input as UTF-8 pieces for the CSV parser, without a byte order mark. Every piece is fed to
 * `lines` before it is handed on; `onBytes` counts input bytes as they are consumed. Text that is
 * neither UTF-8 nor UTF-16 with a byte order mark throws a JiraCsvError at its line.
 */
export async function* utf8Chunks(
  input: JiraCsvInput,
  file: string,
  lines: LineIndex,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  // A string chunk may end half-way through a surrogate pair; its first half waits for the second.
  let held = "";
  try {
    for await (const decoded of decodeText(input)) {
      let text = held + decoded.text;
      held = "";
      if (!started) {
        if (text === "") continue;
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
        held = text.slice(-1);
        text = text.slice(0, -1);
      }
      let start = 0;
      while (start < text.length) {
        let end = Math.min(text.length, start + PIECE);
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
        const piece = encoder.encode(text.slice(start, end));
        start = end;
        lines.feed(piece);
        if (decoded.bytes < 0) onBytes(piece.length);
        yield piece;
      }
      if (decoded.bytes > 0) onBytes(decoded.bytes);
    }
    if (held !== "") {
      const piece = encoder.encode(held);
      lines.feed(piece);
      yield piece;
    }
    lines.end();
  } catch (error) {
    if (!(error instanceof BadBytes)) throw error;
    lines.feed(encoder.encode(error.before));
    lines.end();
    throw new JiraCsvError(file, lines.lineAt(lines.bytes), error.message);
  }
}
