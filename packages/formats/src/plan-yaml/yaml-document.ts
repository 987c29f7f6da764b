import {
  Composer,
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  visit,
  type YAMLError,
} from "yaml";
import { type Diagnostic, FormatError } from "../diagnostic.js";
import type { SourcePosition } from "../source-map.js";

/** Deeper YAML would take the recursive composer near the stack limit; a plan needs a fraction of it. */
export const MAX_NESTING = 100;
/** Alias expansions allowed when building values: stops "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 100;

export type Path = readonly PropertyKey[];

/** One parsed YAML document: its plain value and a way back from value paths to file positions. */
export interface LoadedYaml {
  readonly value: unknown;
  readonly locator: YamlLocator;
}

/** Finds where the node at a value path (as zod reports paths) was written. */
export class YamlLocator {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /**
   * Position of the node at `path`, or of its key when `part` is "key". When the path leads
   * nowhere (a missing key), the position of the deepest node that exists.
   */
  position(path: Path, part: "key" | "value" = "value"): SourcePosition {
    let node: unknown = this.doc.contents;
    let offset = this.doc.contents?.range[0] ?? 0;
    for (const [i, segment] of path.entries()) {
      if (isAlias(node)) node = node.resolve(this.doc);
      let keyStart: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair === undefined) break;
        keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (i === path.length - 1 && part === "key" && keyStart !== undefined) return this.at(keyStart);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
      } else break;
      // `key:` with nothing after it has an empty node at the line's end; the key is a better place.
      const empty = isScalar(node) && node.source === "";
      const start = isNode(node) && !empty ? node.range?.[0] : keyStart;
      if (start === undefined) break;
      offset = start;
    }
    return this.at(offset);
  }

  at(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line: Math.max(line, 1), column: col };
  }
}

/** Stops the parser as soon as the open collections get too deep, before it builds anything big. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super("too deep");
  }
}

/**
 * Parses one YAML document. Syntax errors, more than one document, excessive nesting or
 * aliases throw a FormatError listing every problem yaml found.
 */
export function loadYaml(text: string, file: string): LoadedYaml {
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_NESTING) throw new TooDeep(parser.offset);
    }
    yield* parser.end();
  }
  const fail = (offset: number, message: string): FormatError => {
    const { line, col } = lines.linePos(offset);
    return new FormatError([{ file, line: Math.max(line, 1), column: col, severity: "error", message }]);
  };
  let docs: Document.Parsed[];
  try {
    docs = Array.from(new Composer({ prettyErrors: false }).compose(tokens(), true, text.length));
  } catch (error) {
    if (error instanceof TooDeep) {
      throw fail(error.offset, `YAML nested more than ${MAX_NESTING} levels deep; a plan never needs this`);
    }
    throw error;
  }
  const [doc, second] = docs;
  const empty = "the file is empty; a plan needs at least `project` and `tasks`";
  if (doc === undefined) throw fail(0, empty);
  if (second !== undefined) {
    throw fail(
      second.range[0],
      "a plan file holds one YAML document; remove the `---` that starts a second one",
    );
  }
  const toDiagnostic =
    (severity: Diagnostic["severity"]) =>
    (e: YAMLError): Diagnostic => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file, line: Math.max(line, 1), column: col, severity, message: `YAML: ${e.message}` };
    };
  if (doc.errors.length > 0) {
    throw new FormatError([
      ...doc.errors.map(toDiagnostic("error")),
      ...doc.warnings.map(toDiagnostic("warning")),
    ]);
  }
  if (doc.contents === null) throw fail(0, empty);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws ReferenceErrors for aliases: too many expansions, or an alias before its anchor.
    if (!(error instanceof ReferenceError)) throw error;
    if (error.message.startsWith("Excessive alias")) {
      throw fail(0, `YAML aliases expand too much (more than ${MAX_ALIAS_COUNT} uses); write the values out`);
    }
    let offset = 0;
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc) !== undefined) return undefined;
        offset = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    throw fail(offset, `YAML: ${error.message}`);
  }
  return { value, locator: new YamlLocator(doc, lines) };
}
