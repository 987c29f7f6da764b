/** Process exit codes; 70 is EX_SOFTWARE from sysexits.h, so "keel is broken" differs from "the plan is broken". */
export const ExitCode = {
  ok: 0,
  /** The plan has errors (cycle, bad reference, unreadable syntax) or misses a deadline. */
  planFailed: 1,
  /** The command line was wrong or the plan file could not be read. */
  usage: 2,
  /** A service could not start or be reached: port in use, database down (EX_UNAVAILABLE). */
  unavailable: 69,
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
