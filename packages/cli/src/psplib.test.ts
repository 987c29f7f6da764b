import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bufferedOutput } from "./output.js";
import { run } from "./run.js";

// The reference data sits beside the repository (../shared/data), never inside it.
const data = fileURLToPath(new URL("../../../../shared/data/psplib/", import.meta.url));
const haveData = existsSync(data);
if (!haveData) console.warn(`PSPLIB acceptance skipped: reference data not found at ${data}`);

/** MPM-Time (the critical-path length) from an instance's PROJECT INFORMATION block. */
function mpmTime(text: string): number {
  const line = text.split("\n").findIndex((l) => l.startsWith("PROJECT INFORMATION"));
  const fields = (text.split("\n")[line + 2] ?? "").trim().split(/\s+/);
  return Number(fields[5]);
}

describe.skipIf(!haveData)("keel schedule on PSPLIB j30 and j60", () => {
  it("gives durationWorkingDays equal to MPM-Time on all 960 instances", async () => {
    const files = ["j30", "j60"].flatMap((set) =>
      readdirSync(`${data}${set}`)
        .filter((f) => f.endsWith(".sm"))
        .map((f) => `${data}${set}/${f}`),
    );
    expect(files).toHaveLength(960);
    const mismatches: string[] = [];
    for (const file of files) {
      const output = bufferedOutput();
      expect(await run(["schedule", file, "--format", "json"], output)).toBe(0);
      const days = JSON.parse(output.stdout).project.durationWorkingDays;
      const expected = mpmTime(readFileSync(file, "utf8"));
      if (days !== expected) mismatches.push(`${file}: ${days} ≠ MPM-Time ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });
});
