import { describe, expect, it, vi } from "vitest";
import { ExitCode } from "./exit-code.js";
import { bufferedOutput } from "./output.js";
import { run } from "./run.js";

// A bug in the engine stands in for any unexpected exception.
vi.mock("@keel/engine", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@keel/engine")>()),
  schedulePlan: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')\nsecond line");
  },
}));

const PLAN = new URL("../../../examples/product-launch.yaml", import.meta.url).pathname;

describe("an unexpected exception", () => {
  it("becomes one 'internal error' line and exit 70, without a stack trace", async () => {
    const output = bufferedOutput();
    const code = await run(["schedule", PLAN], output);
    expect(code).toBe(ExitCode.internal);
    expect(output.stdout).toBe("");
    expect(output.stderr).toBe(
      "keel: internal error: Cannot read properties of undefined (reading 'x') (this is a bug in keel; set KEEL_DEBUG=1 for details)\n",
    );
  });

  it("shows the stack trace in debug mode", async () => {
    const output = bufferedOutput();
    await run(["check", PLAN], output, { debug: true });
    expect(output.stderr).toMatch(/\n {4}at /);
  });
});
