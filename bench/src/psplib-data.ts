import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LevelingProblem } from "@keel/engine";
import { type PsplibInstance, parsePsplib } from "@keel/formats";

/** The PSPLIB reference data sits beside the repository (../shared/data/psplib), never inside it. */
export const PSPLIB_DIR = fileURLToPath(new URL("../../../shared/data/psplib/", import.meta.url));
export const havePsplib = existsSync(`${PSPLIB_DIR}reference_makespans.csv`);

/** One row of `reference_makespans.csv`: bounds and best known makespans of an instance. */
export interface PsplibReference {
  set: string;
  instance: string;
  /** Critical-path lower bound. */
  cpmLb: number;
  /** Best known makespan. */
  bestUb: number;
  /** Proven optimum (j30), or undefined. */
  opt: number | undefined;
}

export function readReferences(set: string): PsplibReference[] {
  const [header = "", ...rows] = readFileSync(`${PSPLIB_DIR}reference_makespans.csv`, "utf8")
    .trim()
    .split(/\r?\n/);
  const col = header.split(",");
  const at = (name: string) => {
    const i = col.indexOf(name);
    if (i < 0) throw new Error(`reference_makespans.csv has no column ${name}`);
    return i;
  };
  const [iSet, iInstance, iCpm, iBest, iOpt] = ["set", "instance", "cpm_lb", "best_ub", "opt"].map(
    at,
  ) as number[];
  const number = (s: string | undefined) => (s === undefined || s === "" ? undefined : Number(s));
  return rows
    .map((line) => line.split(","))
    .filter((c) => c[iSet as number] === set)
    .map((c) => ({
      set,
      instance: c[iInstance as number] as string,
      cpmLb: number(c[iCpm as number]) as number,
      bestUb: number(c[iBest as number]) as number,
      opt: number(c[iOpt as number]),
    }))
    .sort((x, y) => naturalKey(x.instance) - naturalKey(y.instance));
}

/** j3010_7 → 10·1000 + 7: instances in parameter-set then instance order. */
function naturalKey(name: string): number {
  const m = /^j\d0(\d+)_(\d+)$/.exec(name);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : 0;
}

export function readInstance(ref: PsplibReference): PsplibInstance {
  const file = `${ref.set}/${ref.instance}.sm`;
  return parsePsplib(readFileSync(`${PSPLIB_DIR}${file}`, "utf8"), file);
}

/** The instance as a leveling problem: one activity per job, finish-to-start edges, constant capacities. */
export function toLevelingProblem(instance: PsplibInstance): LevelingProblem {
  const { plan } = instance;
  const index = new Map(plan.tasks.map((t, i) => [t.id, i]));
  const durations = plan.tasks.map((t) => t.duration.value);
  const edges = plan.links.map((l) => {
    const from = index.get(l.from) as number;
    return { from, to: index.get(l.to) as number, lag: durations[from] as number };
  });
  const demands = plan.tasks.flatMap((t, activity) =>
    (instance.demands[t.id] ?? []).map((units, resource) => ({ activity, resource, units })),
  );
  return {
    durations,
    edges,
    resources: instance.resources.map((r) => ({ capacity: r.capacity })),
    demands,
  };
}
