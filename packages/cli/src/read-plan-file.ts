import { readFile, stat } from "node:fs/promises";
import { UsageError } from "./usage-error.js";

/** Plans are hand-written text; anything this big is a wrong path, and reading it would only burn memory. */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;

/** Reads a plan file as UTF-8, refusing missing, non-regular and oversized files before reading them. */
export async function readPlanFile(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a plan file`);
    // A pipe or device has no size to check up front, and may never end.
    if (!info.isFile()) throw new UsageError(`${file} is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  if (size > MAX_PLAN_BYTES) {
    // Round up so a file just over the limit never reads as "32.0 MB".
    const mb = (Math.ceil((size / (1024 * 1024)) * 10) / 10).toFixed(1);
    throw new UsageError(`refusing ${file}: it is ${mb} MB and plan files are limited to 32 MB`);
  }
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many symbolic links",
};

function describeFsError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return FS_REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}
