import { performance } from "node:perf_hooks";
import { checkSchedule, type LevelingOptions, levelResources } from "@keel/engine";
import { havePsplib, PSPLIB_DIR, readInstance, readReferences, toLevelingProblem } from "./psplib-data.js";

/**
 * `npm run bench:psplib -- --set j30|j60 [--budget-ms N] [--schedules N] [--limit K] [--seed S]`:
 * resource leveling on PSPLIB, single thread, one instance after the other. The optimiser runs
 * with a wall budget per instance (default 1000 ms) and, with `--schedules`, a schedule budget;
 * single-pass LFT and MinSlack (the priority-rule leveling of MS Project / TaskJuggler style tools)
 * run beside it. Every schedule is checked for feasibility. Prints Markdown tables: deviation from
 * the optimum (j30), the critical-path bound and the best known makespan, instances at best known,
 * and time per instance.
 */
function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const set = arg("--set") ?? "j30";
const budgetMs = Number(arg("--budget-ms") ?? 1000);
const maxSchedules = Number(arg("--schedules") ?? Number.POSITIVE_INFINITY);
const limit = Number(arg("--limit") ?? Number.POSITIVE_INFINITY);
const seed = arg("--seed") === undefined ? undefined : Number(arg("--seed"));
const verbose = process.argv.includes("--verbose");

if (!havePsplib) {
  console.log(`PSPLIB data not found at ${PSPLIB_DIR}; nothing to run.`);
  process.exit(0);
}

interface Method {
  name: string;
  options: LevelingOptions;
  dev: { opt: number[]; lb: number[]; best: number[] };
  atBest: number;
  belowBest: number;
  ms: number[];
  schedules: number[];
  proved: number;
}

const method = (name: string, options: LevelingOptions): Method => ({
  name,
  options,
  dev: { opt: [], lb: [], best: [] },
  atBest: 0,
  belowBest: 0,
  ms: [],
  schedules: [],
  proved: 0,
});

const methods: Method[] = [
  method("optimise (GA + justification)", {
    mode: "optimise",
    now: () => performance.now(),
    budgetMs,
    maxSchedules,
    ...(seed === undefined ? {} : { seed }),
  }),
  method("single pass LFT", { mode: "rule", rule: "lft" }),
  method("single pass MinSlack", { mode: "rule", rule: "minSlack" }),
];

const refs = readReferences(set).slice(0, limit);
if (refs.length === 0) {
  console.log(`no instances of set ${set} in reference_makespans.csv`);
  process.exit(1);
}
const pct = (value: number, ref: number) => (100 * (value - ref)) / ref;
let infeasible = 0;
const started = performance.now();
for (const [i, ref] of refs.entries()) {
  const problem = toLevelingProblem(readInstance(ref));
  for (const m of methods) {
    const t0 = performance.now();
    const sol = levelResources(problem, m.options);
    const ms = performance.now() - t0;
    const violations = checkSchedule(problem, sol.starts, sol.unresolved);
    if (violations.length > 0 || sol.unresolved.length > 0) {
      infeasible++;
      console.error(`${ref.instance} ${m.name}: infeasible: ${violations[0]?.message ?? "unresolved"}`);
    }
    m.ms.push(ms);
    m.schedules.push(sol.schedules);
    if (sol.provedOptimal) m.proved++;
    if (ref.opt !== undefined) m.dev.opt.push(pct(sol.makespan, ref.opt));
    m.dev.lb.push(pct(sol.makespan, ref.cpmLb));
    m.dev.best.push(pct(sol.makespan, ref.bestUb));
    if (sol.makespan === ref.bestUb) m.atBest++;
    if (sol.makespan < ref.bestUb) m.belowBest++;
    if (verbose && m === methods[0]) {
      console.log(
        `${ref.instance}: ${sol.makespan} (best ${ref.bestUb}) ${sol.schedules} schedules ${ms.toFixed(0)} ms`,
      );
    }
  }
  if (!verbose && (i + 1) % 60 === 0) {
    const opt = methods[0] as Method;
    console.error(
      `… ${i + 1}/${refs.length} instances, ${((performance.now() - started) / 1000).toFixed(0)} s; optimiser ${avg(opt.dev.lb).toFixed(2)}% above the CPM bound so far`,
    );
  }
}

function avg(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
}
const max = (xs: readonly number[]) => (xs.length === 0 ? Number.NaN : Math.max(...xs));
const f2 = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(2));

console.log(
  `\nPSPLIB ${set}: ${refs.length} instances; optimiser budget ${budgetMs} ms${Number.isFinite(maxSchedules) ? ` and ${maxSchedules} schedules` : ""} per instance; Node ${process.version}, single thread\n`,
);
console.log(
  "| method | avg % over optimum | max % over optimum | avg % over CPM bound | max % over CPM bound | avg % over best known | at best known | proved optimal | avg schedules | avg ms | max ms |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const m of methods) {
  console.log(
    `| ${m.name} | ${f2(avg(m.dev.opt))} | ${f2(max(m.dev.opt))} | ${f2(avg(m.dev.lb))} | ${f2(max(m.dev.lb))} | ${f2(avg(m.dev.best))} | ${m.atBest}/${refs.length}${m.belowBest ? ` (+${m.belowBest} below)` : ""} | ${m.proved} | ${Math.round(avg(m.schedules))} | ${avg(m.ms).toFixed(1)} | ${max(m.ms).toFixed(1)} |`,
  );
}
if (infeasible > 0) {
  console.log(`\n${infeasible} infeasible schedules: see above.`);
  process.exitCode = 1;
}
