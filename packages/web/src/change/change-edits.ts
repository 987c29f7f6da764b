import {
  type Constraint,
  type Duration,
  formatDuration,
  formatLag,
  isLocalDate,
  type Link,
  type LinkType,
  type PlanEdit,
  parseDuration,
  parseLag,
  type Task,
  type TaskChanges,
} from "@keel/model";
import { newTaskId } from "../plan/outline.js";
import { formatDate } from "../ui/format.js";

/** The next free id of the form `CR-n`: one past the highest number in use. */
export function nextChangeId(ids: Iterable<string>): string {
  let highest = 0;
  for (const id of ids) {
    const m = /^CR-(\d+)$/i.exec(id);
    if (m !== null) highest = Math.max(highest, Number(m[1]));
  }
  return `CR-${highest + 1}`;
}

/** The plan as a request's edits see it: tasks in plan order and links. */
export interface PlanState {
  readonly tasks: readonly Task[];
  readonly links: readonly Pick<Link, "from" | "to" | "type">[];
}

/**
 * The plan after a request's edits, as far as the edit form needs it: the tasks it can choose from
 * (added ones included, removed ones gone) and the links it can remove. An edit that no longer fits
 * is skipped, as the server skips it.
 */
export function planAfter(plan: PlanState, edits: readonly PlanEdit[]): PlanState {
  let tasks = [...plan.tasks];
  let links = [...plan.links];
  for (const edit of edits) {
    switch (edit.op) {
      case "addTask":
        if (!tasks.some((t) => t.id === edit.task.id)) tasks.push(edit.task);
        break;
      case "updateTask":
        tasks = tasks.map((t) => (t.id === edit.id ? withChanges(t, edit.set) : t));
        break;
      case "removeTask": {
        const gone = subtree(tasks, edit.id);
        tasks = tasks.filter((t) => !gone.has(t.id));
        links = links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
        break;
      }
      case "addLink":
        if (!links.some((l) => l.from === edit.link.from && l.to === edit.link.to)) links.push(edit.link);
        break;
      case "removeLink":
        links = links.filter((l) => l.from !== edit.from || l.to !== edit.to);
        break;
    }
  }
  return { tasks, links };
}

function withChanges(task: Task, set: TaskChanges): Task {
  const next: Record<string, unknown> = { ...task };
  for (const [key, value] of Object.entries(set)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as unknown as Task;
}

function subtree(tasks: readonly Task[], id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tasks) {
      if (t.parent !== null && out.has(t.parent) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Which tasks have children: a summary task's duration comes from them, so it cannot be set. */
export function summaryIds(tasks: readonly Task[]): Set<string> {
  return new Set(tasks.flatMap((t) => (t.parent === null ? [] : [t.parent])));
}

const CONSTRAINT_WORDS: Record<Constraint["type"], string> = {
  ASAP: "as soon as possible",
  ALAP: "as late as possible",
  SNET: "start no earlier than",
  SNLT: "start no later than",
  FNET: "finish no earlier than",
  FNLT: "finish no later than",
  MSO: "must start on",
  MFO: "must finish on",
};

const LINK_WORDS: Record<LinkType, string> = {
  FS: "",
  SS: " (start-to-start)",
  FF: " (finish-to-finish)",
  SF: " (start-to-finish)",
};

function describeConstraint(c: Constraint): string {
  return "date" in c ? `${CONSTRAINT_WORDS[c.type]} ${formatDate(c.date)}` : CONSTRAINT_WORDS[c.type];
}

function describeValue(key: string, value: unknown): string {
  if (value === null) return `${key} cleared`;
  if (key === "constraint") return describeConstraint(value as Constraint);
  if (key === "deadline") return `deadline ${formatDate(String(value))}`;
  if (key === "estimate") {
    const e = value as { optimistic: Duration; mostLikely: Duration; pessimistic: Duration };
    return `estimate ${[e.optimistic, e.mostLikely, e.pessimistic].map(formatDuration).join("/")}`;
  }
  if (key === "milestone") return value ? "a milestone" : "not a milestone";
  if (typeof value === "object" && value !== null && "unit" in value)
    return `${key} ${formatDuration(value as Duration)}`;
  return `${key} ${String(value)}`;
}

/** One field of an update, with its value before when that reads well: `duration 10d → 15d`. */
function describeChange(key: string, before: Task | undefined, value: unknown): string | undefined {
  // The estimate moves with the duration it belongs to; saying so twice is noise.
  if (key === "estimate" && value !== null) return undefined;
  const old = before?.[key as keyof Task];
  if ((key === "duration" || key === "work") && value !== null && old !== undefined) {
    const [from, to] = [formatDuration(old as Duration), formatDuration(value as Duration)];
    // Once merged, the plan already has the new value: the old one is gone.
    return from === to ? `${key} ${to}` : `${key} ${from} → ${to}`;
  }
  if (key === "name") return `renamed to “${String(value)}”`;
  return describeValue(key, value);
}

/**
 * Each edit as a line people read in a change request: `Build API: duration 10d → 15d`. Tasks are
 * named as the plan (and the earlier edits of the same request) name them; a task that has gone
 * is named by its id.
 */
export function describeEdits(plan: PlanState, edits: readonly PlanEdit[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < edits.length; i++) {
    const before = planAfter(plan, edits.slice(0, i));
    const byId = new Map(before.tasks.map((t) => [t.id, t]));
    // A removed task is still named by its name in the plan, not its id.
    for (const t of plan.tasks) if (!byId.has(t.id)) byId.set(t.id, t);
    const name = (id: string) => byId.get(id)?.name ?? id;
    out.push(describeEdit(edits[i] as PlanEdit, byId, name));
  }
  return out;
}

function describeEdit(
  edit: PlanEdit,
  tasks: ReadonlyMap<string, Task>,
  name: (id: string) => string,
): string {
  switch (edit.op) {
    case "addTask": {
      const t = edit.task;
      const kind = t.milestone ? "milestone" : "task";
      const length = t.milestone ? "" : ` (${formatDuration(t.work ?? t.duration)})`;
      return `Add ${kind} “${t.name}”${length}${t.parent === null ? "" : ` under ${name(t.parent)}`}`;
    }
    case "updateTask": {
      const parts = Object.entries(edit.set)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => describeChange(k, tasks.get(edit.id), v))
        .filter((p) => p !== undefined);
      return `${name(edit.id)}: ${parts.join("; ")}`;
    }
    case "removeTask":
      return `Remove ${name(edit.id)}`;
    case "addLink": {
      const l = edit.link;
      const lag = "percent" in l.lag ? l.lag.percent !== 0 : l.lag.value !== 0;
      return `Link ${name(l.from)} → ${name(l.to)}${LINK_WORDS[l.type]}${lag ? `, lag ${formatLag(l.lag)}` : ""}`;
    }
    case "removeLink":
      return `Unlink ${name(edit.from)} → ${name(edit.to)}`;
    case "assign":
      return `Assign ${edit.assignment.resource} to ${name(edit.assignment.task)} at ${Math.round(edit.assignment.units * 100)} %`;
    case "unassign":
      return `Unassign ${edit.resource} from ${name(edit.task)}`;
  }
}

/** An edit built from the form, or what is wrong with the form. */
export type Built = { readonly edits: readonly PlanEdit[] } | { readonly problem: string };

/**
 * A new length for a task. An effort-driven task's duration follows its work, so its work is what
 * changes; a three-point estimate moves with the most likely value (optimistic and pessimistic by the
 * same amount) so the P80 reflects the change too.
 */
export function lengthEdit(task: Task, text: string): Built {
  const d = parseDuration(text);
  if (typeof d === "string") return { problem: d };
  if (task.work !== undefined) return { edits: [{ op: "updateTask", id: task.id, set: { work: d } }] };
  const set: { duration: Duration; estimate?: Task["estimate"] } = { duration: d };
  const e = task.estimate;
  if (e !== undefined) {
    const points = [e.optimistic, e.mostLikely, e.pessimistic];
    if (points.every((p) => p.unit === d.unit && p.elapsed === d.elapsed)) {
      const delta = d.value - e.mostLikely.value;
      const shift = (p: Duration) => ({ ...p, value: Math.max(0, round(p.value + delta)) });
      set.estimate = { optimistic: shift(e.optimistic), mostLikely: d, pessimistic: shift(e.pessimistic) };
    }
  }
  return { edits: [{ op: "updateTask", id: task.id, set }] };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A new task (a milestone when its duration is 0), optionally linked finish-to-start after another. */
export function addTaskEdits(
  name: string,
  durationText: string,
  after: string | null,
  taken: ReadonlySet<string>,
): Built {
  const n = name.trim();
  if (n === "") return { problem: "Give the new task a name." };
  const d = parseDuration(durationText);
  if (typeof d === "string") return { problem: d };
  const task: Task = {
    id: newTaskId(n, taken),
    name: n,
    parent: null,
    milestone: d.value === 0,
    duration: d,
    constraint: { type: "ASAP" },
  };
  const edits: PlanEdit[] = [{ op: "addTask", task }];
  if (after !== null) edits.push({ op: "addLink", link: finishToStart(after, task.id) });
  return { edits };
}

export function finishToStart(from: string, to: string): Link {
  return { from, to, type: "FS", lag: { value: 0, unit: "d", elapsed: false } };
}

/** Moves a task by a start-no-earlier-than constraint on a date `YYYY-MM-DD`. */
export function moveEdit(id: string, date: string): Built {
  if (!isLocalDate(date)) return { problem: "Choose a date." };
  return { edits: [{ op: "updateTask", id, set: { constraint: { type: "SNET", date } } }] };
}

export function addLinkEdit(
  from: string,
  to: string,
  type: LinkType,
  lagText: string,
  links: PlanState["links"],
): Built {
  if (from === to) return { problem: "A task cannot be linked to itself." };
  if (links.some((l) => l.from === from && l.to === to))
    return { problem: "These tasks are already linked." };
  const lag = lagText.trim() === "" ? { value: 0, unit: "d" as const, elapsed: false } : parseLag(lagText);
  if (typeof lag === "string") return { problem: lag };
  return { edits: [{ op: "addLink", link: { from, to, type, lag } }] };
}

/** Removes one edit; removing an added task also removes the edits that refer to it. */
export function withoutEdit(edits: readonly PlanEdit[], index: number): PlanEdit[] {
  const edit = edits[index];
  if (edit?.op !== "addTask") return edits.filter((_, i) => i !== index);
  const id = edit.task.id;
  return edits.filter((e, i) => i !== index && !refersTo(e, id));
}

function refersTo(edit: PlanEdit, id: string): boolean {
  switch (edit.op) {
    case "addTask":
      return edit.task.parent === id;
    case "updateTask":
    case "removeTask":
      return edit.id === id;
    case "addLink":
      return edit.link.from === id || edit.link.to === id;
    case "removeLink":
      return edit.from === id || edit.to === id;
    case "assign":
      return edit.assignment.task === id;
    case "unassign":
      return edit.task === id;
  }
}
