import { CommanderError } from "commander";
import { ExitCode } from "./exit-code.js";
import type { Output } from "./output.js";
import { buildProgram } from "./program.js";
import { UsageError } from "./usage-error.js";

export interface RunOptions {
  /** Print the stack trace of an internal error (KEEL_DEBUG=1), for whoever fixes keel. */
  readonly debug?: boolean;
}

/**
 * Runs `keel` with `argv` (without the node and script paths) and returns its exit code.
 * Never throws: bad input gets a message, and a bug gets a one-line "internal error".
 */
export async function run(
  argv: readonly string[],
  output: Output,
  options: RunOptions = {},
): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  try {
    const program = buildProgram(output, (code) => {
      exitCode = code;
    });
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    // Commander has already printed its message (unknown option, missing argument) or the help text.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    if (error instanceof UsageError) {
      output.err(`keel: ${error.message}\n`);
      return ExitCode.usage;
    }
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    output.err(`keel: internal error: ${detail} (this is a bug in keel; set KEEL_DEBUG=1 for details)\n`);
    if (options.debug && error instanceof Error && error.stack) output.err(`${error.stack}\n`);
    return ExitCode.internal;
  }
}
