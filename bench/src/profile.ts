import { mkdtempSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Scheduler } from "@keel/engine";
import { benchPlan, PLAN_KINDS } from "./bench-plan.js";

/**
 * Profiles one engine call on a benchmark plan and prints where its time goes:
 * `node bench/dist/profile.js <tasks> <working|elapsed> <compile|run|edit|result> [repetitions]`.
 * Only the repeated calls are sampled (not the plan's generation); the `.cpuprofile` is kept for
 * Chrome DevTools or speedscope.
 */
const PHASES = ["compile", "run", "edit", "result"] as const;

interface ProfileNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

function selfTimes(nodes: readonly ProfileNode[]): [string, number][] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const n of nodes) {
    const where = n.callFrame.url.split("/").slice(-2).join("/");
    const key = `${n.callFrame.functionName || "(anonymous)"} ${where}:${n.callFrame.lineNumber + 1}`;
    hits.set(key, (hits.get(key) ?? 0) + (n.hitCount ?? 0));
    total += n.hitCount ?? 0;
  }
  return [...hits].map(([k, h]): [string, number] => [k, h / total]).sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const [tasksArg = "10000", kindArg = "working", phaseArg = "run", repsArg = "20"] = process.argv.slice(2);
  const kind = PLAN_KINDS.find((k) => k === kindArg);
  const phase = PHASES.find((p) => p === phaseArg);
  if (kind === undefined || phase === undefined) {
    throw new Error(
      `usage: profile.js <tasks> <${PLAN_KINDS.join("|")}> <${PHASES.join("|")}> [repetitions]`,
    );
  }
  const reps = Number(repsArg);
  const plan = benchPlan(Number(tasksArg), kind);
  let scheduler = Scheduler.compile(plan);
  scheduler.run();
  // Edits go to leaf tasks from the middle of the plan on, as in the benchmark.
  const parents = new Set(plan.tasks.map((t) => t.parent));
  const middle = plan.tasks.slice(plan.tasks.length / 2).filter((t) => !parents.has(t.id));
  if (middle.length === 0) throw new Error("the plan is too small to edit");

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  for (let k = 0; k < reps; k++) {
    if (phase === "compile") scheduler = Scheduler.compile(plan);
    else if (phase === "run") scheduler.run();
    else if (phase === "result") scheduler.result();
    else {
      const task = middle[k % middle.length] as (typeof middle)[number];
      scheduler.setDuration(task.id, { value: 1 + (k % 10), unit: "d", elapsed: false });
    }
  }
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();

  const file = join(mkdtempSync(join(tmpdir(), "keel-profile-")), `${tasksArg}-${kind}-${phase}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`${phase} × ${reps} on ${tasksArg} tasks (${kind}); self time:`);
  for (const [where, share] of selfTimes(profile.nodes).slice(0, 15)) {
    console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${where}`);
  }
  console.log(`profile: ${file}`);
}

await main();
