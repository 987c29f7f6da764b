import { RESOURCE_TYPES, type ResourceType } from "@keel/model";
import { type FormEvent, Fragment, useId, useMemo, useState } from "react";
import { useParams } from "react-router";
import { api } from "../api/client.js";
import { useAssignments, useProject, useResources } from "../api/queries.js";
import type { ResourceRecord } from "../api/types.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { CellEditor } from "../plan/CellEditor.js";
import { type PlanWrite, usePlanWrite } from "../plan/use-plan-write.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { formatDate } from "../ui/format.js";
import { formatUnits, parseUnits } from "./assignment-text.js";
import {
  checkTimeOff,
  parseCost,
  resourceId,
  type TimeOff,
  type TimeOffDraft,
  timeOffDays,
} from "./resource-fields.js";
import "./resources.css";

type Field = "name" | "group" | "maxUnits" | "costPerHour";

const FIELD_LABELS: Record<Field, string> = {
  name: "Name",
  group: "Group",
  maxUnits: "Max units",
  costPerHour: "Cost per hour",
};

const TYPE_NAMES: Record<ResourceType, string> = { work: "Work", material: "Material", cost: "Cost" };

/**
 * The people (and equipment and budgets) of a project: a table to add them, edit their name, group,
 * capacity and rate in place, set their days off, and delete them (with their assignments).
 */
export function ResourceSheet() {
  const { projectId = "" } = useParams();
  const project = useProject(projectId);
  const resources = useResources(projectId);
  const assignments = useAssignments(projectId);
  const live = useProjectEvents(projectId);
  const write = usePlanWrite(projectId);
  const [editing, setEditing] = useState<{ id: string; field: Field }>();
  const [timeOffOpen, setTimeOffOpen] = useState<string>();
  const [deleting, setDeleting] = useState<ResourceRecord>();
  const canEdit = project.data !== undefined && project.data.role !== "viewer";
  const base = `/api/projects/${encodeURIComponent(projectId)}/resources`;
  const list = resources.data ?? [];
  const tasksOf = useMemo(() => {
    const count = new Map<string, number>();
    for (const a of assignments.data ?? []) count.set(a.resource, (count.get(a.resource) ?? 0) + 1);
    return count;
  }, [assignments.data]);

  if (project.isError) return <p className="form-error">{project.error.message}</p>;
  if (resources.isError) return <p className="form-error">{resources.error.message}</p>;

  const patch = (
    r: ResourceRecord,
    fields: Partial<Omit<ResourceRecord, "timeOff">> | { timeOff: TimeOff[] },
  ) => write(() => api("PATCH", `${base}/${encodeURIComponent(r.id)}`, { ...fields, version: r.version }));

  /** Saves one edited cell; a message comes back when the text cannot be read or the server refuses it. */
  async function save(r: ResourceRecord, field: Field, text: string): Promise<string | undefined> {
    const t = text.trim();
    if (field === "name") {
      if (t === "") return "A resource needs a name.";
      return t === r.name ? undefined : patch(r, { name: t });
    }
    if (field === "group") {
      if (t === "") return r.group === undefined ? undefined : "A group cannot be removed, only renamed.";
      return t === r.group ? undefined : patch(r, { group: t });
    }
    if (field === "maxUnits") {
      const units = parseUnits(t);
      if (typeof units === "string") return units;
      return Math.abs(units - r.maxUnits) < 1e-9 ? undefined : patch(r, { maxUnits: units });
    }
    if (t === "")
      return r.costPerHour === undefined ? undefined : "A cost per hour cannot be removed; set it to 0.";
    const cost = parseCost(t);
    if (typeof cost === "string") return cost;
    return cost === r.costPerHour ? undefined : patch(r, { costPerHour: cost });
  }

  const cell = (r: ResourceRecord, field: Field, shown: string, className = "") => {
    const open = editing?.id === r.id && editing.field === field;
    const initial = field === "maxUnits" ? formatUnits(r.maxUnits) : String(r[field] ?? "");
    return (
      <td className={`sheet-cell ${className} ${open ? "is-editing" : ""}`}>
        {open ? (
          <CellEditor
            label={`${FIELD_LABELS[field]} of ${r.name}`}
            initial={initial}
            typedOver={false}
            save={(text) => save(r, field, text)}
            done={(key) => {
              setEditing(undefined);
              // Back to the cell's button after Enter or Escape (not when focus went elsewhere).
              if (key?.key !== "blur")
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLElement>(
                      `tr[data-resource="${CSS.escape(r.id)}"] button[data-field="${field}"]`,
                    )
                    ?.focus(),
                );
            }}
          />
        ) : canEdit ? (
          <button
            type="button"
            className="cell-button"
            data-field={field}
            aria-label={`${FIELD_LABELS[field]} of ${r.name}: ${shown || "none"}. Edit`}
            onClick={() => setEditing({ id: r.id, field })}
          >
            {shown || <span className="muted">—</span>}
          </button>
        ) : (
          shown
        )}
      </td>
    );
  };

  return (
    <section className="resource-sheet" aria-labelledby="resources-title">
      <div className="toolbar">
        <h1 id="resources-title" style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <h2 className="sheet-heading">Resources</h2>
      <p className="muted sheet-hint">
        Work resources are people (or machines) with working time; 100 % is one full-time person. Assign them
        to tasks in the plan's Resources column.
      </p>
      {canEdit && <AddResource projectId={projectId} taken={new Set(list.map((r) => r.id))} write={write} />}
      {resources.isPending ? (
        <p className="muted">Loading…</p>
      ) : list.length === 0 ? (
        <p className="muted empty">No resources yet.{canEdit ? " Add the first one above." : ""}</p>
      ) : (
        <div className="sheet-scroll">
          <table className="table resource-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">Type</th>
                <th scope="col">Group</th>
                <th scope="col" className="num">
                  Max units
                </th>
                <th scope="col">Calendar</th>
                <th scope="col" className="num">
                  Cost/h
                </th>
                <th scope="col">Time off</th>
                <th scope="col" className="num">
                  Tasks
                </th>
                {canEdit && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((r) => {
                const days = timeOffDays(r.timeOff);
                const periods = r.timeOff?.length ?? 0;
                const expanded = timeOffOpen === r.id;
                return (
                  <Fragment key={r.id}>
                    <tr data-resource={r.id}>
                      {cell(r, "name", r.name, "sheet-name")}
                      <td>
                        <code>{r.id}</code>
                      </td>
                      <td>{TYPE_NAMES[r.type]}</td>
                      {cell(r, "group", r.group ?? "")}
                      {cell(r, "maxUnits", formatUnits(r.maxUnits), "num")}
                      <td>{r.calendar ?? <span className="muted">Project</span>}</td>
                      {cell(
                        r,
                        "costPerHour",
                        r.costPerHour === undefined ? "" : String(r.costPerHour),
                        "num",
                      )}
                      <td>
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-expanded={expanded}
                          aria-controls={`time-off-${r.id}`}
                          aria-label={`Time off of ${r.name}: ${periods === 0 ? "none" : `${days} day${days === 1 ? "" : "s"}`}`}
                          onClick={() => setTimeOffOpen(expanded ? undefined : r.id)}
                        >
                          {periods === 0 ? "None" : `${days} day${days === 1 ? "" : "s"}`}
                          <span aria-hidden="true">{expanded ? " ▴" : " ▾"}</span>
                        </button>
                      </td>
                      <td className="num">{tasksOf.get(r.id) ?? 0}</td>
                      {canEdit && (
                        <td>
                          <button
                            type="button"
                            className="btn btn-small"
                            aria-label={`Delete ${r.name}`}
                            onClick={() => setDeleting(r)}
                          >
                            Delete
                          </button>
                        </td>
                      )}
                    </tr>
                    {expanded && (
                      <tr className="time-off-row">
                        <td colSpan={canEdit ? 10 : 9} id={`time-off-${r.id}`}>
                          <TimeOffEditor
                            resource={r}
                            canEdit={canEdit}
                            save={(timeOff) => patch(r, { timeOff })}
                            close={() => setTimeOffOpen(undefined)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <DeleteResourceDialog
        resource={deleting}
        tasks={deleting === undefined ? 0 : (tasksOf.get(deleting.id) ?? 0)}
        confirm={() =>
          deleting === undefined
            ? Promise.resolve(undefined)
            : write(() =>
                api("DELETE", `${base}/${encodeURIComponent(deleting.id)}?version=${deleting.version}`),
              )
        }
        close={() => setDeleting(undefined)}
      />
    </section>
  );
}

interface AddResourceProps {
  readonly projectId: string;
  readonly taken: ReadonlySet<string>;
  readonly write: PlanWrite;
}

/** A one-line form above the sheet: name (the id is made from it unless given), type, capacity, group, rate. */
function AddResource({ projectId, taken, write }: AddResourceProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const name = (data.name ?? "").trim();
    if (name === "") return setError("Give the resource a name.");
    const units = parseUnits(data.maxUnits ?? "100%");
    if (typeof units === "string") return setError(`Max units: ${units}`);
    const costText = (data.costPerHour ?? "").trim();
    const cost = costText === "" ? undefined : parseCost(costText);
    if (typeof cost === "string") return setError(`Cost per hour: ${cost}`);
    const group = (data.group ?? "").trim();
    const resource = {
      id: (data.id ?? "").trim() || resourceId(name, taken),
      name,
      type: data.type as ResourceType,
      maxUnits: units,
      ...(group === "" ? {} : { group }),
      ...(cost === undefined ? {} : { costPerHour: cost }),
    };
    setBusy(true);
    const refused = await write(() =>
      api("POST", `/api/projects/${encodeURIComponent(projectId)}/resources`, resource),
    );
    setBusy(false);
    setError(refused);
    if (refused === undefined) {
      form.reset();
      (form.elements.namedItem("name") as HTMLInputElement | null)?.focus();
    }
  }

  return (
    <form className="add-resource" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`} className="visually-hidden">
        Add a resource
      </h3>
      <label>
        Name
        <input name="name" required placeholder="Full name" size={16} />
      </label>
      <label>
        <span>
          Id <span className="muted">(optional)</span>
        </span>
        <input name="id" placeholder="from the name" size={12} />
      </label>
      <label>
        Type
        <select name="type" defaultValue="work">
          {RESOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_NAMES[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Max units
        <input name="maxUnits" defaultValue="100%" size={6} />
      </label>
      <label>
        Group
        <input name="group" placeholder="Backend" size={10} />
      </label>
      <label>
        Cost/h
        <input name="costPerHour" inputMode="decimal" size={6} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? "Adding…" : "Add resource"}
      </button>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

interface TimeOffEditorProps {
  readonly resource: ResourceRecord;
  readonly canEdit: boolean;
  readonly save: (timeOff: TimeOff[]) => Promise<string | undefined>;
  readonly close: () => void;
}

/** A resource's days off as a small list to edit: first day, last day, what it is; saved all together. */
function TimeOffEditor({ resource, canEdit, save, close }: TimeOffEditorProps) {
  const id = useId();
  const [rows, setRows] = useState<TimeOffDraft[]>(() =>
    (resource.timeOff ?? []).map((t) => ({ from: t.from, to: t.to, name: t.name ?? "" })),
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (i: number, change: Partial<TimeOffDraft>) =>
    setRows((all) => all.map((row, j) => (j === i ? { ...row, ...change } : row)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTimeOff(rows);
    if (typeof checked === "string") return setError(checked);
    setBusy(true);
    const refused = await save(checked);
    setBusy(false);
    if (refused === undefined) close();
    else setError(refused);
  }

  if (!canEdit)
    return (resource.timeOff ?? []).length === 0 ? (
      <p className="muted">No time off.</p>
    ) : (
      <ul>
        {(resource.timeOff ?? []).map((t) => (
          <li key={`${t.from}-${t.to}`}>
            {formatDate(t.from)}
            {t.to === t.from ? "" : ` – ${formatDate(t.to)}`} {t.name}
          </li>
        ))}
      </ul>
    );

  return (
    <form className="time-off" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>Time off of {resource.name}</h3>
      {rows.length === 0 && <p className="muted">No time off. Add the days this resource does not work.</p>}
      {rows.length > 0 && (
        <table className="time-off-table">
          <thead>
            <tr>
              <th scope="col">First day</th>
              <th scope="col">Last day</th>
              <th scope="col">What</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id.
              <tr key={i}>
                <td>
                  <input
                    type="date"
                    aria-label={`First day, row ${i + 1}`}
                    value={row.from}
                    onChange={(e) => set(i, { from: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Last day, row ${i + 1}`}
                    value={row.to}
                    min={row.from}
                    onChange={(e) => set(i, { to: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`What, row ${i + 1}`}
                    placeholder="Vacation"
                    value={row.name}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Remove row ${i + 1}`}
                    onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar time-off-actions">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setRows((all) => [...all, { from: "", to: "", name: "" }])}
        >
          Add time off
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
          {busy ? "Saving…" : "Save time off"}
        </button>
        <button type="button" className="btn btn-small" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface DeleteResourceDialogProps {
  readonly resource: ResourceRecord | undefined;
  readonly tasks: number;
  readonly confirm: () => Promise<string | undefined>;
  readonly close: () => void;
}

/** Asks before deleting a resource, saying how many of its assignments go with it. */
function DeleteResourceDialog({ resource, tasks, confirm, close }: DeleteResourceDialogProps) {
  return (
    <ConfirmDelete
      open={resource !== undefined}
      title={`Delete ${resource?.name ?? "this resource"}?`}
      confirm={confirm}
      close={close}
    >
      <p className="muted">
        {tasks === 0
          ? "It is not assigned to any task."
          : `Its ${tasks} assignment${tasks === 1 ? "" : "s"} to tasks ${tasks === 1 ? "is" : "are"} deleted with it; effort-driven tasks get longer.`}
      </p>
    </ConfirmDelete>
  );
}
