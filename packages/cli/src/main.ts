import { ExitCode } from "./exit-code.js";
import { run } from "./run.js";

// A reader that closes early (`keel schedule … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    process.exit(error.code === "EPIPE" ? ExitCode.ok : ExitCode.internal);
  });
}

process.exitCode = await run(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  { debug: process.env.KEEL_DEBUG === "1" },
);
