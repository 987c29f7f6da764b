import {
  type Duration,
  type Lag,
  type Link,
  type LinkType,
  type LocalDate,
  type Plan,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import { publicHolidays } from "./holidays.js";
import { Random } from "./random.js";

export interface GenerateOptions {
  /** Number of tasks in the plan, summary tasks included. */
  readonly tasks: number;
  readonly seed: number;
  /** Link types to draw from, FS-heavy as in real plans; all four by default. */
  readonly linkTypes?: readonly LinkType[];
  /** Lags on about a quarter of the links (working, elapsed, percent, leads); default true. */
  readonly lags?: boolean;
  /** Negative lags (leads) among the lags; default true. */
  readonly leads?: boolean;
  /** Some elapsed durations and elapsed lags (`3ed`); default true. */
  readonly elapsed?: boolean;
  /** About ten public holidays a year over the plan's span; default true. */
  readonly holidays?: boolean;
  /** Summary phases of about 20 tasks, with a few links into and out of them; default false. */
  readonly summaries?: boolean;
  /** Project start; by default a seeded day in 2026–2027. */
  readonly start?: LocalDate;
}

const LINK_WEIGHTS: Record<LinkType, number> = { FS: 70, SS: 15, FF: 10, SF: 5 };
const PHASE_SIZE = 20;
const ZERO: Duration = { value: 0, unit: "d", elapsed: false };
const ASAP = { type: "ASAP" } as const;
const VERBS = ["Specify", "Design", "Build", "Integrate", "Test", "Review", "Document", "Deploy"];

/** Waves of parallel work: grows slowly with size so that even 1M tasks make a plan of a few years. */
function waveCount(leaves: number): number {
  return Math.max(1, Math.round(Math.min(3 * Math.sqrt(leaves), 40 + 15 * Math.log10(leaves))));
}

function duration(r: Random, elapsed: boolean): Duration {
  const kind = r.weighted<string>([
    ["hours", 18],
    ["days", 62],
    ["long", 10],
    ["weeks", 4],
    ["elapsed", elapsed ? 3 : 0],
  ]);
  if (kind === "hours") return { value: r.int(1, 7), unit: "h", elapsed: false };
  if (kind === "days") return { value: r.int(1, 10), unit: "d", elapsed: false };
  if (kind === "long") return { value: r.int(11, 15), unit: "d", elapsed: false };
  if (kind === "weeks") return { value: r.int(1, 3), unit: "w", elapsed: false };
  return r.chance(0.5)
    ? { value: r.int(1, 5), unit: "d", elapsed: true }
    : { value: r.int(4, 48), unit: "h", elapsed: true };
}

interface LagOptions {
  readonly lags: boolean;
  readonly leads: boolean;
  readonly elapsed: boolean;
}

/** Three links in four carry no lag; percent lags only leave leaf tasks (a summary has no duration of its own). */
function lag(r: Random, o: LagOptions, fromLeaf: boolean): Lag {
  if (!o.lags || r.chance(0.75)) return ZERO;
  const kind = r.weighted<string>([
    ["working", 12],
    ["elapsed", o.elapsed ? 5 : 0],
    ["percent", fromLeaf ? 4 : 0],
    ["lead", o.leads ? 4 : 0],
  ]);
  if (kind === "working") {
    return r.chance(0.5)
      ? { value: r.int(1, 5), unit: "d", elapsed: false }
      : { value: r.int(1, 16), unit: "h", elapsed: false };
  }
  if (kind === "elapsed") {
    return r.chance(0.5)
      ? { value: r.int(1, 5), unit: "d", elapsed: true }
      : { value: r.int(12, 72), unit: "h", elapsed: true };
  }
  if (kind === "percent") return { percent: r.pick([25, 50, 75, 100]) };
  return r.chance(0.5)
    ? { value: -r.int(1, 3), unit: "d", elapsed: false }
    : { value: -r.int(1, 6), unit: "h", elapsed: false };
}

function startDay(r: Random): LocalDate {
  return new Date(Date.UTC(2026, 0, 1 + r.int(0, 729))).toISOString().slice(0, 10) as LocalDate;
}

/**
 * A seeded random plan shaped like a large programme: leaf tasks in waves of parallel lanes, each
 * task linked to about three tasks one or two waves back in the same or a neighbouring lane (now and
 * then further back), so links always run from a lower to a higher index and the plan stays acyclic.
 */
export function generatePlan(options: GenerateOptions): Plan {
  const r = new Random(options.seed);
  const n = options.tasks;
  const linkTypes = options.linkTypes ?? ["FS", "SS", "FF", "SF"];
  const typeWeights = linkTypes.map((t): [LinkType, number] => [t, LINK_WEIGHTS[t]]);
  const intoSummary = typeWeights.filter(([t]) => t === "FS" || t === "SS");
  const summaries = options.summaries ?? false;
  const elapsed = options.elapsed ?? true;
  const lagOptions: LagOptions = { lags: options.lags ?? true, leads: options.leads ?? true, elapsed };
  const start = options.start ?? startDay(r);

  const leafEstimate = summaries ? Math.ceil((n * PHASE_SIZE) / (PHASE_SIZE + 1)) : n;
  const waves = waveCount(leafEstimate);
  const width = Math.ceil(leafEstimate / waves);

  const tasks: Task[] = [];
  const links: Link[] = [];
  const leafId: string[] = [];
  const leafPhase: (string | null)[] = [];
  let phase: string | null = null;
  let gate: string | null = null;
  const from = new Set<string>();

  const pickLeaf = (wave: number, lane: number): number => {
    const back = r.weighted<number>([
      [1, 70],
      [2, 20],
      [r.int(3, 8), 10],
    ]);
    const w = Math.max(0, wave - back);
    const spread = r.chance(0.9) ? 3 : 30;
    const l = Math.min(width - 1, Math.max(0, lane + r.int(-spread, spread)));
    return w * width + l;
  };

  for (let leaf = 0; tasks.length < n; leaf++) {
    const wave = Math.floor(leaf / width);
    const lane = leaf - wave * width;
    if (summaries && lane % PHASE_SIZE === 0 && tasks.length <= n - 2) {
      phase = `t${tasks.length}`;
      tasks.push({
        id: phase,
        name: `Phase ${wave + 1}.${lane / PHASE_SIZE + 1}`,
        parent: null,
        milestone: false,
        duration: ZERO,
        constraint: ASAP,
      });
      // A phase gate: some phases wait for work from an earlier wave as a whole.
      gate = null;
      if (wave > 0 && intoSummary.length > 0 && r.chance(0.3)) {
        gate = leafId[pickLeaf(wave, lane)] as string;
        links.push({ from: gate, to: phase, type: r.weighted(intoSummary), lag: lag(r, lagOptions, true) });
      }
    }
    const id = `t${tasks.length}`;
    const milestone = r.chance(0.05);
    tasks.push({
      id,
      name: `${r.pick(VERBS)} ${tasks.length}`,
      parent: summaries ? phase : null,
      milestone,
      duration: milestone ? ZERO : duration(r, elapsed),
      constraint: ASAP,
    });
    leafId.push(id);
    leafPhase.push(phase);
    if (wave === 0) continue;
    const count = r.weighted<number>([
      [1, 10],
      [2, 15],
      [3, 30],
      [4, 25],
      [5, 20],
    ]);
    from.clear();
    // The phase's gate already ties its tasks to that predecessor.
    if (gate !== null) from.add(gate);
    for (let k = 0; k < count; k++) {
      const p = pickLeaf(wave, lane);
      // Now and then a whole earlier phase drives the task rather than one of its tasks.
      const source =
        summaries && r.chance(0.04) ? (leafPhase[p] ?? (leafId[p] as string)) : (leafId[p] as string);
      if (from.has(source)) continue;
      from.add(source);
      links.push({
        from: source,
        to: id,
        type: r.weighted(typeWeights),
        lag: lag(r, lagOptions, source === leafId[p]),
      });
    }
  }

  const startYear = Number(start.slice(0, 4));
  // Generous: a wave rarely takes more than three working weeks.
  const years = Math.ceil((waves * 15) / 250) + 1;
  return {
    project: {
      name: `Generated ${n} tasks, seed ${options.seed}`,
      start,
      timeZone: "UTC",
      calendar: "standard",
    },
    calendars: [
      {
        ...STANDARD_CALENDAR,
        holidays: options.holidays === false ? [] : publicHolidays(startYear, startYear + years, r),
      },
    ],
    tasks,
    links,
  };
}
