import type { ProductVision } from "@keel/model";

// The form keeps numbers and dates as the person typed them: the server checks the document and
// answers each problem by its field, which the form shows in place.

export interface KeyResultDraft {
  readonly statement: string;
  readonly metric: string;
  readonly baseline: string;
  readonly target: string;
  readonly unit: string;
  readonly due: string;
}

export interface ObjectiveDraft {
  readonly id: string;
  readonly title: string;
  readonly year: string;
  readonly keyResults: readonly KeyResultDraft[];
}

export interface RoadmapDraft {
  readonly title: string;
  readonly quarter: string;
  readonly objectives: readonly string[];
  readonly epic: string;
}

export interface ReviewDraft {
  readonly date: string;
  readonly who: string;
  readonly changed: string;
}

export interface VisionDraft {
  readonly product: string;
  readonly audience: string;
  readonly statement: string;
  readonly horizonYears: string;
  readonly objectives: readonly ObjectiveDraft[];
  readonly roadmap: readonly RoadmapDraft[];
  readonly notDoing: readonly string[];
  readonly reviews: readonly ReviewDraft[];
}

const text = (n: number | undefined) => (n === undefined ? "" : String(n));

export function draftOfVision(vision: ProductVision): VisionDraft {
  return {
    product: vision.product,
    audience: vision.audience,
    statement: vision.statement,
    horizonYears: text(vision.horizonYears),
    objectives: vision.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      year: text(o.year),
      keyResults: o.keyResults.map((k) => ({
        statement: k.statement,
        metric: k.metric,
        baseline: text(k.baseline),
        target: text(k.target),
        unit: k.unit,
        due: k.due ?? "",
      })),
    })),
    roadmap: vision.roadmap.map((r) => ({
      title: r.title,
      quarter: r.quarter,
      objectives: r.objectives,
      epic: r.epic ?? "",
    })),
    notDoing: vision.notDoing,
    reviews: vision.reviews.map((r) => ({ ...r })),
  };
}

/** A number as typed: left out when blank, so the server names it missing; sent as typed when it is not a number. */
function number(typed: string): number | string | undefined {
  const t = typed.trim();
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

function optional<K extends string>(key: K, typed: string): { [P in K]?: string } {
  const t = typed.trim();
  return (t === "" ? {} : { [key]: t }) as { [P in K]?: string };
}

/** The document the form sends: what the person typed, for the server to check. */
export function visionOfDraft(draft: VisionDraft): unknown {
  return {
    product: draft.product,
    audience: draft.audience,
    statement: draft.statement,
    horizonYears: number(draft.horizonYears),
    objectives: draft.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      year: number(o.year),
      keyResults: o.keyResults.map((k) => ({
        statement: k.statement,
        metric: k.metric,
        baseline: number(k.baseline),
        target: number(k.target),
        unit: k.unit,
        ...optional("due", k.due),
      })),
    })),
    roadmap: draft.roadmap.map((r) => ({
      title: r.title,
      quarter: r.quarter.trim(),
      objectives: r.objectives,
      ...optional("epic", r.epic),
    })),
    notDoing: draft.notDoing,
    reviews: draft.reviews,
  };
}

/** The next free objective id: O1, O2…, past the highest in use. */
export function nextObjectiveId(objectives: readonly { readonly id: string }[]): string {
  let highest = 0;
  for (const o of objectives) {
    const m = /^O(\d+)$/.exec(o.id);
    if (m !== null) highest = Math.max(highest, Number(m[1]));
  }
  return `O${highest + 1}`;
}

export const EMPTY_KEY_RESULT: KeyResultDraft = {
  statement: "",
  metric: "",
  baseline: "",
  target: "",
  unit: "",
  due: "",
};

/** A removed objective leaves the roadmap items that served it, without it. */
export function withoutObjective(draft: VisionDraft, index: number): VisionDraft {
  const gone = draft.objectives[index]?.id;
  return {
    ...draft,
    objectives: draft.objectives.filter((_, i) => i !== index),
    roadmap: draft.roadmap.map((r) => ({ ...r, objectives: r.objectives.filter((id) => id !== gone) })),
  };
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

export interface RoadmapStrip {
  /** Every quarter from the first item's to the last one's, in order. */
  readonly quarters: readonly string[];
  /** One row per objective with items, then one for items serving none; cells by quarter. */
  readonly rows: readonly { readonly label: string; readonly cells: readonly (readonly string[])[] }[];
}

/** The roadmap as a strip: items by quarter, grouped by the objective they serve (an item serving two is in both rows). */
export function roadmapStrip(draft: VisionDraft): RoadmapStrip {
  const items = draft.roadmap
    .map((r) => ({ ...r, at: QUARTER.exec(r.quarter.trim()) }))
    .filter((r) => r.at !== null && r.title.trim() !== "");
  const index = (m: RegExpExecArray) => Number(m[1]) * 4 + Number(m[2]) - 1;
  if (items.length === 0) return { quarters: [], rows: [] };
  const slots = items.map((r) => index(r.at as RegExpExecArray));
  const first = Math.min(...slots);
  const last = Math.max(...slots);
  const quarters: string[] = [];
  for (let q = first; q <= last; q++) quarters.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  const row = (label: string, serves: (r: (typeof items)[number]) => boolean) => {
    const cells: string[][] = quarters.map(() => []);
    items.forEach((r, i) => {
      if (serves(r)) cells[(slots[i] as number) - first]?.push(r.title.trim());
    });
    return { label, cells };
  };
  const known = new Set(draft.objectives.map((o) => o.id));
  const rows = [
    ...draft.objectives.map((o) => row(`${o.id} ${o.title}`.trim(), (r) => r.objectives.includes(o.id))),
    row("No objective", (r) => !r.objectives.some((id) => known.has(id))),
  ];
  return { quarters, rows: rows.filter((r) => r.cells.some((c) => c.length > 0)) };
}
