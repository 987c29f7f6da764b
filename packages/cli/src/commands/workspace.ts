import { readFile, stat } from "node:fs/promises";
import {
  ConflictError,
  exportWorkspace,
  importWorkspace,
  listWorkspaces,
  PlanRejectedError,
  type Store,
  ValidationError,
  type WorkspaceSummary,
} from "@keel/store";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { UsageError } from "../usage-error.js";
import { type OpenStore, withStore } from "./open-store.js";

/** Exports larger than this are refused before reading (it is far beyond any real workspace). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/**
 * `keel workspace export [--workspace <id|name>]`: the whole workspace as JSON on stdout. Without
 * `--workspace` the instance must hold exactly one workspace.
 */
export async function workspaceExport(
  options: { readonly workspace?: string | undefined },
  output: Output,
  open: OpenStore,
): Promise<ExitCode> {
  return withStore(open, { existing: true }, output, async (store) => {
    const workspace = await pickWorkspace(store, options.workspace);
    const document = await exportWorkspace(store.db, workspace.id);
    output.out(`${JSON.stringify(document, null, 2)}\n`);
    output.err(
      `Exported workspace "${workspace.name}": ${document.projects.length} project${document.projects.length === 1 ? "" : "s"}, ${document.members.length} member${document.members.length === 1 ? "" : "s"}.\n`,
    );
    return ExitCode.ok;
  });
}

/**
 * `keel workspace import <file> [--name <name>]`: creates a new workspace from an export. All or
 * nothing: on any problem, nothing is stored and the exit code is 1.
 */
export async function workspaceImport(
  file: string,
  options: { readonly name?: string | undefined },
  output: Output,
  open: OpenStore,
): Promise<ExitCode> {
  const text = await readImportFile(file);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    output.err(`keel: ${file}: not valid JSON: ${(error as Error).message}\n`);
    return ExitCode.planFailed;
  }
  return withStore(open, { existing: false }, output, async (store) => {
    try {
      const result = await importWorkspace(store.db, document, { name: options.name });
      output.out(
        `Imported workspace "${result.name}" (${result.workspaceId}): ${result.projects.length} project${result.projects.length === 1 ? "" : "s"}, ${result.members} member${result.members === 1 ? "" : "s"}.\n`,
      );
      if (result.createdUsers.length > 0) {
        output.out(
          `New accounts, without a password until one is set with keel admin reset-password <email>:\n${result.createdUsers.map((e) => `  ${e}\n`).join("")}`,
        );
      }
      return ExitCode.ok;
    } catch (error) {
      if (error instanceof ValidationError) {
        output.err(`keel: ${file}: ${error.message}; nothing was imported\n`);
        for (const field of error.fields) output.err(`  ${field.path}: ${field.message}\n`);
        return ExitCode.planFailed;
      }
      if (error instanceof PlanRejectedError || error instanceof ConflictError) {
        output.err(`keel: ${file}: ${error.message}; nothing was imported\n`);
        return ExitCode.planFailed;
      }
      throw error;
    }
  });
}

/** The workspace named by id or name; with no name, the only one there is. */
async function pickWorkspace(store: Store, wanted: string | undefined): Promise<WorkspaceSummary> {
  const all = await listWorkspaces(store.db);
  if (all.length === 0) throw new UsageError("there is no workspace to export");
  if (wanted === undefined) {
    if (all.length === 1) return all[0] as WorkspaceSummary;
    throw new UsageError(
      `there are ${all.length} workspaces; choose one with --workspace <id|name>:\n${listing(all)}`,
    );
  }
  const byId = all.filter((w) => w.id.toLowerCase() === wanted.trim().toLowerCase());
  const matches = byId.length > 0 ? byId : all.filter((w) => w.name === wanted);
  if (matches.length === 1) return matches[0] as WorkspaceSummary;
  if (matches.length > 1) {
    throw new UsageError(
      `${matches.length} workspaces are named "${wanted}"; choose one by id:\n${listing(matches)}`,
    );
  }
  throw new UsageError(`no workspace has the id or name "${wanted}"; the workspaces are:\n${listing(all)}`);
}

function listing(workspaces: readonly WorkspaceSummary[]): string {
  return workspaces
    .map((w) => `  ${w.id}  ${w.name} (${w.projects} project${w.projects === 1 ? "" : "s"})`)
    .join("\n");
}

async function readImportFile(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a workspace export`);
    if (info.size > MAX_IMPORT_BYTES) throw new UsageError(`refusing ${file}: it is larger than 1 GB`);
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}
