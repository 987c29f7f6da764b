/** Reading a chosen plan file and describing what the server says about it, for the upload dialogs. */

/** The file formats the server reads; the file picker offers these. */
export const PLAN_FILE_ACCEPT = ".yaml,.yml,.xml,.sm";

export interface PlanFile {
  readonly fileName: string;
  readonly content: string;
}

export interface PlanChange {
  readonly entity: string;
  readonly id: string;
  readonly action: "create" | "update" | "delete";
}

export interface PlanPreview {
  readonly summary: { created: number; updated: number; deleted: number; unchanged: number };
  readonly changes: readonly PlanChange[];
  readonly finishBefore: string;
  readonly finishAfter: string;
}

/** One error of a plan file, where it is. */
export interface FileProblem {
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly message: string;
}

/** The server's field errors of a refused plan file (paths `file:line:column`) as located problems. */
export function fileProblems(fields: readonly { path: string; message: string }[]): FileProblem[] {
  return fields.map(({ path, message }) => {
    // The file name may hold colons itself; line and column are the last two parts.
    const m = /:(\d+):(\d+)$/.exec(path);
    return m === null
      ? { line: undefined, column: undefined, message }
      : { line: Number(m[1]), column: Number(m[2]), message };
  });
}

/**
 * Task names by id as a Keel YAML file writes them (`- id: x` then `name: …` in the same item),
 * so the preview can name tasks the file would create. Best effort: what it cannot read it leaves out.
 */
export function yamlTaskNames(content: string): Map<string, string> {
  const names = new Map<string, string>();
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const id = /^(\s*)-\s+id:\s*(.+?)\s*$/.exec(lines[i] as string);
    if (id === null) continue;
    const indent = (id[1] as string).length + 2;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as string;
      const lead = /^\s*/.exec(line)?.[0].length ?? 0;
      if (line.trim() === "" || line.trim().startsWith("#")) continue;
      if (lead !== indent || line.trimStart().startsWith("-")) break;
      const name = /^\s*name:\s*(.+?)\s*$/.exec(line);
      if (name !== null) {
        names.set(unquote(id[2] as string), unquote(name[1] as string));
        break;
      }
    }
  }
  return names;
}

function unquote(value: string): string {
  const v = value.replace(/\s+#.*$/, "");
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) return v.slice(1, -1);
  return v;
}

/** Reads a chosen file as text. */
export async function readPlanFile(file: File): Promise<PlanFile> {
  return { fileName: file.name, content: await file.text() };
}
