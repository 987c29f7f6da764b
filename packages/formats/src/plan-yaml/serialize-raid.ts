import {
  type Assumption,
  type ChangeRequest,
  type Constraint,
  type Dependency,
  type Duration,
  formatDuration,
  formatLag,
  type Issue,
  type Lag,
  type Plan,
  type PlanEdit,
  type Risk,
  type RiskScales,
  type Task,
  type TaskChanges,
  type ThreePointEstimate,
} from "@keel/model";

import { ZERO } from "./value-schemas.js";

type Out = Record<string, unknown>;

function sameDuration(a: Lag, b: Duration): boolean {
  return "value" in a && a.value === b.value && a.unit === b.unit && a.elapsed === b.elapsed;
}

export function isZero(d: Lag): boolean {
  return sameDuration(d, ZERO);
}

/** Keeps the keys whose value is set, in the order given. */
function defined(fields: Out): Out {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** The value, or undefined when it is the file format's default (which the reader fills in again). */
function unlessDefault<T>(value: T, fallback: T): T | undefined {
  return value === fallback ? undefined : value;
}

export function constraintText(c: Constraint): string {
  return "date" in c ? `${c.type} ${c.date}` : c.type;
}

function estimateText(e: ThreePointEstimate): string {
  return [e.optimistic, e.mostLikely, e.pessimistic].map(formatDuration).join("/");
}

function riskOut(r: Risk): Out {
  return defined({
    id: r.id,
    name: unlessDefault(r.name, r.id),
    kind: unlessDefault(r.kind, "threat"),
    category: r.category,
    owner: r.owner,
    description: r.description,
    cause: r.cause,
    event: r.event,
    effect: r.effect,
    probability: r.probability,
    impact: r.impact,
    chance: r.chance,
    delay: r.delay === undefined ? undefined : formatDuration(r.delay),
    cost: r.cost,
    tasks: r.tasks.length === 0 ? undefined : r.tasks,
    trigger: r.trigger,
    strategy: r.strategy,
    actions: r.actions?.map((a) => defined({ action: a.action, owner: a.owner, due: a.due, done: a.done })),
    residual:
      r.residual === undefined
        ? undefined
        : { probability: r.residual.probability, impact: r.residual.impact },
    status: unlessDefault(r.status, "open"),
    review: r.review,
  });
}

function assumptionOut(a: Assumption): Out {
  return defined({
    id: a.id,
    name: unlessDefault(a.name, a.id),
    description: a.description,
    owner: a.owner,
    validateBy: a.validateBy,
    status: unlessDefault(a.status, "unvalidated"),
    tasks: a.tasks,
  });
}

function issueOut(i: Issue): Out {
  return defined({
    id: i.id,
    name: unlessDefault(i.name, i.id),
    description: i.description,
    severity: unlessDefault(i.severity, "medium"),
    owner: i.owner,
    raised: i.raised,
    due: i.due,
    escalation: unlessDefault(i.escalation, "team"),
    status: unlessDefault(i.status, "open"),
    resolution: i.resolution,
    tasks: i.tasks,
  });
}

function dependencyOut(d: Dependency): Out {
  return defined({
    id: d.id,
    name: unlessDefault(d.name, d.id),
    provider: d.provider,
    owner: d.owner,
    needed: d.needed,
    expected: d.expected,
    delivered: d.delivered,
    status: unlessDefault(d.status, "waiting"),
    tasks: d.tasks.length === 0 ? undefined : d.tasks,
  });
}

/** Task fields in the file's notation; `null` (clearing a field in an update) is kept. */
function taskFieldsOut(t: Partial<Task> | TaskChanges): Out {
  const notation = <T>(value: T | null | undefined, write: (v: T) => unknown) =>
    value === null || value === undefined ? value : write(value);
  return {
    name: t.name,
    milestone: t.milestone,
    duration: notation(t.duration, formatDuration),
    estimate: notation(t.estimate, estimateText),
    work: notation(t.work, formatDuration),
    constraint: notation(t.constraint, constraintText),
    priority: t.priority,
    deadline: t.deadline,
    calendar: t.calendar,
    notes: t.notes,
  };
}

function editOut(edit: PlanEdit): Out {
  switch (edit.op) {
    case "addTask": {
      const t = edit.task;
      const fields = taskFieldsOut(t);
      return {
        op: edit.op,
        task: defined({
          id: t.id,
          parent: t.parent ?? undefined,
          ...fields,
          name: unlessDefault(t.name, t.id),
          milestone: unlessDefault(t.milestone, t.duration.value === 0),
          duration: sameDuration(t.duration, t.work ?? ZERO) ? undefined : fields.duration,
          constraint: t.constraint.type === "ASAP" ? undefined : fields.constraint,
        }),
      };
    }
    case "updateTask":
      return { op: edit.op, id: edit.id, set: defined(taskFieldsOut(edit.set)) };
    case "addLink": {
      const { from, to, type, lag } = edit.link;
      const link = {
        from,
        to,
        type: unlessDefault(type, "FS"),
        lag: isZero(lag) ? undefined : formatLag(lag),
      };
      return { op: edit.op, link: defined(link) };
    }
    case "assign": {
      const { task, resource, units } = edit.assignment;
      return { op: edit.op, assignment: defined({ task, resource, units: unlessDefault(units, 1) }) };
    }
    default:
      return { ...edit };
  }
}

function changeOut(c: ChangeRequest): Out {
  return defined({
    id: c.id,
    name: unlessDefault(c.name, c.id),
    requester: c.requester,
    reason: c.reason,
    description: c.description,
    status: unlessDefault(c.status, "draft"),
    edits: c.edits.length === 0 ? undefined : c.edits.map(editOut),
    decision:
      c.decision === undefined
        ? undefined
        : defined({ ...c.decision, impact: defined({ ...c.decision.impact }) }),
  });
}

/** The RAID log and change requests in the file format, leaving out the defaults and empty lists. */
export function raidOut(plan: Plan): Out {
  const list = <T>(items: readonly T[] | undefined, write: (item: T) => Out) =>
    items === undefined || items.length === 0 ? undefined : items.map(write);
  return defined({
    risks: list(plan.risks, riskOut),
    assumptions: list(plan.assumptions, assumptionOut),
    issues: list(plan.issues, issueOut),
    dependencies: list(plan.dependencies, dependencyOut),
    changes: list(plan.changes, changeOut),
  });
}

/** Chances as written in the model (0.3), so they read back exactly. */
export function riskScalesOut(scales: RiskScales): Out {
  return {
    probability: scales.probability.map((l) => ({ label: l.label, chance: l.chance })),
    impact: scales.impact.map((l) => ({ label: l.label })),
  };
}
