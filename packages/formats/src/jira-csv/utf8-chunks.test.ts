import { describe, expect, it } from "vitest";
import { JiraCsvError } from "./jira-csv-error.js";
import { LineIndex } from "./line-index.js";
import { invalidUtf8At, type JiraCsvInput, utf8Chunks } from "./utf8-chunks.js";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

async function* chunked(...chunks: (Uint8Array | string)[]): AsyncGenerator<Uint8Array | string> {
  yield* chunks;
}

/** Everything utf8Chunks passes on, decoded, and the input bytes it counted. */
async function text(input: JiraCsvInput): Promise<{ text: string; counted: number }> {
  let counted = 0;
  const out: Uint8Array[] = [];
  for await (const piece of utf8Chunks(input, "t.csv", new LineIndex(), (n) => {
    counted += n;
  })) {
    out.push(piece);
  }
  return { text: new TextDecoder().decode(Buffer.concat(out)), counted };
}

async function failure(input: JiraCsvInput): Promise<JiraCsvError> {
  try {
    await text(input);
  } catch (error) {
    if (error instanceof JiraCsvError) return error;
    throw error;
  }
  throw new Error("expected a JiraCsvError");
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
  }
  return out;
}

describe("utf8Chunks", () => {
  it("drops a UTF-8 byte order mark, keeps characters split across chunks and counts input bytes", async () => {
    const euro = bytes("€");
    const input = chunked(
      bytes([0xef, 0xbb]),
      bytes([0xbf], "a,"),
      euro.subarray(0, 1),
      euro.subarray(1),
      "é",
    );
    expect(await text(input)).toEqual({ text: "a,€é", counted: 3 + 2 + 3 + 2 });
  });

  it("decodes UTF-16 with a byte order mark, little- and big-endian", async () => {
    expect((await text(chunked(utf16("Issue key,Summary\r\nK-1,Thé", false)))).text).toBe(
      "Issue key,Summary\r\nK-1,Thé",
    );
    expect((await text(chunked(utf16("Issue key,Ω", true)))).text).toBe("Issue key,Ω");
  });

  it("keeps a surrogate pair split between two string chunks", async () => {
    const smile = "😀";
    expect((await text(chunked(`a${smile[0]}`, `${smile[1]}b`))).text).toBe(`a${smile}b`);
    expect((await text("\uFEFFx")).text).toBe("x");
  });

  it("names the first invalid byte, its offset and its line", async () => {
    const latin1 = bytes("Issue key,Summary\nK-1,Caf", [0xe9], "\n");
    const error = await failure(chunked(latin1));
    expect(error.message).toBe(
      "t.csv:2:1: error: the file is not UTF-8 text (invalid byte 0xE9 at offset 25); re-export from Jira or save it as UTF-8",
    );
    expect(error.line).toBe(2);
  });

  it("finds a bad byte whose sequence began in the previous chunk, and a sequence cut off at the end", async () => {
    // E2 starts a three-byte sequence; "x" cannot continue it.
    const split = await failure(chunked(bytes("ab\ncd", [0xe2]), bytes("x\n")));
    expect(split.message).toContain("invalid byte 0xE2 at offset 5");
    expect(split.line).toBe(2);
    const cut = await failure(chunked(bytes("abcd", [0xe2, 0x82])));
    expect(cut.message).toContain("invalid byte 0xE2 at offset 4");
  });

  it("refuses zip archives and text with NUL bytes", async () => {
    expect((await failure(chunked(bytes("PK", [3, 4], "rest")))).message).toMatch(/zip archive/);
    expect((await failure(chunked(bytes("I", [0], "s", [0])))).message).toMatch(/NUL byte at offset 1/);
  });
});

describe("invalidUtf8At", () => {
  it("refuses overlong forms, surrogates and stray continuation bytes", () => {
    expect(invalidUtf8At(bytes("ok €"), true)).toBe(-1);
    expect(invalidUtf8At(bytes("a", [0xc0, 0xaf]), true)).toBe(1);
    expect(invalidUtf8At(bytes("ab", [0xed, 0xa0, 0x80]), true)).toBe(2);
    expect(invalidUtf8At(bytes([0x80]), true)).toBe(0);
    expect(invalidUtf8At(bytes("a", [0xf0, 0x9f]), false)).toBe(-1);
    expect(invalidUtf8At(bytes("a", [0xf0, 0x9f]), true)).toBe(1);
  });
});
