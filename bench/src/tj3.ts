import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TJ_REPORT } from "./tjp.js";

export interface Tj3Dates {
  /** `YYYY-MM-DDTHH:MM` */
  readonly start: string;
  readonly end: string;
}

export interface Tj3Run {
  /** By tj3's full task id. */
  readonly dates: ReadonlyMap<string, Tj3Dates>;
  /** Wall-clock time of the whole tj3 process: start-up, parsing, scheduling, report. */
  readonly ms: number;
  /** Its processor time (user + system), which other load on the machine does not inflate. */
  readonly cpuMs: number;
  /** Whatever tj3 printed (warnings), empty when all went well. */
  readonly messages: string;
}

/** tj3's version, or undefined when it is not installed. */
export function tj3Version(): string | undefined {
  const r = spawnSync("tj3", ["--version"], { encoding: "utf8" });
  if (r.error !== undefined || r.status !== 0) return undefined;
  return /\d+\.\d+\.\d+/.exec(r.stdout)?.[0] ?? r.stdout.trim();
}

function parseCsv(text: string): Map<string, Tj3Dates> {
  const dates = new Map<string, Tj3Dates>();
  for (const line of text.split("\n").slice(1)) {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replaceAll('""', '"'));
    const [id, start, end] = cells;
    if (id !== undefined && start !== undefined && end !== undefined) dates.set(id, { start, end });
  }
  return dates;
}

/** Reads bash's `times` output: its second line holds the children's user and system time, `1m2.5s 0m0.1s`. */
function childCpuMs(times: string): number {
  const line = times.trim().split("\n")[1] ?? "";
  let total = 0;
  for (const m of line.matchAll(/(\d+)m([\d.]+)s/g)) total += Number(m[1]) * 60_000 + Number(m[2]) * 1000;
  return total;
}

/** Runs tj3 on a project written by `toTjp` and reads its CSV task report. */
export function runTj3(project: string): Tj3Run {
  const dir = mkdtempSync(join(tmpdir(), "keel-tj3-"));
  try {
    const file = join(dir, "plan.tjp");
    writeFileSync(file, project);
    const t0 = performance.now();
    // Through bash, whose `times` reports the processor time of the tj3 it ran.
    const r = spawnSync(
      "bash",
      ["-c", 'tj3 --silent --no-color -o "$1" "$2" >&2; s=$?; times; exit $s', "tj3", dir, file],
      {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const ms = performance.now() - t0;
    if (r.error !== undefined) throw r.error;
    const messages = r.stderr.trim();
    if (r.status !== 0) throw new Error(`tj3 failed (exit ${r.status}):\n${messages.slice(0, 4000)}`);
    const dates = parseCsv(readFileSync(join(dir, `${TJ_REPORT}.csv`), "utf8"));
    return { dates, ms, cpuMs: childCpuMs(r.stdout), messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
