/** A problem with how keel was invoked (missing file, file too large): exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
