import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PLAN_BYTES, readPlanFile } from "./read-plan-file.js";
import { UsageError } from "./usage-error.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readPlanFile", () => {
  it("reads a file as UTF-8", async () => {
    const file = join(dir, "plan.yaml");
    await writeFile(file, "project: { name: Ünïcode }\n");
    expect(await readPlanFile(file)).toBe("project: { name: Ünïcode }\n");
  });

  it("names a missing file plainly", async () => {
    const file = join(dir, "missing.yaml");
    await expect(readPlanFile(file)).rejects.toThrow(new UsageError(`cannot read ${file}: no such file`));
  });

  it("refuses a directory", async () => {
    await expect(readPlanFile(dir)).rejects.toThrow(/is a directory/);
  });

  it("refuses a device, which has no size to check", async () => {
    await expect(readPlanFile("/dev/zero")).rejects.toThrow(
      new UsageError("/dev/zero is not a regular file"),
    );
  });

  it("refuses a file over 32 MB from its size alone", async () => {
    const file = join(dir, "huge.yaml");
    await writeFile(file, "");
    // A sparse file: stat reports the size without 32 MB touching the disk.
    await truncate(file, MAX_PLAN_BYTES + 1);
    await expect(readPlanFile(file)).rejects.toThrow(/it is 32\.1 MB and plan files are limited to 32 MB/);
  });

  it("accepts a file of exactly 32 MB", async () => {
    const file = join(dir, "edge.yaml");
    await writeFile(file, "");
    await truncate(file, MAX_PLAN_BYTES);
    expect((await readPlanFile(file)).length).toBe(MAX_PLAN_BYTES);
  });
});
