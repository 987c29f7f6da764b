import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FormatError } from "../diagnostic.js";
import { checkFileSize } from "../size-limit.js";

export const MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

/** A parsed element: child elements by name (repeated ones as arrays), text leaves as strings. */
export interface XmlElement {
  readonly [name: string]: XmlValue;
}
type XmlValue = string | XmlElement | readonly (string | XmlElement)[] | undefined;

const META = XMLParser.getMetaDataSymbol() as unknown as string;

/** Line and column (1-based) of each character offset of one file. */
export class Positions {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  /** Where an element starts; line 1 when unknown. */
  of(element: XmlElement | undefined): { line: number; column: number } {
    const meta = element === undefined ? undefined : (element as Record<string, unknown>)[META];
    const start = (meta as { startIndex?: number } | undefined)?.startIndex;
    return start === undefined ? { line: 1, column: 1 } : this.at(start);
  }

  end(): { line: number; column: number } {
    return this.at(this.text.length);
  }

  error(at: { line: number; column: number }, message: string): FormatError {
    return new FormatError([{ file: this.file, ...at, severity: "error", message }]);
  }
}

/** The first child element `name`, if any. */
export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  const value = parent?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "object" ? (first as XmlElement) : undefined;
}

/** Every child element `name`; `path` descends through wrappers such as `Tasks`, `Task`. */
export function children(parent: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let nodes: XmlElement[] = parent === undefined ? [] : [parent];
  for (const name of path) {
    nodes = nodes.flatMap((node) => {
      const value = node[name];
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return list.filter((v): v is XmlElement => typeof v === "object");
    });
  }
  return nodes;
}

/** The text of leaf `name`; undefined when absent or empty. */
export function text(parent: XmlElement | undefined, name: string): string | undefined {
  const value = parent?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string" || first === "") return undefined;
  return first;
}

/** Leaf `name` as a number; undefined when absent, empty or not a number. */
export function num(parent: XmlElement | undefined, name: string): number | undefined {
  const t = text(parent, name);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Leaf `name` as MSPDI's boolean (`1`/`0`, sometimes `true`/`false`). */
export function flag(parent: XmlElement | undefined, name: string): boolean {
  const t = text(parent, name);
  return t === "1" || t === "true";
}

const DTD = /<!(DOCTYPE|ENTITY)/i;

/**
 * Parses MSPDI text into its `<Project>` element. Refuses, with a diagnostic, files over the size
 * limit, any DTD or entity declaration (no external entities, no entity expansion bombs), text that
 * is not well-formed XML (a truncated file), and XML that is not in the MSPDI namespace.
 */
export function readMspdiXml(source: string, file: string): { project: XmlElement; positions: Positions } {
  checkFileSize(source, file);
  const body = source.replace(/^\uFEFF/, "");
  const positions = new Positions(file, body);
  const dtd = DTD.exec(body);
  if (dtd !== null) {
    throw positions.error(
      positions.at(dtd.index),
      `refusing a ${dtd[1]?.toUpperCase() === "ENTITY" ? "entity declaration" : "DTD (<!DOCTYPE>)"}: Microsoft Project XML never needs one, and it could make the reader fetch files or expand entities without bound`,
    );
  }
  if (body.trim() === "")
    throw positions.error({ line: 1, column: 1 }, "empty file; expected Microsoft Project XML");
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    // An unclosed element is reported as "Invalid '[...path...]' found": the file ends too early.
    const open = /^Invalid '\[(.*)\]' found\.$/s.exec(msg);
    if (open !== null) {
      const path = (open[1] ?? "")
        .split(",")
        .map((s) => s.trim().replace(/^"|"$/g, ""))
        .filter((s) => s !== "");
      throw positions.error(
        positions.end(),
        `not well-formed XML: the file ends inside <${path.join("> <")}>; it looks truncated`,
      );
    }
    throw positions.error(
      { line: line ?? 1, column: col ?? 1 },
      `not well-formed XML: ${msg.replace(/\.$/, "")}`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
    captureMetaData: true,
    // Elements with children always come back as arrays, so one element and many read alike.
    isArray: (_name, _path, isLeaf) => !isLeaf,
  });
  const doc = parser.parse(body) as XmlElement;
  const project = child(doc, "Project");
  if (project === undefined) {
    const root = Object.keys(doc).find((k) => !k.startsWith("?"));
    throw positions.error(
      { line: 1, column: 1 },
      `expected Microsoft Project XML (a <Project> root element), found <${root ?? "nothing"}>`,
    );
  }
  const ns = text(project, "@_xmlns");
  if (ns !== MSPDI_NAMESPACE) {
    throw positions.error(
      positions.of(project),
      `<Project> is in namespace ${ns === undefined ? "(none)" : `"${ns}"`}; Microsoft Project XML uses xmlns="${MSPDI_NAMESPACE}"`,
    );
  }
  return { project, positions };
}
