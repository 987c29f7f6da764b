import type { ProductVision } from "@keel/model";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useParams } from "react-router";
import { ApiError, api } from "../api/client.js";
import { keys, useProject } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { Toast } from "../ui/Toast.js";
import "./vision.css";
import {
  draftOfVision,
  EMPTY_KEY_RESULT,
  type KeyResultDraft,
  nextObjectiveId,
  type ObjectiveDraft,
  type ReviewDraft,
  type RoadmapDraft,
  roadmapStrip,
  type VisionDraft,
  visionOfDraft,
  withoutObjective,
} from "./vision-form.js";

interface VisionAnswer {
  readonly vision: ProductVision;
  readonly version: number;
}

const visionKey = (projectId: string) => [...keys.project(projectId), "vision"] as const;
const visionPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/vision`;

/** Roles that may edit the vision, as for the team's agile settings. */
const EDITORS = new Set(["manager", "owner"]);

/**
 * A project's product vision: who it serves, what will be true for them, objectives with key
 * results, the roadmap by quarter, what the team will not do and the review log, saved as one
 * document. The server checks it and names each problem by its field, shown next to that field.
 */
export function VisionView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const vision = useQuery({
    queryKey: visionKey(projectId),
    queryFn: () => api<VisionAnswer>("GET", visionPath(projectId)),
  });
  const canEdit = project.data !== undefined && EDITORS.has(project.data.role);
  // Kept here: a save starts a new form (keyed by the version), and the message outlives it.
  const [notice, setNotice] = useState<string>();
  // The version the form shows. Someone else's save (a live refresh) does not replace what is
  // being typed: it is offered instead, and a save over it would be refused as stale.
  const [shown, setShown] = useState<VisionAnswer>();
  if (shown === undefined && vision.data !== undefined) setShown(vision.data);
  const current = shown ?? vision.data;
  const newer = vision.data !== undefined && current !== undefined && vision.data.version !== current.version;

  if (project.isError) return <p className="form-error">{project.error.message}</p>;
  return (
    <section className="vision" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      {vision.isError && <p className="form-error">{vision.error.message}</p>}
      {newer && (
        <div className="vision-newer" role="status">
          <span>Someone saved a newer version of the vision.</span>
          <button type="button" className="btn btn-small" onClick={() => setShown(vision.data)}>
            Show the newer version
          </button>
        </div>
      )}
      {current === undefined ? (
        !vision.isError && <p className="muted">Loading…</p>
      ) : (
        <VisionForm
          key={current.version}
          projectId={projectId}
          answer={current}
          canEdit={canEdit}
          saved={(answer) => {
            setShown(answer);
            setNotice("Vision saved.");
          }}
        />
      )}
      {notice !== undefined && <Toast dismiss={() => setNotice(undefined)}>{notice}</Toast>}
    </section>
  );
}

type Errors = ReadonlyMap<string, string>;

function VisionForm({
  projectId,
  answer,
  canEdit,
  saved,
}: {
  readonly projectId: string;
  readonly answer: VisionAnswer;
  readonly canEdit: boolean;
  readonly saved: (answer: VisionAnswer) => void;
}) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<VisionDraft>(() => draftOfVision(answer.vision));
  const [errors, setErrors] = useState<Errors>(new Map());
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ro = !canEdit;
  const form = useRef<HTMLFormElement>(null);
  // After a refused save, the first field marked takes the focus, so the person lands on it.
  useEffect(() => {
    if (errors.size > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = (patch: Partial<VisionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setObjective = (i: number, patch: Partial<ObjectiveDraft>) =>
    set({ objectives: draft.objectives.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const setKeyResult = (i: number, k: number, patch: Partial<KeyResultDraft>) =>
    setObjective(i, {
      keyResults: (draft.objectives[i]?.keyResults ?? []).map((r, j) => (j === k ? { ...r, ...patch } : r)),
    });
  const setRoadmap = (i: number, patch: Partial<RoadmapDraft>) =>
    set({ roadmap: draft.roadmap.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setReview = (i: number, patch: Partial<ReviewDraft>) =>
    set({ reviews: draft.reviews.map((r, j) => (j === i ? { ...r, ...patch } : r)) });

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const answered = await api<VisionAnswer>("PUT", visionPath(projectId), {
        vision: visionOfDraft(draft),
        version: answer.version,
      });
      saved(answered);
      client.setQueryData(visionKey(projectId), answered);
      await client.invalidateQueries({ queryKey: keys.project(projectId) });
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(new Map(error.fields.map((f) => [f.path, f.message])));
        setProblem(
          `Not saved: ${error.fields.length === 1 ? "one field needs" : `${error.fields.length} fields need`} attention, marked at each field.`,
        );
      } else if (error instanceof ApiError && error.status === 409) {
        await client.invalidateQueries({ queryKey: visionKey(projectId) });
        setProblem(
          "Someone saved the vision since you opened it, so yours is not saved. Show their version, then make your changes again.",
        );
      } else {
        setProblem((error as Error).message);
      }
    } finally {
      setBusy(false);
    }
  }

  const strip = roadmapStrip(draft);
  const unplaced = [...errors].filter(([path]) => !PLACED.test(path));

  return (
    <form ref={form} className="vision-form" onSubmit={save} noValidate>
      {ro && (
        <p className="muted vision-readonly">
          View only: managers and owners of the project edit the vision.
        </p>
      )}

      <section className="card vision-section" aria-labelledby="vision-heading">
        <h2 id="vision-heading">Vision</h2>
        <div className="vision-row">
          <Input
            label="Product"
            value={draft.product}
            ro={ro}
            error={errors.get("product")}
            onChange={(v) => set({ product: v })}
          />
          <Input
            label="Horizon (years)"
            type="number"
            className="vision-narrow"
            value={draft.horizonYears}
            ro={ro}
            error={errors.get("horizonYears")}
            onChange={(v) => set({ horizonYears: v })}
          />
        </div>
        <Input
          label="Who it serves"
          value={draft.audience}
          ro={ro}
          error={errors.get("audience")}
          onChange={(v) => set({ audience: v })}
        />
        <Input
          label="Vision: what will be true for them"
          multiline
          value={draft.statement}
          ro={ro}
          error={errors.get("statement")}
          onChange={(v) => set({ statement: v })}
        />
      </section>

      <section className="card vision-section" aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Objectives and key results</h2>
        <ListError errors={errors} path="objectives" />
        {draft.objectives.length === 0 && <p className="muted">No objectives yet.</p>}
        {draft.objectives.map((o, i) => (
          <fieldset key={o.id} className="vision-objective">
            <legend>Objective {o.id}</legend>
            <div className="vision-row">
              <Input
                label="Title"
                value={o.title}
                ro={ro}
                error={errors.get(`objectives[${i}].title`)}
                onChange={(v) => setObjective(i, { title: v })}
              />
              <Input
                label="Year"
                type="number"
                className="vision-narrow"
                value={o.year}
                ro={ro}
                error={errors.get(`objectives[${i}].year`)}
                onChange={(v) => setObjective(i, { year: v })}
              />
              {canEdit && (
                <RemoveButton
                  label={`Remove objective ${o.id}`}
                  onClick={() => setDraft(withoutObjective(draft, i))}
                />
              )}
            </div>
            <ListError errors={errors} path={`objectives[${i}].id`} />
            <h3 className="vision-subhead">Key results</h3>
            <ListError errors={errors} path={`objectives[${i}].keyResults`} />
            {o.keyResults.length === 0 && <p className="muted">No key results yet.</p>}
            {o.keyResults.map((k, j) => {
              const at = `objectives[${i}].keyResults[${j}]`;
              const name = `${o.id} key result ${j + 1}`;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; they are edited in place.
                <fieldset key={j} className="vision-kr" aria-label={name}>
                  {KEY_RESULT_FIELDS.map(({ field, ...look }) => (
                    <Input
                      key={field}
                      {...look}
                      value={k[field]}
                      ro={ro}
                      error={errors.get(`${at}.${field}`)}
                      onChange={(v) => setKeyResult(i, j, { [field]: v })}
                    />
                  ))}
                  {canEdit && (
                    <RemoveButton
                      label={`Remove ${name}`}
                      onClick={() => setObjective(i, { keyResults: o.keyResults.filter((_, x) => x !== j) })}
                    />
                  )}
                </fieldset>
              );
            })}
            {canEdit && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => setObjective(i, { keyResults: [...o.keyResults, EMPTY_KEY_RESULT] })}
              >
                Add key result to {o.id}
              </button>
            )}
          </fieldset>
        ))}
        {canEdit && (
          <button
            type="button"
            className="btn"
            onClick={() =>
              set({
                objectives: [
                  ...draft.objectives,
                  {
                    id: nextObjectiveId(draft.objectives),
                    title: "",
                    year: "",
                    keyResults: [EMPTY_KEY_RESULT],
                  },
                ],
              })
            }
          >
            Add objective
          </button>
        )}
      </section>

      <section className="card vision-section" aria-labelledby="roadmap-heading">
        <h2 id="roadmap-heading">Roadmap</h2>
        <RoadmapStripTable strip={strip} />
        <ListError errors={errors} path="roadmap" />
        {draft.roadmap.map((r, i) => {
          const at = `roadmap[${i}]`;
          const serving =
            errors.get(`${at}.objectives`) ??
            r.objectives.map((_, j) => errors.get(`${at}.objectives[${j}]`)).find((e) => e !== undefined);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; they are edited in place.
            <fieldset key={i} className="vision-kr" aria-label={`Roadmap item ${i + 1}`}>
              <Input
                label="Item"
                className="vision-wide"
                value={r.title}
                ro={ro}
                error={errors.get(`${at}.title`)}
                onChange={(v) => setRoadmap(i, { title: v })}
              />
              <Input
                label="Quarter"
                className="vision-narrow"
                placeholder="2027-Q3"
                value={r.quarter}
                ro={ro}
                error={errors.get(`${at}.quarter`)}
                onChange={(v) => setRoadmap(i, { quarter: v })}
              />
              <fieldset
                className="vision-serves"
                aria-describedby={serving === undefined ? undefined : `${at}-serves-error`}
              >
                <legend>Serves</legend>
                {draft.objectives.length === 0 && <span className="muted">no objectives yet</span>}
                {draft.objectives.map((o) => (
                  <label key={o.id} className="vision-check">
                    <input
                      type="checkbox"
                      checked={r.objectives.includes(o.id)}
                      disabled={ro}
                      onChange={(e) =>
                        setRoadmap(i, {
                          objectives: e.target.checked
                            ? [...r.objectives, o.id]
                            : r.objectives.filter((x) => x !== o.id),
                        })
                      }
                    />
                    {o.id}
                  </label>
                ))}
                {serving !== undefined && (
                  <span id={`${at}-serves-error`} className="field-error">
                    {serving}
                  </span>
                )}
              </fieldset>
              <Input
                label="Epic"
                className="vision-narrow"
                placeholder="APP-4"
                value={r.epic}
                ro={ro}
                error={errors.get(`${at}.epic`)}
                onChange={(v) => setRoadmap(i, { epic: v })}
              />
              {canEdit && (
                <RemoveButton
                  label={`Remove roadmap item ${i + 1}`}
                  onClick={() => set({ roadmap: draft.roadmap.filter((_, x) => x !== i) })}
                />
              )}
            </fieldset>
          );
        })}
        {canEdit && (
          <button
            type="button"
            className="btn"
            onClick={() =>
              set({ roadmap: [...draft.roadmap, { title: "", quarter: "", objectives: [], epic: "" }] })
            }
          >
            Add roadmap item
          </button>
        )}
      </section>

      <section className="card vision-section" aria-labelledby="not-doing-heading">
        <h2 id="not-doing-heading">Not doing</h2>
        <ListError errors={errors} path="notDoing" />
        {draft.notDoing.length === 0 && <p className="muted">Nothing ruled out yet.</p>}
        {draft.notDoing.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; they are edited in place.
          <div key={i} className="vision-kr">
            <Input
              label={`Not doing ${i + 1}`}
              className="vision-wide"
              value={text}
              ro={ro}
              error={errors.get(`notDoing[${i}]`)}
              onChange={(v) => set({ notDoing: draft.notDoing.map((x, j) => (j === i ? v : x)) })}
            />
            {canEdit && (
              <RemoveButton
                label={`Remove not doing ${i + 1}`}
                onClick={() => set({ notDoing: draft.notDoing.filter((_, x) => x !== i) })}
              />
            )}
          </div>
        ))}
        {canEdit && (
          <button type="button" className="btn" onClick={() => set({ notDoing: [...draft.notDoing, ""] })}>
            Add what you will not do
          </button>
        )}
      </section>

      <section className="card vision-section" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Review log</h2>
        <ListError errors={errors} path="reviews" />
        {draft.reviews.length === 0 && <p className="muted">Not reviewed with anyone yet.</p>}
        {draft.reviews.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; they are edited in place.
          <fieldset key={i} className="vision-kr" aria-label={`Review ${i + 1}`}>
            <Input
              label="Date"
              type="date"
              value={r.date}
              ro={ro}
              error={errors.get(`reviews[${i}].date`)}
              onChange={(v) => setReview(i, { date: v })}
            />
            <Input
              label="Who"
              value={r.who}
              ro={ro}
              error={errors.get(`reviews[${i}].who`)}
              onChange={(v) => setReview(i, { who: v })}
            />
            <Input
              label="What changed"
              className="vision-wide"
              value={r.changed}
              ro={ro}
              error={errors.get(`reviews[${i}].changed`)}
              onChange={(v) => setReview(i, { changed: v })}
            />
            {canEdit && (
              <RemoveButton
                label={`Remove review ${i + 1}`}
                onClick={() => set({ reviews: draft.reviews.filter((_, x) => x !== i) })}
              />
            )}
          </fieldset>
        ))}
        {canEdit && (
          <button
            type="button"
            className="btn"
            onClick={() => set({ reviews: [...draft.reviews, { date: "", who: "", changed: "" }] })}
          >
            Add review
          </button>
        )}
      </section>

      {canEdit && (
        <div className="vision-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : "Save vision"}
          </button>
          {problem !== undefined && (
            <div className="form-error vision-problem" role="alert">
              <p>{problem}</p>
              {unplaced.length > 0 && (
                <ul>
                  {unplaced.map(([path, message]) => (
                    <li key={path}>
                      {path}: {message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </form>
  );
}

/** Paths a field of the form shows next to itself; anything else goes in the summary. */
const PLACED =
  /^(product|audience|statement|horizonYears|notDoing(\[\d+\])?|objectives(\[\d+\](\.(id|title|year|keyResults(\[\d+\](\.\w+)?)?))?)?|roadmap(\[\d+\](\.(title|quarter|epic|objectives(\[\d+\])?))?)?|reviews(\[\d+\](\.\w+)?)?)$/;

/** An error about a list as a whole (too many rows), or an objective's id, shown above it. */
function ListError({ errors, path }: { readonly errors: Errors; readonly path: string }) {
  const message = errors.get(path);
  return message === undefined ? null : <p className="field-error">{message}</p>;
}

function RemoveButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  return (
    <button
      type="button"
      className="btn btn-small vision-remove"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      Remove
    </button>
  );
}

/** A key result's inputs in the order they are read, each under its field's name in the document. */
const KEY_RESULT_FIELDS: readonly {
  readonly field: keyof KeyResultDraft;
  readonly label: string;
  readonly className?: string;
  readonly inputMode?: "decimal";
  readonly type?: string;
}[] = [
  { field: "statement", label: "Key result", className: "vision-wide" },
  { field: "metric", label: "Metric" },
  { field: "baseline", label: "Baseline", className: "vision-narrow", inputMode: "decimal" },
  { field: "target", label: "Target", className: "vision-narrow", inputMode: "decimal" },
  { field: "unit", label: "Unit", className: "vision-narrow" },
  { field: "due", label: "Due", type: "date" },
];

function Input({
  label,
  value,
  onChange,
  error,
  ro,
  type = "text",
  multiline = false,
  className,
  placeholder,
  inputMode,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
  readonly ro: boolean;
  readonly type?: string;
  readonly multiline?: boolean;
  readonly className?: string;
  readonly placeholder?: string;
  readonly inputMode?: "decimal";
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    readOnly: ro,
    "aria-invalid": error !== undefined,
    "aria-describedby": error === undefined ? undefined : errorId,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  let control: ReactNode;
  if (multiline) control = <textarea rows={3} {...common} />;
  else control = <input type={type} placeholder={placeholder} inputMode={inputMode} {...common} />;
  return (
    <div className={`field vision-field${className === undefined ? "" : ` ${className}`}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {error !== undefined && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

function RoadmapStripTable({ strip }: { readonly strip: ReturnType<typeof roadmapStrip> }) {
  if (strip.quarters.length === 0) {
    return (
      <p className="muted">Items with a title and a quarter show here by quarter, grouped by objective.</p>
    );
  }
  return (
    <div className="vision-strip-wrap">
      <table className="vision-strip">
        <caption>Roadmap by quarter</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            {strip.quarters.map((q) => (
              <th key={q} scope="col">
                {q}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {strip.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={strip.quarters[i]}>
                  {cell.map((title, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two items may share a title.
                    <span key={j} className="vision-chip">
                      {title}
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
