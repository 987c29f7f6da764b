import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CYCLE_PLAN, planFiles } from "./testing/plan-files.js";

// These run the built binary as a user would, so they need `tsc -b` first (npm test does it).
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/keel.js", import.meta.url));
const STACK_FRAME = /^\s+at /m;

function keel(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let files: Awaited<ReturnType<typeof planFiles>>;
beforeAll(async () => {
  expect(existsSync(new URL("../dist/main.js", import.meta.url)), "run `npx tsc -b` before these tests").toBe(
    true,
  );
  const chain = Array.from(
    { length: 3000 },
    (_, i) => `  - { id: t${i}, duration: 1h${i ? `, after: [t${i - 1}]` : ""} }`,
  );
  files = await planFiles({
    "cycle.yaml": CYCLE_PLAN,
    "long.yaml": `project: { name: Long, start: 2027-01-04 }\ntasks:\n${chain.join("\n")}\n`,
  });
});
afterAll(() => files.cleanup());

describe("bin/keel.js", () => {
  it("schedules the launch example from the repository root", () => {
    const { code, stdout, stderr } = keel(["schedule", "examples/product-launch.yaml"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}ga +General availability .* \*\n/);
    expect(stdout).toContain("Project   Relay beta to GA launch");
  });

  it("exits 1 on a cycle, with a diagnostic and no stack trace", () => {
    const { code, stdout, stderr } = keel(["check", files.path("cycle.yaml")]);
    expect(code).toBe(1);
    expect(stdout).toContain("cycle.yaml:3:5: error: the links form a cycle");
    expect(stderr).toBe("");
    expect(STACK_FRAME.test(stdout)).toBe(false);
  });

  it("exits 2 on a missing file, with one line and no stack trace", () => {
    const { code, stdout, stderr } = keel(["schedule", "no/such/plan.yaml"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("keel: cannot read no/such/plan.yaml: no such file\n");
  });

  it("exits 2 on an unknown option", () => {
    const { code, stderr } = keel(["schedule", "--fromat", "json", "examples/product-launch.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--fromat'");
    expect(STACK_FRAME.test(stderr)).toBe(false);
  });

  it("stops quietly when the reader closes the pipe early", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${BIN}" schedule "${files.path("long.yaml")}" | head -n 1; exit "\${PIPESTATUS[0]}"`,
      ],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(r.stdout).toMatch(/^id +name/);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
