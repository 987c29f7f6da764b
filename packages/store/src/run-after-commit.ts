/**
 * Runs after-commit callbacks. The data is already committed, so a failing callback is reported and
 * the rest still run; it must not turn a committed write into an error for the caller.
 */
export function runAfterCommit(callbacks: readonly (() => void)[]): void {
  for (const callback of callbacks) {
    try {
      callback();
    } catch (error) {
      console.error("after-commit callback failed:", error);
    }
  }
}
