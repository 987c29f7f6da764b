#!/usr/bin/env node
// The CLI is compiled by `tsc -b`, which the root `prepare` script runs during `npm ci`.
try {
  await import("../dist/main.js");
} catch (error) {
  const notBuilt = error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/main.js");
  process.stderr.write(
    notBuilt
      ? "keel: not built yet; run `npm run build` in the repository root\n"
      : `keel: internal error: ${error?.message ?? error}\n`,
  );
  process.exitCode = 70;
}
