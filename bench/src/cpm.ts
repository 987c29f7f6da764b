import { spawnSync } from "node:child_process";
import { cpus, loadavg, release, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { benchPlan, PLAN_KINDS, type PlanKind } from "./bench-plan.js";
import { measure, type SizeReport } from "./measure-size.js";
import { compareWithTj3 } from "./side-by-side.js";
import { tj3Version } from "./tj3.js";

/**
 * `npm run bench`: CPM on generated plans of 1k–1M tasks, each size and kind of plan in its own
 * process so that its peak memory is its own, then tj3 on the same 1k and 10k plans.
 * `node --expose-gc bench/dist/cpm.js 1000 10000` runs chosen sizes; `--child <n> <kind>` is how
 * the parent runs one.
 */
const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const TJ3_SIZES = [1_000, 10_000];
/** tj3 runs the richer plans, so the side-by-side also checks elapsed durations and lags. */
const TJ3_KIND: PlanKind = "elapsed";

/** One measured figure: wall time (or MB) and, for times, the processor time behind it. */
interface Figure {
  readonly label: string;
  readonly value: number;
  readonly cpu?: number;
}

interface Target {
  readonly what: string;
  readonly tasks: number;
  readonly limit: number;
  readonly unit: "ms" | "MB";
  readonly figures: (r: SizeReport) => readonly Figure[];
}

const runFigures = (r: SizeReport): Figure[] => [
  { label: "first Scheduler", value: r.firstRunMs, cpu: r.firstRunCpuMs },
  { label: "later Scheduler", value: r.runMs, cpu: r.runCpuMs },
];

const TARGETS: readonly Target[] = [
  { what: "full CPM, 10k tasks", tasks: 10_000, limit: 5, unit: "ms", figures: runFigures },
  { what: "full CPM, 100k tasks", tasks: 100_000, limit: 60, unit: "ms", figures: runFigures },
  { what: "full CPM, 1M tasks", tasks: 1_000_000, limit: 1000, unit: "ms", figures: runFigures },
  {
    what: "peak RSS, 1M tasks",
    tasks: 1_000_000,
    limit: 1024,
    unit: "MB",
    figures: (r) => [{ label: "plan and engine", value: r.peakRssMb }],
  },
  {
    what: "one edit, 10k tasks",
    tasks: 10_000,
    limit: 1,
    unit: "ms",
    figures: (r) => [{ label: "median", value: r.editMs, cpu: r.editCpuMs }],
  },
];

function ms(x: number): string {
  if (x < 1) return `${x.toFixed(3)} ms`;
  if (x < 10) return `${x.toFixed(2)} ms`;
  if (x < 1000) return `${x.toFixed(1)} ms`;
  return `${(x / 1000).toFixed(2)} s`;
}

const count = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n);
const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
const withCpu = (wall: number, cpu: number) => `${ms(wall)} (${ms(cpu)})`;

function runChild(tasks: number, kind: PlanKind): SizeReport {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--expose-gc", script, "--child", String(tasks), kind], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`the ${count(tasks)} ${kind} run failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as SizeReport;
}

function engineTable(reports: readonly SizeReport[]): void {
  console.log(
    row([
      "tasks",
      "plan",
      "links",
      "compile",
      "`run()`, first Scheduler",
      "`run()`, later Scheduler",
      "one edit, median / p90",
      "peak RSS (plan alone, engine heap)",
      "`result()` (peak RSS after)",
      "finish",
    ]),
  );
  console.log(row(["---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"]));
  for (const r of reports) {
    console.log(
      row([
        count(r.tasks),
        r.kind,
        r.links.toLocaleString("en"),
        ms(r.compileMs),
        withCpu(r.firstRunMs, r.firstRunCpuMs),
        withCpu(r.runMs, r.runCpuMs),
        `${withCpu(r.editMs, r.editCpuMs)} / ${ms(r.editP90Ms)}`,
        `${r.peakRssMb} MB (${r.planRssMb} MB, ${r.engineMb} MB)`,
        `${ms(r.resultMs)} (${r.peakRssWithResultMb} MB)`,
        r.finish.slice(0, 10),
      ]),
    );
  }
}

function verdicts(reports: readonly SizeReport[]): void {
  for (const target of TARGETS) {
    for (const r of reports.filter((x) => x.tasks === target.tasks)) {
      for (const f of target.figures(r)) {
        const shown = target.unit === "ms" ? ms(f.value) : `${f.value} MB`;
        const verdict = f.value <= target.limit ? "met   " : "MISSED";
        const busy =
          f.value > target.limit && f.cpu !== undefined && f.cpu <= target.limit
            ? `; its processor time ${ms(f.cpu)} is within it: the machine was busy`
            : "";
        console.log(
          `${verdict} ${target.what}, ${r.kind}, ${f.label}: ${shown} (target ≤ ${target.limit} ${target.unit}${busy})`,
        );
      }
    }
  }
  for (const r of reports) {
    if (r.finish >= "2100") {
      console.log(`WARNING: the ${count(r.tasks)} ${r.kind} plan finishes in ${r.finish.slice(0, 4)}`);
    }
  }
}

function tj3Table(reports: readonly SizeReport[]): void {
  console.log(row(["tasks", "Keel compile + run + result", "tj3 whole run, wall (CPU)", "dates that agree"]));
  console.log(row(["---:", "---:", "---:", "---"]));
  for (const tasks of TJ3_SIZES) {
    const r = reports.find((x) => x.tasks === tasks && x.kind === TJ3_KIND);
    if (r === undefined) continue;
    console.error(`… tj3 on ${count(tasks)} tasks`);
    const c = compareWithTj3([benchPlan(tasks, TJ3_KIND)]);
    const agree =
      c.disagreements.length === 0 ? `all of ${c.tasks} tasks` : `${c.disagreements.length} dates differ`;
    console.log(
      row([count(tasks), ms(r.compileMs + r.firstRunMs + r.resultMs), withCpu(c.tj3Ms, c.tj3CpuMs), agree]),
    );
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    const kind = PLAN_KINDS.find((k) => k === args[2]) ?? "working";
    process.stdout.write(`${JSON.stringify(measure(Number(args[1]), kind))}\n`);
    return;
  }
  const sizes = args.length > 0 ? args.map(Number) : SIZES;
  const tj3 = tj3Version();
  const cpu = cpus();
  console.log(
    `Machine: ${cpu[0]?.model ?? "?"} × ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GB, Linux ${release()}, ` +
      `Node ${process.version}, tj3 ${tj3 ?? "not installed"}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}\n`,
  );
  const reports: SizeReport[] = [];
  for (const tasks of sizes) {
    for (const kind of PLAN_KINDS) {
      console.error(`… ${count(tasks)} tasks, ${kind}`);
      reports.push(runChild(tasks, kind));
    }
  }
  console.log("Times are medians, wall clock (processor time in brackets).\n");
  engineTable(reports);
  console.log("");
  verdicts(reports);
  console.log("");
  if (tj3 === undefined)
    console.log("tj3 is not installed: no TaskJuggler comparison (apt-get install tj3).");
  else tj3Table(reports);
  console.log(
    `\nLoad average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
}

main();
