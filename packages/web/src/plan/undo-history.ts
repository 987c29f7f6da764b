/**
 * Undo and redo of plan edits, as pure data. An edit is recorded as the changes the server answered
 * (each item's version before and after); undoing sends the inverse changes in one bulk request
 * with the versions the items should have now, so an item someone else changed meanwhile is refused by
 * the server (or before sending, when the client already knows) instead of being overwritten.
 *
 * Items are tracked through states: each state is a token for "this item as one edit left it", mapped
 * to the id and version the server gave it last. Undoing or redoing an edit brings its items back to
 * earlier states under new versions (a re-created link even under a new id); only the token's mapping
 * changes, so the edits below and above it keep pointing at the right versions.
 */

export type ItemKind = "task" | "link" | "assignment";

export type Fields = Readonly<Record<string, unknown>>;

/** An item as the server answered it. */
export interface ItemRef {
  readonly id: string;
  readonly version: number;
}

/** One change of an edit, as recorded from the server's answer. */
export type RecordedChange =
  | {
      readonly op: "update";
      readonly kind: ItemKind;
      readonly id: string;
      readonly before: { readonly version: number; readonly fields: Fields };
      readonly after: { readonly version: number; readonly fields: Fields };
    }
  | {
      readonly op: "create" | "delete";
      readonly kind: ItemKind;
      readonly id: string;
      readonly version: number;
      /** The whole item as created (or as it was when deleted), without id (for links and assignments) or version. */
      readonly value: Fields;
    };

/** A change between two states of one item; `create` and `delete` have the state in which the item exists. */
export type Change =
  | {
      readonly op: "update";
      readonly kind: ItemKind;
      readonly before: { readonly state: number; readonly fields: Fields };
      readonly after: { readonly state: number; readonly fields: Fields };
    }
  | {
      readonly op: "create" | "delete";
      readonly kind: ItemKind;
      readonly state: number;
      readonly value: Fields;
    };

export interface Entry {
  /** What the edit did, for people: `duration of “Build”`. */
  readonly label: string;
  readonly changes: readonly Change[];
}

interface State {
  readonly kind: ItemKind;
  readonly id: string;
  readonly version: number;
}

export interface History {
  /** Edits in the order they were made; the last is undone first. */
  readonly undo: readonly Entry[];
  /** Undone edits; the last is redone first. */
  readonly redo: readonly Entry[];
  readonly states: ReadonlyMap<number, State>;
  /** The state each item is in as far as this history knows, by `kind:id`. */
  readonly current: ReadonlyMap<string, number>;
  readonly next: number;
}

export type Direction = "undo" | "redo";

export const EMPTY_HISTORY: History = { undo: [], redo: [], states: new Map(), current: new Map(), next: 1 };

/** How many edits can be undone; older ones drop off. */
export const UNDO_LIMIT = 100;

const key = (kind: ItemKind, id: string) => `${kind}:${id}`;

/** Records an edit just saved: it can be undone next, and what was undone before can no longer be redone. */
export function record(h: History, label: string, changes: readonly RecordedChange[]): History {
  if (changes.length === 0) return h;
  const states = new Map(h.states);
  const current = new Map(h.current);
  let next = h.next;
  const fresh = (kind: ItemKind, id: string, version: number) => {
    const token = next++;
    states.set(token, { kind, id, version });
    return token;
  };
  // The state the item is in now, when the history already knows it at this version.
  const now = (kind: ItemKind, id: string, version: number) => {
    const token = current.get(key(kind, id));
    const state = token === undefined ? undefined : states.get(token);
    return token !== undefined && state?.version === version ? token : fresh(kind, id, version);
  };
  const recorded = changes.map((c): Change => {
    if (c.op === "update") {
      const before = now(c.kind, c.id, c.before.version);
      const after = fresh(c.kind, c.id, c.after.version);
      current.set(key(c.kind, c.id), after);
      return {
        op: "update",
        kind: c.kind,
        before: { state: before, fields: c.before.fields },
        after: { state: after, fields: c.after.fields },
      };
    }
    if (c.op === "create") {
      const state = fresh(c.kind, c.id, c.version);
      current.set(key(c.kind, c.id), state);
      return { op: "create", kind: c.kind, state, value: c.value };
    }
    const state = now(c.kind, c.id, c.version);
    current.delete(key(c.kind, c.id));
    return { op: "delete", kind: c.kind, state, value: c.value };
  });
  const undo = [...h.undo, { label, changes: recorded }].slice(-UNDO_LIMIT);
  return prune({ undo, redo: [], states, current, next });
}

/** The edit that takes an entry back: the changes in reverse order, each turned around. */
export function inverse(entry: Entry): Entry {
  return {
    label: entry.label,
    changes: entry.changes
      .map((c): Change => {
        if (c.op === "update") return { ...c, before: c.after, after: c.before };
        return { ...c, op: c.op === "create" ? "delete" : "create" };
      })
      .reverse(),
  };
}

/** The entry an undo or redo would take, as recorded (an undo sends its inverse). */
export function top(h: History, direction: Direction): Entry | undefined {
  const stack = direction === "undo" ? h.undo : h.redo;
  return stack[stack.length - 1];
}

/** The changes an undo or redo sends: the inverse of the last edit, or the last undone edit again. */
export function pending(h: History, direction: Direction): Entry | undefined {
  const entry = top(h, direction);
  return entry === undefined || direction === "redo" ? entry : inverse(entry);
}

/** One kind's step of a bulk request, and which change each created or updated item answers. */
export interface BulkRequest {
  readonly kind: ItemKind;
  readonly body: {
    readonly create: readonly Fields[];
    readonly update: readonly Fields[];
    readonly delete: readonly ItemRef[];
  };
  /** For each item in `create` and `update`, the index of its change in the entry. */
  readonly created: readonly number[];
  readonly updated: readonly number[];
}

/**
 * The requests that apply an entry, in an order the plan can take: links and assignments removed
 * or changed first, then the tasks (created parents first, as recorded), then links and assignments
 * created (their tasks exist by then). They go as the steps of one `POST …/bulk`, one transaction.
 */
export function requests(h: History, entry: Entry): BulkRequest[] {
  const phases: { kind: ItemKind; ops: ReadonlySet<Change["op"]> }[] = [
    { kind: "link", ops: new Set(["update", "delete"]) },
    { kind: "assignment", ops: new Set(["update", "delete"]) },
    { kind: "task", ops: new Set(["create", "update", "delete"]) },
    { kind: "link", ops: new Set(["create"]) },
    { kind: "assignment", ops: new Set(["create"]) },
  ];
  const out: BulkRequest[] = [];
  for (const { kind, ops } of phases) {
    const create: Fields[] = [];
    const update: Fields[] = [];
    const del: ItemRef[] = [];
    const created: number[] = [];
    const updated: number[] = [];
    entry.changes.forEach((c, i) => {
      if (c.kind !== kind || !ops.has(c.op)) return;
      if (c.op === "create") {
        create.push(c.value);
        created.push(i);
        return;
      }
      const state = stateOf(h, c.op === "update" ? c.before.state : c.state);
      if (c.op === "update") {
        update.push({ id: state.id, version: state.version, ...c.after.fields });
        updated.push(i);
      } else del.push({ id: state.id, version: state.version });
    });
    if (create.length + update.length + del.length > 0)
      out.push({ kind, body: { create, update, delete: del }, created, updated });
  }
  return out;
}

/** The plan's items as the client has them now. */
export interface Snapshot {
  readonly tasks: readonly { readonly id: string; readonly version: number; readonly name: string }[];
  readonly links: readonly {
    readonly id: string;
    readonly version: number;
    readonly from: string;
    readonly to: string;
  }[];
  readonly assignments: readonly { readonly id: string; readonly version: number; readonly task: string }[];
}

/**
 * Why an entry cannot be applied to the plan as it is now, naming the item (`“Build”`), or undefined
 * when it can: an item it changes or deletes is not at the version the edit left it (someone changed
 * or deleted it meanwhile), a task it deletes has links or assignments it would take along that the
 * edit does not know of, or a task it creates exists again.
 */
export function conflict(h: History, entry: Entry, now: Snapshot): string | undefined {
  const items = {
    task: new Map(now.tasks.map((t) => [t.id, t])),
    link: new Map(now.links.map((l) => [l.id, l])),
    assignment: new Map(now.assignments.map((a) => [a.id, a])),
  };
  const taskName = (id: string) => `“${items.task.get(id)?.name ?? id}”`;
  const describe = (kind: ItemKind, id: string, value?: Fields): string => {
    if (kind === "task") return items.task.has(id) ? taskName(id) : `“${String(value?.name ?? id)}”`;
    if (kind === "link") {
      const l = items.link.get(id) ?? (value as { from?: string; to?: string } | undefined);
      return l === undefined ? "a link" : `the link ${taskName(String(l.from))} → ${taskName(String(l.to))}`;
    }
    const task = items.assignment.get(id)?.task ?? (value?.task as string | undefined);
    return task === undefined ? "an assignment" : `an assignment of ${taskName(task)}`;
  };
  const deleted = new Set(
    entry.changes.flatMap((c) => (c.op === "delete" ? [key(c.kind, stateOf(h, c.state).id)] : [])),
  );
  for (const c of entry.changes) {
    if (c.op === "create") {
      const id = c.value.id as string | undefined;
      if (c.kind === "task" && id !== undefined && items.task.has(id)) return describe("task", id);
      continue;
    }
    const state = stateOf(h, c.op === "update" ? c.before.state : c.state);
    const value = c.op === "delete" ? c.value : undefined;
    if (items[c.kind].get(state.id)?.version !== state.version) return describe(c.kind, state.id, value);
    if (c.op === "delete" && c.kind === "task") {
      const along = [
        ...now.links.filter(
          (l) => (l.from === state.id || l.to === state.id) && !deleted.has(key("link", l.id)),
        ),
        ...now.assignments.filter((a) => a.task === state.id && !deleted.has(key("assignment", a.id))),
      ];
      if (along.length > 0) return describe("task", state.id);
    }
  }
  return undefined;
}

/**
 * The history after `entry` (the one `top` gave) was undone or redone: the items' new ids and versions
 * (by change index of what `pending` sent, for changes that create or update) go to their states, and
 * the edit moves to the other stack.
 */
export function settle(
  h: History,
  direction: Direction,
  entry: Entry,
  results: ReadonlyMap<number, ItemRef>,
): History {
  const applied = direction === "undo" ? inverse(entry) : entry;
  const states = new Map(h.states);
  const current = new Map(h.current);
  applied.changes.forEach((c, i) => {
    const result = results.get(i);
    if (c.op === "delete") {
      current.delete(key(c.kind, stateOf(h, c.state).id));
      return;
    }
    if (result === undefined) return;
    const token = c.op === "update" ? c.after.state : c.state;
    states.set(token, { kind: c.kind, id: result.id, version: result.version });
    current.set(key(c.kind, result.id), token);
  });
  const [from, to] = direction === "undo" ? [h.undo, h.redo] : [h.redo, h.undo];
  // An edit made while this one was on its way has already cleared what could be redone.
  if (!from.includes(entry)) return { ...h, states, current };
  const moved = { from: from.filter((e) => e !== entry), to: [...to, entry] };
  return direction === "undo"
    ? { ...h, states, current, undo: moved.from, redo: moved.to }
    : { ...h, states, current, redo: moved.from, undo: moved.to };
}

/**
 * The history after undoing (or redoing) `entry` was refused: that edit is dropped, with every other
 * edit of the same items (each would be refused in turn, or would build on a change that did not happen).
 */
export function drop(h: History, entry: Entry): History {
  const touched = new Set(itemsOf(h, entry));
  const keep = (e: Entry) => e !== entry && !itemsOf(h, e).some((item) => touched.has(item));
  const current = new Map([...h.current].filter(([item]) => !touched.has(item)));
  return prune({ ...h, current, undo: h.undo.filter(keep), redo: h.redo.filter(keep) });
}

function itemsOf(h: History, entry: Entry): string[] {
  return entry.changes.flatMap((c) => {
    const tokens = c.op === "update" ? [c.before.state, c.after.state] : [c.state];
    return tokens.map((t) => {
      const s = stateOf(h, t);
      return key(s.kind, s.id);
    });
  });
}

function stateOf(h: History, token: number): State {
  const state = h.states.get(token);
  if (state === undefined) throw new Error(`undo history: no state ${token}`);
  return state;
}

/** Forgets the states no edit refers to any more. */
function prune(h: History): History {
  const used = new Set<number>();
  for (const e of [...h.undo, ...h.redo])
    for (const c of e.changes) {
      if (c.op === "update") used.add(c.before.state).add(c.after.state);
      else used.add(c.state);
    }
  return {
    ...h,
    states: new Map([...h.states].filter(([token]) => used.has(token))),
    current: new Map([...h.current].filter(([, token]) => used.has(token))),
  };
}
