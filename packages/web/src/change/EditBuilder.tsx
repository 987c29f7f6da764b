import { formatDuration, LINK_TYPES, type LinkType, type PlanEdit, type Task } from "@keel/model";
import { type FormEvent, useId, useMemo, useState } from "react";
import {
  addLinkEdit,
  addTaskEdits,
  type Built,
  lengthEdit,
  moveEdit,
  type PlanState,
  planAfter,
  summaryIds,
} from "./change-edits.js";

type Kind = "length" | "add" | "remove" | "move" | "link" | "unlink";

const KINDS: readonly (readonly [Kind, string])[] = [
  ["length", "Change the duration of a task"],
  ["add", "Add a task"],
  ["remove", "Remove a task"],
  ["move", "Start a task no earlier than a date"],
  ["link", "Add a link"],
  ["unlink", "Remove a link"],
];

const LINK_NAMES: Record<LinkType, string> = {
  FS: "Finish-to-start",
  SS: "Start-to-start",
  FF: "Finish-to-finish",
  SF: "Start-to-finish",
};

interface EditBuilderProps {
  readonly plan: PlanState;
  /** The request's edits so far: tasks they add can be chosen, tasks they remove cannot. */
  readonly edits: readonly PlanEdit[];
  /** Saves the new edits after the others; answers a refusal to show in place. */
  readonly add: (edits: readonly PlanEdit[]) => Promise<string | undefined>;
}

interface Form {
  task: string;
  length: string;
  name: string;
  after: string;
  date: string;
  from: string;
  to: string;
  type: LinkType;
  lag: string;
  link: string;
}

const EMPTY: Form = {
  task: "",
  length: "",
  name: "",
  after: "",
  date: "",
  from: "",
  to: "",
  type: "FS",
  lag: "",
  link: "",
};

/** Task names for a select; a name two tasks share gets the id, so the choice is never ambiguous. */
function optionLabels(tasks: readonly Task[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const t of tasks) count.set(t.name, (count.get(t.name) ?? 0) + 1);
  return new Map(tasks.map((t) => [t.id, (count.get(t.name) ?? 0) > 1 ? `${t.name} (${t.id})` : t.name]));
}

/** The small form that builds one proposed edit at a time, with tasks chosen by name. */
export function EditBuilder({ plan, edits, add }: EditBuilderProps) {
  const id = useId();
  const [kind, setKind] = useState<Kind>("length");
  const [form, setForm] = useState<Form>(EMPTY);
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const state = useMemo(() => planAfter(plan, edits), [plan, edits]);
  const labels = useMemo(() => optionLabels(state.tasks), [state.tasks]);
  const summaries = useMemo(() => summaryIds(state.tasks), [state.tasks]);
  const leaves = state.tasks.filter((t) => !summaries.has(t.id));
  const chosen = state.tasks.find((t) => t.id === form.task);
  const set = (key: keyof Form, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setProblem(undefined);
  };

  function build(): Built {
    const needTask = (then: (task: Task) => Built): Built =>
      chosen === undefined ? { problem: "Choose a task." } : then(chosen);
    switch (kind) {
      case "length":
        return needTask((t) => lengthEdit(t, form.length));
      case "add":
        return addTaskEdits(
          form.name,
          form.length,
          form.after === "" ? null : form.after,
          new Set(state.tasks.map((t) => t.id).concat(plan.tasks.map((t) => t.id))),
        );
      case "remove":
        return needTask((t) => ({ edits: [{ op: "removeTask", id: t.id }] }));
      case "move":
        return needTask((t) => moveEdit(t.id, form.date));
      case "link":
        if (form.from === "" || form.to === "") return { problem: "Choose both tasks." };
        return addLinkEdit(form.from, form.to, form.type, form.lag, state.links);
      case "unlink": {
        const [from, to] = form.link.split("\u0000");
        if (from === undefined || to === undefined) return { problem: "Choose a link." };
        return { edits: [{ op: "removeLink", from, to }] };
      }
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = build();
    if ("problem" in built) {
      setProblem(built.problem);
      return;
    }
    setSaving(true);
    const refused = await add(built.edits);
    setSaving(false);
    if (refused === undefined) setForm(EMPTY);
    setProblem(refused);
  }

  const taskSelect = (
    key: "task" | "after" | "from" | "to",
    label: string,
    tasks: readonly Task[],
    none?: string,
  ) => (
    <div className="change-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={form[key]} onChange={(e) => set(key, e.target.value)}>
        <option value="">{none ?? "Choose a task…"}</option>
        {tasks.map((t) => (
          <option key={t.id} value={t.id}>
            {labels.get(t.id)}
          </option>
        ))}
      </select>
    </div>
  );
  const text = (
    key: "length" | "name" | "lag",
    label: string,
    placeholder: string,
    width: number,
    hint?: string,
  ) => (
    <div className="change-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={form[key]}
        placeholder={placeholder}
        style={{ width }}
        aria-describedby={hint === undefined ? undefined : `${id}-${key}-hint`}
        onChange={(e) => set(key, e.target.value)}
      />
      {hint !== undefined && (
        <span id={`${id}-${key}-hint`} className="muted change-field-hint">
          {hint}
        </span>
      )}
    </div>
  );

  const effort = chosen?.work !== undefined;
  return (
    <form className="change-builder" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h5 id={`${id}-title`}>Propose an edit</h5>
      <div className="change-field">
        <label htmlFor={`${id}-kind`}>Edit</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
            setProblem(undefined);
          }}
        >
          {KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="change-builder-fields">
        {kind === "length" && (
          <>
            {taskSelect("task", "Task", leaves)}
            {text(
              "length",
              effort ? "New work" : "New duration",
              chosen === undefined ? "e.g. 15d" : formatDuration(chosen.work ?? chosen.duration),
              110,
              chosen === undefined
                ? undefined
                : effort
                  ? `Effort-driven: ${formatDuration(chosen.work ?? chosen.duration)} of work, which sets its duration`
                  : `Now ${formatDuration(chosen.duration)}`,
            )}
          </>
        )}
        {kind === "add" && (
          <>
            {text("name", "Task name", "e.g. Security review", 200)}
            {text("length", "Duration", "e.g. 5d", 90, "0 makes a milestone")}
            {taskSelect("after", "After", state.tasks, "No predecessor")}
          </>
        )}
        {kind === "remove" && taskSelect("task", "Task", state.tasks)}
        {kind === "move" && (
          <>
            {taskSelect("task", "Task", state.tasks)}
            <div className="change-field">
              <label htmlFor={`${id}-date`}>Start no earlier than</label>
              <input
                id={`${id}-date`}
                type="date"
                value={form.date}
                onChange={(e) => set("date", e.target.value)}
              />
            </div>
          </>
        )}
        {kind === "link" && (
          <>
            {taskSelect("from", "From (predecessor)", state.tasks)}
            {taskSelect("to", "To (successor)", state.tasks)}
            <div className="change-field">
              <label htmlFor={`${id}-type`}>Type</label>
              <select id={`${id}-type`} value={form.type} onChange={(e) => set("type", e.target.value)}>
                {LINK_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {LINK_NAMES[t]}
                  </option>
                ))}
              </select>
            </div>
            {text("lag", "Lag", "0d", 70)}
          </>
        )}
        {kind === "unlink" && (
          <div className="change-field">
            <label htmlFor={`${id}-link`}>Link</label>
            <select id={`${id}-link`} value={form.link} onChange={(e) => set("link", e.target.value)}>
              <option value="">
                {state.links.length === 0 ? "The plan has no links" : "Choose a link…"}
              </option>
              {state.links.map((l) => (
                <option key={`${l.from}\u0000${l.to}`} value={`${l.from}\u0000${l.to}`}>
                  {labels.get(l.from) ?? l.from} → {labels.get(l.to) ?? l.to}
                  {l.type === "FS" ? "" : ` (${l.type})`}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="btn btn-primary change-add" disabled={saving}>
          {saving ? "Adding…" : "Add edit"}
        </button>
      </div>
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
